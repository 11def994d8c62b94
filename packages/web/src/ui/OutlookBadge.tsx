import { Badge, type BadgeProps } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
  IconClockPause,
  IconTrendingUp,
} from '@tabler/icons-react';

// Campaign verdicts and target statuses speak one language (achieved, on track, at risk, off
// track …); one badge keeps their icons alike, so a leader reads both pages the same way.

export type Outlook =
  'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_target' | 'not_started' | 'no_data';

const ICONS: Readonly<Record<Outlook, typeof IconCircleCheck>> = {
  achieved: IconCircleCheck,
  on_track: IconTrendingUp,
  at_risk: IconAlertTriangle,
  off_track: IconCircleX,
  no_target: IconCircleDashed,
  not_started: IconClockPause,
  no_data: IconCircleDashed,
};

/** The outlook in words, with its colour and icon (never colour alone). */
export function OutlookBadge({
  outlook,
  label,
  color,
  size = 'md',
  ...data
}: {
  outlook: Outlook;
  label: string;
  color: string;
  size?: BadgeProps['size'];
  'data-verdict'?: string;
  'data-status'?: string;
}) {
  const Icon = ICONS[outlook];
  return (
    <Badge
      color={color}
      variant="light"
      size={size}
      radius="sm"
      tt="none"
      leftSection={<Icon size={14} aria-hidden="true" />}
      style={{ flexShrink: 0 }}
      {...data}
    >
      {label}
    </Badge>
  );
}
