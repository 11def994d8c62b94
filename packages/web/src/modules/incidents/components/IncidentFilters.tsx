import { INCIDENT_STATUSES, INCIDENT_TYPES, SERIOUSNESS_CLASSES, type IncidentType } from '@antt/shared';
import { Button, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { useUnit, useUnitSearch } from '@/modules/units/hooks/useUnits.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { matchesSearch } from '@/ui/search.ts';
import { useIncidentCatalogue } from '../hooks/useIncidentCatalogue.ts';
import {
  INCIDENT_FILTER_KEYS,
  type IncidentFilterKey,
  type IncidentFilterValues,
} from '../incident-filters.ts';

type IncidentFiltersProps = {
  filters: IncidentFilterValues;
  onChange: (key: IncidentFilterKey, value: string | null) => void;
  onReset: () => void;
};

/** The filters the list, the map and the export share; on a phone they fold away behind a button. */
export function IncidentFilters({ filters, onChange, onReset }: IncidentFiltersProps) {
  const { t, i18n } = useTranslation(['incidents', 'common']);
  const user = useCurrentUser();
  const catalogue = useIncidentCatalogue();
  const province = useUnit(user.provinceCode);
  const communes = useUnitSearch({ level: 'commune', province: user.provinceCode, limit: 500 });
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const [opened, { toggle }] = useDisclosure(false);
  const active = INCIDENT_FILTER_KEYS.filter((key) => filters[key]).length;

  // The search box answers after a short pause, not at every key.
  const [search, setSearch] = useState(filters.q ?? '');
  // Follow the URL (back button, "clear filters") without trimming what is being typed.
  useEffect(() => {
    setSearch((typed) => (typed.trim() === (filters.q ?? '') ? typed : (filters.q ?? '')));
  }, [filters.q]);
  const sendSearch = useDebouncedCallback((value: string) => onChange('q', value.trim() || null), 350);

  // A day half typed leaves the list as it is; a whole day, or the field emptied, filters at once.
  const setDay = (key: 'from' | 'to') => (day: string, text: string) => {
    if (day || !text.trim()) onChange(key, day || null);
  };

  const type = filters.type as IncidentType | undefined;
  const name = (c: { nameVi: string; nameEn: string }) => (i18n.language === 'en' ? c.nameEn : c.nameVi);
  const categories = catalogue.data?.categories ?? [];
  const categoryData = type
    ? categories.filter((c) => c.type === type).map((c) => ({ value: c.code, label: name(c) }))
    : INCIDENT_TYPES.map((ty) => ({
        group: t(`types.${ty}`),
        items: categories.filter((c) => c.type === ty).map((c) => ({ value: c.code, label: name(c) })),
      }));
  const unitData = [
    ...(province.data
      ? [{ value: province.data.code, label: t('filters.wholeProvince', { name: province.data.name }) }]
      : []),
    ...(communes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name })),
  ];

  const fields = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
      <Select
        label={t('filters.type')}
        placeholder={t('filters.all')}
        clearable
        data={INCIDENT_TYPES.map((ty) => ({ value: ty, label: t(`types.${ty}`) }))}
        value={filters.type ?? null}
        onChange={(v) => onChange('type', v)}
      />
      <Select
        label={t('filters.category')}
        placeholder={t('filters.all')}
        clearable
        searchable
        data={categoryData}
        value={filters.category ?? null}
        onChange={(v) => onChange('category', v)}
      />
      {type === 'crime' && (
        <Select
          label={t('filters.seriousness')}
          placeholder={t('filters.all')}
          clearable
          data={SERIOUSNESS_CLASSES.map((s) => ({ value: s, label: t(`seriousness.${s}`) }))}
          value={filters.seriousness ?? null}
          onChange={(v) => onChange('seriousness', v)}
        />
      )}
      <Select
        label={t('filters.unit')}
        placeholder={t('filters.unitPlaceholder')}
        clearable
        searchable
        filter={({ options, search: typed }) =>
          (options as { value: string; label: string }[]).filter((o) =>
            matchesSearch(typed, o.label, o.value),
          )
        }
        nothingFoundMessage={t('common:states.empty')}
        data={unitData}
        value={filters.unit ?? null}
        onChange={(v) => onChange('unit', v)}
      />
      <DayInput
        label={t('filters.from')}
        value={filters.from ?? ''}
        max={filters.to}
        onChange={setDay('from')}
      />
      <DayInput label={t('filters.to')} value={filters.to ?? ''} min={filters.from} onChange={setDay('to')} />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.all')}
        clearable
        data={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        value={filters.status ?? null}
        onChange={(v) => onChange('status', v)}
      />
      <Select
        label={t('filters.cleared')}
        placeholder={t('filters.all')}
        clearable
        data={[
          { value: 'yes', label: t('cleared.yes') },
          { value: 'no', label: t('cleared.no') },
        ]}
        value={filters.cleared ?? null}
        onChange={(v) => onChange('cleared', v)}
      />
      <TextInput
        label={t('filters.q')}
        placeholder={t('filters.qPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          sendSearch(e.currentTarget.value);
        }}
      />
    </SimpleGrid>
  );

  return (
    <Stack gap="xs" role="search" aria-label={t('filters.title')}>
      {phone && (
        <Button
          variant="light"
          leftSection={<IconFilter size={16} aria-hidden="true" />}
          onClick={toggle}
          aria-expanded={opened}
        >
          {active > 0 ? t('filters.showActive', { count: active }) : t('filters.show')}
        </Button>
      )}
      {phone ? <Collapse expanded={opened}>{fields}</Collapse> : fields}
      {active > 0 && (!phone || opened) && (
        <Group justify="flex-end">
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconFilterOff size={14} aria-hidden="true" />}
            onClick={() => {
              setSearch('');
              onReset();
            }}
          >
            {t('filters.reset')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
