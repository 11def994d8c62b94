import {
  CRIME_GROUPS,
  SERIOUSNESS_CLASSES,
  type CrimeGroup,
  type PenalCodeClauseDto,
  type Seriousness,
} from '@antt/shared';
import { Alert, Box, Button, Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { filterClauses } from '../penal-code-search.ts';
import { PenalCodeCards } from './PenalCodeCards.tsx';
import { PenalCodeTable } from './PenalCodeTable.tsx';

const PAGE_SIZE = 50;

type PenalCodeTabProps = {
  clauses: PenalCodeClauseDto[];
  /** The day the clauses are in force on (YYYY-MM-DD). */
  date: string;
  /** Administrators only: a clause to edit, or null for a new one. */
  onEdit?: (clause: PenalCodeClauseDto | null) => void;
};

/** The Penal Code clauses in force on a day: searchable, filtered by group and class. */
export function PenalCodeTab({ clauses, date, onEdit }: PenalCodeTabProps) {
  const { t } = useTranslation('incidentCatalogue');
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [crimeGroup, setCrimeGroup] = useState<CrimeGroup | null>(null);
  const [seriousness, setSeriousness] = useState<Seriousness | null>(null);
  const [page, setPage] = useState(1);
  const shown = useMemo(
    () => filterClauses(clauses, { search, crimeGroup, seriousness }),
    [clauses, search, crimeGroup, seriousness],
  );
  const filtered = search.trim() !== '' || crimeGroup !== null || seriousness !== null;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const onPage = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  /** How many clauses show, of how many in force on the day, or why there are none. */
  const summary = () => {
    const day = format.day(date);
    if (clauses.length === 0) return t('penalCode.noneOnDay', { date: day });
    const total = format.number(clauses.length);
    if (!filtered) return t('penalCode.count', { count: clauses.length, shown: total, date: day });
    return t('penalCode.found', {
      count: shown.length,
      shown: format.number(shown.length),
      total,
      date: day,
    });
  };

  return (
    <Stack gap="md">
      <Alert
        variant="light"
        color="blue"
        icon={<IconInfoCircle size={18} aria-hidden="true" />}
        title={t('penalCode.noteTitle')}
      >
        <Text size="sm">{t('penalCode.note')}</Text>
      </Alert>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('penalCode.search')}
          placeholder={t('penalCode.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 300 }}
        />
        <Select
          label={t('penalCode.group')}
          placeholder={t('penalCode.allGroups')}
          data={CRIME_GROUPS.map((g) => ({ value: g, label: t(`crimeGroups.${g}`) }))}
          value={crimeGroup}
          onChange={(value) => {
            setCrimeGroup(value as CrimeGroup | null);
            setPage(1);
          }}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
        <Select
          label={t('penalCode.seriousness')}
          placeholder={t('penalCode.allClasses')}
          data={SERIOUSNESS_CLASSES.map((s) => ({ value: s, label: t(`seriousness.${s}`) }))}
          value={seriousness}
          onChange={(value) => {
            setSeriousness(value as Seriousness | null);
            setPage(1);
          }}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        {onEdit && (
          <Button
            ml={{ sm: 'auto' }}
            leftSection={<IconPlus size={18} aria-hidden="true" />}
            onClick={() => onEdit(null)}
          >
            {t('penalCode.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {summary()}
      </Text>
      {clauses.length > 0 && shown.length === 0 && <Text c="dimmed">{t('penalCode.none')}</Text>}
      {shown.length > 0 && (
        <>
          {/* A table from tablet width up; cards on a phone. */}
          <Box visibleFrom="sm">
            <PenalCodeTable clauses={onPage} onEdit={onEdit} />
          </Box>
          <Box hiddenFrom="sm">
            <PenalCodeCards clauses={onPage} onEdit={onEdit} />
          </Box>
          {pages > 1 && (
            <Group justify="center">
              <Pagination total={pages} value={current} onChange={setPage} />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
