import { Box, Button, Card, Group, Pagination, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconMap2, IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { IncidentBulkBar } from '../components/IncidentBulkBar.tsx';
import { IncidentCards } from '../components/IncidentCards.tsx';
import { IncidentFilters } from '../components/IncidentFilters.tsx';
import { IncidentTable } from '../components/IncidentTable.tsx';
import { useIncidentFilterParams } from '../hooks/useIncidentFilterParams.ts';
import { useIncidentKind } from '../hooks/useIncidentKind.ts';
import { useIncidentList } from '../hooks/useIncidents.ts';
import { exportUrl, filterQueryString, hasFilters } from '../incident-filters.ts';
import { mayWriteIncidents } from '../incident-roles.ts';

const PAGE_SIZE = 50;

/** Sổ vụ việc: the register of the user's jurisdiction, filtered, exported and acted on in bulk. */
export function IncidentsPage() {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const user = useCurrentUser();
  const writer = mayWriteIncidents(user.roles);
  const { filters, page, setFilter, setPage, reset } = useIncidentFilterParams();
  const list = useIncidentList({ ...filters, page, pageSize: PAGE_SIZE });
  const kind = useIncidentKind();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  // A new filter or page is a new set of rows: what was chosen on the old one is let go.
  const unchoose = () => setChosen(new Set());
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const items = list.data?.items ?? [];
  const selection = writer
    ? {
        chosen,
        toggle: (id: string) =>
          setChosen((current) => {
            const next = new Set(current);
            if (!next.delete(id)) next.add(id);
            return next;
          }),
        setPage: (all: boolean) => setChosen(all ? new Set(items.map((i) => i.id)) : new Set()),
      }
    : undefined;
  const query = filterQueryString(filters);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="xs">
            <Button
              component={Link}
              to={`/incidents/map${query ? `?${query}` : ''}`}
              variant="default"
              leftSection={<IconMap2 size={18} aria-hidden="true" />}
            >
              {t('actions.map')}
            </Button>
            {writer && (
              <Button
                component={Link}
                to="/incidents/import"
                variant="default"
                leftSection={<IconUpload size={18} aria-hidden="true" />}
              >
                {t('actions.import')}
              </Button>
            )}
            {writer && (
              <Button
                component={Link}
                to="/incidents/new"
                leftSection={<IconPlus size={18} aria-hidden="true" />}
              >
                {t('actions.record')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <Card withBorder padding="md" radius="md">
          <IncidentFilters
            filters={filters}
            onChange={(key, value) => {
              unchoose();
              setFilter(key, value);
            }}
            onReset={() => {
              unchoose();
              reset();
            }}
          />
        </Card>
        <Card withBorder padding="md" radius="md">
          <Stack gap="md">
            <Group justify="space-between" gap="xs">
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="incident-count">
                {list.data
                  ? t('list.count', { count: list.data.total, shown: format.number(list.data.total) })
                  : ''}
              </Text>
              <Group gap="xs">
                <Button
                  component="a"
                  href={exportUrl('xlsx', filters)}
                  download
                  size="xs"
                  variant="light"
                  leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
                >
                  {t('actions.exportXlsx')}
                </Button>
                <Button
                  component="a"
                  href={exportUrl('csv', filters)}
                  download
                  size="xs"
                  variant="light"
                  leftSection={<IconFileTypeCsv size={16} aria-hidden="true" />}
                >
                  {t('actions.exportCsv')}
                </Button>
              </Group>
            </Group>
            {selection && chosen.size > 0 && (
              <IncidentBulkBar ids={[...chosen]} onDone={() => setChosen(new Set())} />
            )}
            <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
            {list.data && items.length === 0 && (
              <Text c="dimmed">{hasFilters(filters) ? t('list.empty') : t('list.emptyAll')}</Text>
            )}
            {items.length > 0 && (
              // The previous answer stays while the next one loads: shown faded, marked busy.
              <div aria-busy={list.isPlaceholderData} style={{ opacity: list.isPlaceholderData ? 0.5 : 1 }}>
                <Box visibleFrom="sm">
                  <IncidentTable incidents={items} categoryName={kind} selection={selection} />
                </Box>
                <Box hiddenFrom="sm">
                  <IncidentCards incidents={items} categoryName={kind} selection={selection} />
                </Box>
              </div>
            )}
            {pages > 1 && (
              <Group justify="center">
                <Pagination
                  total={pages}
                  value={page}
                  onChange={(next) => {
                    unchoose();
                    setPage(next);
                  }}
                />
              </Group>
            )}
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
