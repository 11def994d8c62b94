import type { TargetDto } from '@antt/shared';
import { Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '@/modules/dashboard/indicator-format.ts';
import { dayText } from '@/ui/forms/day-text.ts';
import { useTargetText } from '../hooks/useTargetText.ts';
import { formatElapsedShare, formatWhole, paceNeeded } from '../target-numbers.ts';

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={{ base: 120, sm: 240 }} style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td data-testid={testId}>{children}</Table.Td>
    </Table.Tr>
  );
}

/** The numbers behind a target's status, each in a plain sentence. */
export function TargetNumbers({ target }: { target: TargetDto }) {
  const { t, i18n } = useTranslation('targets');
  const text = useTargetText();
  const lang = i18n.language;
  const p = target.progress;
  const unit = target.indicator.unit;
  const isRate = p.paceUnit === 'rate';
  const value = (v: number | null) => formatValue(v, unit, lang);
  const whole = (v: number) => formatWhole(v, lang);
  const sense = t(`senses.${p.sense}`);
  const pace = paceNeeded(p, unit, lang);
  const [soFarFrom, soFarTo] = p.periodSoFar?.split('..') ?? [];

  let soFar: string;
  if (p.elapsedDays === 0) soFar = t('numbers.notStarted', { start: dayText(target.term.start) });
  else if (isRate && p.valueSoFar === null)
    soFar = t('numbers.soFarNoCases', { from: dayText(soFarFrom ?? ''), to: dayText(soFarTo ?? '') });
  else if (isRate)
    soFar = t('numbers.soFarRate', {
      value: value(p.valueSoFar),
      numerator: whole(p.numeratorSoFar ?? 0),
      denominator: whole(p.denominatorSoFar ?? 0),
      from: dayText(soFarFrom ?? ''),
      to: dayText(soFarTo ?? ''),
    });
  else
    soFar = t('numbers.soFarCount', {
      value: value(p.valueSoFar),
      from: dayText(soFarFrom ?? ''),
      to: dayText(soFarTo ?? ''),
      perYear: value(p.paceSoFar),
    });

  let rest: string;
  if (pace.kind === 'none') rest = p.elapsedDays === 0 ? t('pace.notStarted') : t('numbers.restTermOver');
  else if (pace.kind === 'assured')
    rest = t('numbers.restAssured', { days: whole(p.remainingDays), level: value(p.level) });
  else if (pace.kind === 'rate')
    rest = t(`numbers.restRate_${pace.sense}`, {
      rate: pace.rate,
      days: whole(p.remainingDays),
      expected: whole(Math.round(p.expectedDenominatorForRest ?? 0)),
    });
  else
    rest = t(`numbers.restCount_${pace.sense}`, {
      amount: pace.amount,
      perYear: pace.perYear,
      days: whole(p.remainingDays),
    });

  const best = p.bestComparable;
  return (
    <Stack gap="md">
      <Table variant="vertical" layout="fixed" withTableBorder fz="sm" data-testid="target-numbers">
        <Table.Tbody>
          <Row label={t('numbers.rule')}>{text.rule(target)}</Row>
          <Row label={t('numbers.level')}>
            {isRate
              ? t('numbers.levelRate', { sense, level: value(p.level) })
              : t('numbers.levelCount', { sense, level: value(p.level), perYear: value(p.levelPace) })}
          </Row>
          <Row label={t('numbers.term')}>
            {t('numbers.termText', {
              dates: text.termDates(target),
              code: target.term.code,
              days: whole(target.term.days),
            })}
          </Row>
          <Row label={t('numbers.elapsed')}>
            {t('numbers.elapsedText', {
              elapsed: whole(p.elapsedDays),
              share: formatElapsedShare(p.elapsedShare, lang),
              remaining: whole(p.remainingDays),
            })}
          </Row>
          <Row label={t('numbers.soFar')} testId="target-numbers-so-far">
            {soFar}
          </Row>
          <Row label={t('numbers.rest')} testId="target-numbers-rest">
            {rest}
          </Row>
          <Row label={t('numbers.best')} testId="target-numbers-best">
            {best
              ? t(isRate ? 'numbers.bestRate' : 'numbers.bestCount', {
                  value: value(best.value),
                  perYear: value(best.pace),
                  period: text.period(best.period.code),
                })
              : t('numbers.noBest')}
          </Row>
          <Row label={t('numbers.baseline')}>
            {target.baseline
              ? t('numbers.baselineText', {
                  period: text.period(target.baseline.period.code),
                  value: value(target.baseline.value),
                })
              : t('numbers.noBaseline')}
          </Row>
        </Table.Tbody>
      </Table>
      {p.comparable.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('numbers.comparableTitle')}
          </Text>
          <Table striped withTableBorder fz="sm" data-testid="target-comparable">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('numbers.comparablePeriod')}</Table.Th>
                <Table.Th ta="right">
                  {t(isRate ? 'numbers.comparableRate' : 'numbers.comparableCount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.comparable.map((c) => (
                <Table.Tr key={c.period.code} fw={c.period.code === best?.period.code ? 700 : undefined}>
                  <Table.Td>
                    {text.period(c.period.code)}
                    {c.period.code === best?.period.code && ` · ${t('numbers.bestMark')}`}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {value(c.value)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
