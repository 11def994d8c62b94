import { Button, Card, Stack, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { EntryControls } from '../components/EntryControls.tsx';
import { EntrySheet } from '../components/EntrySheet.tsx';
import type { GridElement } from '../components/EntryGrid.tsx';
import { APPROVER_ROLES, hasAnyRole } from '../dataset-roles.ts';
import { monthRange } from '../entry-month.ts';
import { useDataEntry } from '../hooks/useDataEntry.ts';
import { useDataElements, useDataSets } from '../hooks/useDataSets.ts';
import { useEntryParams } from '../hooks/useEntryParams.ts';
import { useEntryUnits } from '../hooks/useEntryUnits.ts';

/** Nhập số liệu: one commune's month of a data set, typed or pasted into a grid, then sent for approval. */
export function DataEntryPage() {
  const { t, i18n } = useTranslation('datasets');
  const user = useCurrentUser();
  const en = i18n.language === 'en';
  const [params, setParams] = useEntryParams();
  const units = useEntryUnits();
  const dataSets = useDataSets();
  const elements = useDataElements();

  // A commune officer's own commune opens first; someone above the communes picks one.
  useEffect(() => {
    if (!params.unit && units.own) setParams({ unit: units.own });
  }, [params.unit, units.own, setParams]);

  const dataSet = dataSets.data?.items.find((s) => s.code === params.dataSet);
  const range = monthRange(params.month);
  const entry = useDataEntry(
    params.unit && dataSet ? { dataSet: dataSet.code, unit: params.unit, ...range } : null,
  );

  const gridElements: GridElement[] = useMemo(() => {
    const byCode = new Map((elements.data?.items ?? []).map((e) => [e.code, e]));
    return (dataSet?.elements ?? []).flatMap((code) => {
      const element = byCode.get(code);
      if (!element) return [];
      return [
        {
          code,
          short: en ? element.shortEn : element.shortVi,
          name: en ? element.nameEn : element.nameVi,
          aggregation: element.aggregation,
        },
      ];
    });
  }, [elements.data, dataSet, en]);

  const loading = [dataSets, elements];
  const setOptions = (dataSets.data?.items ?? []).map((s) => ({
    value: s.code,
    label: en ? s.nameEn : s.nameVi,
  }));

  return (
    <>
      <PageHeader
        title={t('entry.title')}
        description={t('entry.description')}
        actions={
          hasAnyRole(user.roles, APPROVER_ROLES) && (
            <Button
              component={Link}
              to="/datasets/approvals"
              variant="default"
              leftSection={<IconChecklist size={18} aria-hidden="true" />}
            >
              {t('entry.toApprovals')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <Card withBorder padding="md" radius="md">
          <EntryControls params={params} dataSets={setOptions} units={units.options} onChange={setParams} />
        </Card>
        <Card withBorder padding="md" radius="md">
          <QueryState
            isPending={loading.some((q) => q.isPending) || units.isPending}
            error={loading.find((q) => q.error)?.error ?? units.error}
          />
          {!units.isPending && !params.unit && <Text c="dimmed">{t('entry.chooseUnit')}</Text>}
          {params.unit && (
            <QueryState
              isPending={entry.isLoading}
              error={entry.error}
              onRetry={() => void entry.refetch()}
            />
          )}
          {entry.data && gridElements.length > 0 && (
            <EntrySheet
              key={`${entry.data.dataSet}|${entry.data.unit.code}|${params.month}`}
              entry={entry.data}
              elements={gridElements}
            />
          )}
        </Card>
      </Stack>
    </>
  );
}
