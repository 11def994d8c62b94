import { vnToday } from '@antt/shared';
import { ActionIcon, Grid, Group, Select } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { matchesSearch } from '@/ui/search.ts';
import { monthOfDay, shiftMonth } from '../entry-month.ts';
import type { EntryParams } from '../hooks/useEntryParams.ts';

type EntryControlsProps = {
  params: EntryParams;
  dataSets: Array<{ value: string; label: string }>;
  units: Array<{ value: string; label: string }>;
  onChange: (change: Partial<EntryParams>) => void;
};

/** Months offered in the list: the last two years, newest first (the arrows go further). */
const MONTHS_LISTED = 24;

/** Which grid: the data set, the commune and the month. */
export function EntryControls({ params, dataSets, units, onChange }: EntryControlsProps) {
  const { t } = useTranslation(['datasets', 'common']);
  const current = monthOfDay(vnToday());
  const listed = Array.from({ length: MONTHS_LISTED }, (_, i) => shiftMonth(current, -i));
  if (!listed.includes(params.month)) listed.unshift(params.month);
  const months = listed.map((month) => ({
    value: month,
    label: t('entry.monthOption', { month: month.slice(5, 7), year: month.slice(0, 4) }),
  }));
  // A commune officer has one commune: shown, not offered.
  const ownOnly = units.length === 1 && params.unit === units[0]!.value;

  return (
    <Grid gap="sm" align="flex-end">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Select
          label={t('entry.dataSet')}
          data={dataSets}
          value={params.dataSet}
          allowDeselect={false}
          onChange={(value) => value && onChange({ dataSet: value })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <Select
          label={t('entry.unit')}
          placeholder={t('entry.unitPlaceholder')}
          data={units}
          value={params.unit}
          searchable={!ownOnly}
          readOnly={ownOnly}
          allowDeselect={false}
          filter={({ options, search }) =>
            (options as { value: string; label: string }[]).filter((o) =>
              matchesSearch(search, o.label, o.value),
            )
          }
          nothingFoundMessage={t('common:states.empty')}
          onChange={(value) => value && onChange({ unit: value })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <Group gap={6} align="flex-end" wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('entry.previousMonth')}
            onClick={() => onChange({ month: shiftMonth(params.month, -1) })}
          >
            <IconChevronLeft size={18} aria-hidden="true" />
          </ActionIcon>
          <Select
            label={t('entry.month')}
            data={months}
            value={params.month}
            allowDeselect={false}
            style={{ flex: 1 }}
            onChange={(value) => value && onChange({ month: value })}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('entry.nextMonth')}
            disabled={params.month >= current}
            onClick={() => onChange({ month: shiftMonth(params.month, 1) })}
          >
            <IconChevronRight size={18} aria-hidden="true" />
          </ActionIcon>
        </Group>
      </Grid.Col>
    </Grid>
  );
}
