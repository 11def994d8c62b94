import type { CampaignVerdict } from '@antt/shared';
import type { BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OutlookBadge } from '@/ui/OutlookBadge.tsx';
import { VERDICT_COLOURS } from '../campaign-verdict.ts';

/** A campaign verdict in words, with its colour and icon. */
export function VerdictBadge({ verdict, size }: { verdict: CampaignVerdict; size?: BadgeProps['size'] }) {
  const { t } = useTranslation('campaigns');
  return (
    <OutlookBadge
      outlook={verdict}
      label={t(`verdicts.${verdict}`)}
      color={VERDICT_COLOURS[verdict]}
      size={size}
      data-verdict={verdict}
    />
  );
}
