import type { IndicatorFigureDto } from '@antt/shared';
import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '@/i18n/languages.ts';
import { matchesSearch } from '@/ui/search.ts';
import { figureText } from '../figure-text.ts';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';
import { JUDGEMENT_COLOURS } from './ChangeIndicator.tsx';

/** How many units the ranking names. */
const SHOWN = 8;
/** A rate over fewer cases than this says little (one crime not cleared is 0 %): left out of the ranking. */
const MIN_CASES_FOR_RATE = 3;

/** Worst first: the most crimes, the lowest clearance rate; for neutral figures the largest. */
function worstFirst(units: readonly IndicatorFigureDto[], figures: IndicatorFigures): IndicatorFigureDto[] {
  const sign = figures.direction === 'higher_is_better' ? 1 : -1;
  return units
    .filter((c) => c.value !== null && (c.denominator === null || c.denominator >= MIN_CASES_FOR_RATE))
    .sort((a, b) => sign * (a.value! - b.value!) || b.numerator - a.numerator);
}

type UnitRankingProps = {
  figures: IndicatorFigures;
  units: readonly IndicatorFigureDto[];
  onDrill: (code: string) => void;
};

/** The units that most need attention on the chosen indicator, and a list to open any unit. */
export function UnitRanking({ figures, units, onDrill }: UnitRankingProps) {
  const { t, i18n } = useTranslation('dashboard');
  const ranked = worstFirst(units, figures).slice(0, SHOWN);
  const collator = new Intl.Collator(intlLocale(i18n.language));
  const options = [...units]
    .sort((a, b) => collator.compare(a.unit.name, b.unit.name))
    .map((c) => ({ value: c.unit.code, label: c.unit.name }));

  return (
    <Stack gap="sm">
      <Title order={3} fz="md">
        {t(`ranking.title.${figures.direction}`)}
      </Title>
      <Table verticalSpacing={6} fz="sm" data-testid="unit-ranking">
        <Table.Tbody>
          {ranked.map((child, index) => {
            const text = figureText(child, figures.unit, i18n.language, figures.noun);
            return (
              <Table.Tr key={child.unit.code}>
                <Table.Td w={24} c="dimmed">
                  {index + 1}
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    onClick={() => onDrill(child.unit.code)}
                  >
                    {child.unit.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text span size="sm" fw={700}>
                    {text.value}
                  </Text>
                  {text.absoluteChange && (
                    <Text
                      span
                      size="xs"
                      c={child.judgement ? JUDGEMENT_COLOURS[child.judgement] : 'gray.7'}
                      ml={6}
                    >
                      {text.absoluteChange}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {figures.unit === 'percent' && (
        <Text size="xs" c="dimmed">
          {t('ranking.minimum', { count: MIN_CASES_FOR_RATE })}
        </Text>
      )}
      {ranked.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('ranking.empty')}
        </Text>
      )}
      <Group gap="xs" align="flex-end">
        <Select
          label={t('ranking.open')}
          placeholder={t('ranking.openPlaceholder')}
          data={options}
          searchable
          value={null}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          filter={({ options: all, search }) =>
            (all as { value: string; label: string }[]).filter((o) => matchesSearch(search, o.label, o.value))
          }
          nothingFoundMessage={t('ranking.nothingFound')}
          onChange={(code) => code && onDrill(code)}
          style={{ flex: 1 }}
        />
      </Group>
    </Stack>
  );
}
