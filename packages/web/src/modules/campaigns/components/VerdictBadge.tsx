import type { CampaignVerdict } from '@antt/shared';
import { Badge, type BadgeProps } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
  IconTrendingUp,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { VERDICT_COLOURS } from '../campaign-verdict.ts';

const ICONS = {
  achieved: IconCircleCheck,
  on_track: IconTrendingUp,
  at_risk: IconAlertTriangle,
  off_track: IconCircleX,
  no_target: IconCircleDashed,
} as const;

/** The verdict in words, with its colour and icon (never colour alone). */
export function VerdictBadge({
  verdict,
  size = 'md',
}: {
  verdict: CampaignVerdict;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation('campaigns');
  const Icon = ICONS[verdict];
  return (
    <Badge
      color={VERDICT_COLOURS[verdict]}
      variant="light"
      size={size}
      radius="sm"
      tt="none"
      leftSection={<Icon size={14} aria-hidden="true" />}
      data-verdict={verdict}
      style={{ flexShrink: 0 }}
    >
      {t(`verdicts.${verdict}`)}
    </Badge>
  );
}
