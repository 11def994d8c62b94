import type { TargetStatus } from '@antt/shared';
import type { BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OutlookBadge } from '@/ui/OutlookBadge.tsx';
import { STATUS_COLOURS } from '../target-status.ts';

/** A target's status in words, with its colour and icon. */
export function TargetStatusBadge({ status, size }: { status: TargetStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation('targets');
  return (
    <OutlookBadge
      outlook={status}
      label={t(`statuses.${status}`)}
      color={STATUS_COLOURS[status]}
      size={size}
      data-status={status}
    />
  );
}
