import {
  isoFromDay,
  isPeriod,
  parsePeriod,
  periodLabel,
  type DayNumber,
  type Period,
  type PeriodKind,
} from '@antt/shared';
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { defaultPeriodOf, isRunning, LISTED_KINDS, PICKER_KINDS, periodOptions } from '../period-choice.ts';

type PeriodPickerProps = { period: Period; today: DayNumber; onChange: (code: string) => void };

/**
 * The kind of period (calendar, Decree 09 reporting period, rolling, term, custom), then which
 * one: a list for named periods, dates for the others. Every choice is a code of the shared
 * period grammar.
 */
export function PeriodPicker({ period, today, onChange }: PeriodPickerProps) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const groups = (['calendar', 'report', 'other'] as const).map((group) => ({
    group: t(`period.groups.${group}`),
    items: PICKER_KINDS.filter((k) => k.group === group).map((k) => ({
      value: k.kind,
      label: t(`period.kinds.${k.kind}`),
    })),
  }));
  const apply = (code: string) => isPeriod(code) && onChange(parsePeriod(code).code);
  const todayIso = isoFromDay(today);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('period.kind')}
        data={groups}
        value={period.kind}
        allowDeselect={false}
        maxDropdownHeight={420}
        comboboxProps={{ width: 300 }}
        onChange={(kind) => kind && onChange(defaultPeriodOf(kind as PeriodKind, today, period).code)}
        w={{ base: '100%', xs: 220 }}
      />
      {LISTED_KINDS.has(period.kind) && (
        <Select
          label={t('period.which')}
          data={periodOptions(period.kind, today, period).map((p) => ({
            value: p.code,
            label: isRunning(p, today)
              ? t('period.running', { label: periodLabel(p, language) })
              : periodLabel(p, language),
          }))}
          value={period.code}
          allowDeselect={false}
          searchable
          maxDropdownHeight={360}
          onChange={(code) => code && apply(code)}
          w={{ base: '100%', xs: 420 }}
        />
      )}
      {(period.kind === 'rolling_28' || period.kind === 'year_to_date' || period.kind === 'day') && (
        <DayInput
          label={t(period.kind === 'day' ? 'period.day' : 'period.until')}
          pickerLabel={t('period.pick')}
          value={isoFromDay(period.end)}
          onChange={(iso) => {
            if (!iso || iso > todayIso) return;
            apply(period.kind === 'day' ? iso : `${period.kind === 'rolling_28' ? 'r28' : 'ytd'}:${iso}`);
          }}
          w={{ base: '100%', xs: 170 }}
        />
      )}
      {period.kind === 'custom' && (
        <>
          <DayInput
            label={t('period.from')}
            pickerLabel={t('period.pick')}
            value={isoFromDay(period.start)}
            onChange={(iso) => iso && apply(`${iso}..${isoFromDay(period.end)}`)}
            w={{ base: '100%', xs: 170 }}
          />
          <DayInput
            label={t('period.to')}
            pickerLabel={t('period.pick')}
            value={isoFromDay(period.end)}
            onChange={(iso) => iso && apply(`${isoFromDay(period.start)}..${iso}`)}
            w={{ base: '100%', xs: 170 }}
          />
        </>
      )}
    </Group>
  );
}
