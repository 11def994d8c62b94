import type { CampaignVerdict } from '@antt/shared';
import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatShareOfTarget } from '../campaign-numbers.ts';
import { VERDICT_COLOURS } from '../campaign-verdict.ts';

type ShareBarProps = {
  /** Value / target (0.875); null when there is no target. */
  share: number | null;
  verdict: CampaignVerdict;
  /** What the bar measures, for screen readers ("Phường Ninh Kiều"). */
  label: string;
  size?: 'sm' | 'md' | 'lg';
  /** Writes the percentage beside the bar. */
  withText?: boolean;
};

/** How far along the target a unit is; a unit past it shows a full bar and its real share. */
export function ShareBar({ share, verdict, label, size = 'md', withText = true }: ShareBarProps) {
  const { t, i18n } = useTranslation('campaigns');
  const text = formatShareOfTarget(share, i18n.language);
  const filled = share === null ? 0 : Math.max(0, Math.min(100, share * 100));
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={filled}
        color={VERDICT_COLOURS[verdict]}
        size={size}
        radius="sm"
        style={{ flex: 1, minWidth: 60 }}
        aria-label={t('share.label', { name: label, share: text })}
      />
      {withText && (
        <Text size="sm" fw={600} miw={56} ta="right" style={{ whiteSpace: 'nowrap' }}>
          {text}
        </Text>
      )}
    </Group>
  );
}
