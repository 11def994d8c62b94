import type { TargetDto } from '@antt/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatWhole, paceNeeded } from '../target-numbers.ts';

/** What the rest of the term needs, short ("≥ 73,6 %") with its days left below. */
export function PaceNeededFigure({ target }: { target: TargetDto }) {
  const { t, i18n } = useTranslation('targets');
  const progress = target.progress;
  const pace = paceNeeded(progress, target.indicator.unit, i18n.language);
  const days = formatWhole(progress.remainingDays, i18n.language);
  let figure: string;
  let below: string;
  if (pace.kind === 'none') {
    figure = '—';
    below = progress.elapsedDays === 0 ? t('pace.notStarted') : t('pace.termOver');
  } else if (pace.kind === 'assured') {
    figure = t('pace.assured');
    below = t('pace.daysLeft', { days });
  } else if (pace.kind === 'rate') {
    figure = `${pace.sense === 'at_least' ? '≥' : '≤'}\u00a0${pace.rate}`;
    below = pace.impossible ? t('pace.impossible', { days }) : t('pace.daysLeft', { days });
  } else {
    figure = t(`pace.count_${pace.sense}`, { amount: pace.amount });
    below = t('pace.perYear', { perYear: pace.perYear, days });
  }
  return (
    <>
      <Text fw={700} size="lg" lh={1.2} data-testid="target-pace-needed">
        {figure}
      </Text>
      <Text size="xs" c="dimmed">
        {below}
      </Text>
    </>
  );
}
