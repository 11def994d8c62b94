import { isoFromDay, isValidIsoDay, vnToday, type AdminUnitDto } from '@antt/shared';
import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { UnitTable } from '@/modules/units/components/UnitTable.tsx';
import { UnitTrail } from '@/modules/units/components/UnitTrail.tsx';
import { useUnitChildren, useUnitSearch } from '@/modules/units/hooks/useUnits.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

// The last day of the old units: on 1 July 2025 provinces and communes were merged (Resolution
// 202/2025/QH15 for the provinces) and the district level ended.
const LAST_DAY_BEFORE_2025_REFORM = '2025-06-30';

/** Browse administrative units as they were on a chosen date: provinces, then their children. */
export function UnitsPage() {
  const { t } = useTranslation('units');
  const format = useFormat();
  const today = isoFromDay(vnToday());
  const [params, setParams] = useSearchParams();
  const dateParam = params.get('date') ?? '';
  const date = isValidIsoDay(dateParam) ? dateParam : today;
  const trail = (params.get('path') ?? '').split(',').filter(Boolean);
  const parent = trail[trail.length - 1] ?? null;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);

  // The browse state lives in the URL (shareable, survives reload). Changes start from the
  // address bar itself, not this render's copy, so two quick clicks cannot undo each other.
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const searching = q.length > 0;
  const provinces = useUnitSearch({ date, level: 'province', limit: 500 }, !searching && parent === null);
  const children = useUnitChildren(searching ? null : parent, date);
  const found = useUnitSearch({ date, q, limit: 100 }, searching);
  const shown = searching ? found : parent ? children : provinces;
  const units: AdminUnitDto[] = shown.data?.items ?? [];

  const open = (unit: AdminUnitDto) => {
    setSearch('');
    const path = searching
      ? [unit.provinceCode, unit.code].filter((c, i, all) => all.indexOf(c) === i)
      : [...trail, unit.code];
    update({ path: path.join(','), q: null });
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card withBorder padding="md" radius="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end">
            <DayInput
              label={t('date')}
              value={date}
              onChange={(day) => day && update({ date: day })}
              w={{ base: '100%', xs: 180 }}
            />
            <Button variant="default" onClick={() => update({ date: null })} disabled={date === today}>
              {t('today')}
            </Button>
            <Button variant="default" onClick={() => update({ date: LAST_DAY_BEFORE_2025_REFORM })}>
              {t('beforeReform', { date: format.day(LAST_DAY_BEFORE_2025_REFORM) })}
            </Button>
          </Group>
          <TextInput
            label={t('search')}
            placeholder={t('searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              update({ q: e.currentTarget.value.trim() || null });
            }}
            w={{ base: '100%', sm: 420 }}
          />
          {!searching && (
            <UnitTrail
              codes={trail}
              date={date}
              onGo={(depth) => update({ path: trail.slice(0, depth).join(',') || null })}
            />
          )}
          <QueryState isPending={shown.isPending} error={shown.error} onRetry={() => void shown.refetch()} />
          {shown.data && (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {searching
                  ? t('found', {
                      count: units.length,
                      shown: format.number(units.length),
                      date: format.day(date),
                    })
                  : t('listed', {
                      count: units.length,
                      shown: format.number(units.length),
                      date: format.day(date),
                    })}
              </Text>
              {units.length > 0 && <UnitTable units={units} onOpen={open} showParent={searching} />}
            </>
          )}
        </Stack>
      </Card>
    </>
  );
}
