import type { IndicatorFigureDto } from '@antt/shared';
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FigureText } from '../figure-text.ts';

/** Green when the change is good, red when bad, grey when it has no better side. */
export const JUDGEMENT_COLOURS = { better: 'teal.8', worse: 'red.8', same: 'gray.7' } as const;

/** The change on the same period: an arrow for its direction, coloured by whether it is good. */
export function ChangeIndicator({ figure, text }: { figure: IndicatorFigureDto; text: FigureText }) {
  const { t } = useTranslation('dashboard');
  const absolute = figure.change.absolute;
  if (absolute === null || !text.absoluteChange) return null;
  const colour = figure.judgement ? JUDGEMENT_COLOURS[figure.judgement] : 'gray.7';
  const Arrow = absolute > 0 ? IconArrowUpRight : absolute < 0 ? IconArrowDownRight : IconArrowRight;
  return (
    <Group gap={2} wrap="nowrap" c={colour}>
      <Arrow size={20} stroke={2.4} aria-hidden="true" style={{ flex: 'none' }} />
      <Text span fw={700} size="sm" c={colour} data-testid="kpi-change">
        {text.absoluteChange}
      </Text>
      {text.relativeChange && (
        <Text span size="sm" c={colour} data-testid="kpi-change-relative">
          ({text.relativeChange})
        </Text>
      )}
      {figure.judgement && figure.judgement !== 'same' && (
        <VisuallyHidden>{t(`judgement.${figure.judgement}`)}</VisuallyHidden>
      )}
    </Group>
  );
}
