import { INCIDENT_LIMITS } from '@antt/shared';
import { Alert, Button, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconList } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { IncidentFilters } from '../components/IncidentFilters.tsx';
import {
  useCategoryName,
  useCommuneBoundaries,
  useIncidentCatalogue,
} from '../hooks/useIncidentCatalogue.ts';
import { useIncidentFilterParams } from '../hooks/useIncidentFilterParams.ts';
import { useIncidentMap } from '../hooks/useIncidents.ts';
import { filterQueryString } from '../incident-filters.ts';
import { CommuneCountTable } from '../map/CommuneCountTable.tsx';
import { IncidentMap } from '../map/IncidentMap.tsx';
import { MapLegend } from '../map/MapLegend.tsx';
import { countClasses } from '../map/map-geometry.ts';

/** The filtered incidents on the map: counts per commune of the current units, and the points. */
export function IncidentMapPage() {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const user = useCurrentUser();
  const { filters, setFilter, reset } = useIncidentFilterParams();
  const map = useIncidentMap(filters);
  const boundaries = useCommuneBoundaries(user.provinceCode, map.data?.unitsOn);
  const catalogue = useIncidentCatalogue();
  const categoryName = useCategoryName(catalogue.data);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const query = filterQueryString(filters);

  const data = map.data;
  const classes = countClasses(Math.max(0, ...(data?.units.map((u) => u.count) ?? [])));
  const withoutPoint = data && !data.truncated ? data.total - data.points.length : 0;

  return (
    <>
      <PageHeader
        title={t('map.title')}
        description={t('map.description')}
        actions={
          <Button
            component={Link}
            to={`/incidents${query ? `?${query}` : ''}`}
            variant="default"
            leftSection={<IconList size={18} aria-hidden="true" />}
          >
            {t('actions.list')}
          </Button>
        }
      />
      <Stack gap="md">
        <Card withBorder padding="md" radius="md">
          <IncidentFilters filters={filters} onChange={setFilter} onReset={reset} />
        </Card>
        <QueryState
          isPending={map.isPending || (Boolean(data) && boundaries.isPending)}
          error={map.error ?? boundaries.error}
          onRetry={() => void (map.error ? map.refetch() : boundaries.refetch())}
        />
        {data && boundaries.data && (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Card withBorder padding="md" radius="md">
                <Stack gap="sm">
                  <Text size="sm" c="dimmed" aria-live="polite" data-testid="map-total">
                    {t('map.total', { count: data.total, shown: format.number(data.total) })}
                  </Text>
                  <div aria-busy={map.isPlaceholderData} style={{ opacity: map.isPlaceholderData ? 0.5 : 1 }}>
                    <IncidentMap
                      boundaries={boundaries.data}
                      map={data}
                      classes={classes}
                      highlighted={highlighted}
                      categoryName={(type, code) => categoryName(code, type)}
                    />
                  </div>
                  <MapLegend classes={classes} unitsOn={data.unitsOn} />
                  {data.truncated && (
                    <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />}>
                      {t('map.truncated', {
                        shown: format.number(INCIDENT_LIMITS.mapPoints),
                        total: format.number(data.total),
                      })}
                    </Alert>
                  )}
                  {withoutPoint > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('map.withoutPoint', { count: withoutPoint, shown: format.number(withoutPoint) })}
                    </Text>
                  )}
                </Stack>
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Card withBorder padding="md" radius="md">
                <Stack gap="sm">
                  <Title order={2} fz="h4">
                    {t('map.table')}
                  </Title>
                  <CommuneCountTable
                    units={data.units}
                    highlighted={highlighted}
                    onHighlight={setHighlighted}
                  />
                </Stack>
              </Card>
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </>
  );
}
