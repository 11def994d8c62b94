import { POLICE_UNIT_KINDS } from '@antt/shared';
import { Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { PoliceUnitTable } from '@/modules/police-units/components/PoliceUnitTable.tsx';
import { usePoliceUnits } from '@/modules/police-units/hooks/usePoliceUnits.ts';
import { byRankThenName } from '@/modules/police-units/police-unit-order.ts';
import { matchesSearch } from '@/ui/search.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

export function PoliceUnitsPage() {
  const { t } = useTranslation('policeUnits');
  const format = useFormat();
  const query = usePoliceUnits();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<string | null>(null);

  const shown = useMemo(
    () =>
      (query.data ?? [])
        .filter((unit) => (kind ? unit.kind === kind : true))
        .filter((unit) => matchesSearch(search, unit.name, unit.code, unit.adminUnit.name))
        .sort(byRankThenName),
    [query.data, search, kind],
  );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card withBorder padding="md" radius="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end">
            <TextInput
              label={t('search')}
              placeholder={t('searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden="true" />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={{ base: '100%', sm: 320 }}
            />
            <Select
              label={t('kindFilter')}
              placeholder={t('allKinds')}
              clearable
              data={POLICE_UNIT_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
              value={kind}
              onChange={setKind}
              w={{ base: '100%', sm: 260 }}
            />
          </Group>
          <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
          {query.data && (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('count', {
                  count: shown.length,
                  shown: format.number(shown.length),
                  total: format.number(query.data.length),
                })}
              </Text>
              <PoliceUnitTable units={shown} />
            </>
          )}
        </Stack>
      </Card>
    </>
  );
}
