import type { TargetStatus } from '@antt/shared';
import { Badge, type BadgeProps } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
  IconClockPause,
  IconTrendingUp,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOURS } from '../target-status.ts';

const ICONS = {
  achieved: IconCircleCheck,
  on_track: IconTrendingUp,
  at_risk: IconAlertTriangle,
  off_track: IconCircleX,
  not_started: IconClockPause,
  no_data: IconCircleDashed,
} as const;

/** The status in words, with its colour and icon (never colour alone). */
export function TargetStatusBadge({
  status,
  size = 'md',
}: {
  status: TargetStatus;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation('targets');
  const Icon = ICONS[status];
  return (
    <Badge
      color={STATUS_COLOURS[status]}
      variant="light"
      size={size}
      radius="sm"
      tt="none"
      leftSection={<Icon size={14} aria-hidden="true" />}
      data-status={status}
      style={{ flexShrink: 0 }}
    >
      {t(`statuses.${status}`)}
    </Badge>
  );
}
