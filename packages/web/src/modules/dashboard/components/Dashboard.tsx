import { DASHBOARD_INDICATORS, parsePeriod, vnToday } from '@antt/shared';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChartLine, IconInfoCircle, IconLock, IconMap2, IconTable } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/modules/api/client.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import type { DashboardScope } from '../api/indicators.api.ts';
import { useDashboardFigures } from '../hooks/useDashboardFigures.ts';
import { useDashboardParams } from '../hooks/useDashboardParams.ts';
import { useJurisdictionRoot } from '../hooks/useJurisdictionRoot.ts';
import { useUnitPath } from '../hooks/useUnitPath.ts';
import { AlertsStrip } from './AlertsStrip.tsx';
import { DashboardControls } from './DashboardControls.tsx';
import { ExportButton } from './ExportButton.tsx';
import { IndicatorPicker } from './IndicatorPicker.tsx';
import { KpiCard } from './KpiCard.tsx';
import { MapPanel } from './MapPanel.tsx';
import { PivotTable } from './PivotTable.tsx';
import { TrendChart } from './TrendChart.tsx';

type DashboardProps = { title: string; description?: ReactNode };

/**
 * The staff home: the twelve indicators of the user's area for a period against cùng kỳ, what
 * is outside its usual band, and for a chosen indicator its map by unit, its trend and the
 * table of every unit — drill into a unit by clicking it; export any view as XLSX.
 */
export function Dashboard({ title, description }: DashboardProps) {
  const { t } = useTranslation('dashboard');
  const user = useCurrentUser();
  const today = useMemo(() => vnToday(), []);
  const { params, set } = useDashboardParams();
  const root = useJurisdictionRoot(user);
  const unitCode = params.unit ?? root.code;
  const period = parsePeriod(params.period);
  const scope: DashboardScope | null = unitCode
    ? { period: period.code, unit: unitCode, hierarchyDate: params.hierarchyDate }
    : null;
  const { figures } = useDashboardFigures(DASHBOARD_INDICATORS, scope);
  const path = useUnitPath(unitCode, params.hierarchyDate, root.code);
  const chosen = figures.find((f) => f.code === params.indicator) ?? figures[0]!;

  const drill = (code: string) => set({ unit: code }, { push: true });
  const goTo = (code: string) => set({ unit: code === root.code ? null : code }, { push: true });
  const choose = (code: string) => set({ indicator: code });

  const errors = figures.map((f) => f.error).filter((e) => e !== null);
  const outside = errors.some((e) => isApiError(e, 'outside_jurisdiction'));
  const loaded = figures.filter((f) => f.data);
  const empty =
    loaded.length === figures.length &&
    loaded.every((f) => f.data!.numerator === 0 && (f.data!.samePeriod?.numerator ?? 0) === 0);
  const unit = loaded[0]?.data?.unit ?? null;
  const hasChildren = (chosen.data?.children?.length ?? 0) > 0;

  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        description={description}
        actions={<ExportButton codes={DASHBOARD_INDICATORS} scope={scope} />}
      />

      <DashboardControls
        period={period}
        today={today}
        hierarchyDate={params.hierarchyDate}
        path={path.data}
        onPeriod={(code) => set({ period: code })}
        onHierarchyDate={(iso) => set({ on: iso })}
        onUnit={goTo}
      />

      {outside ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconLock size={20} />}
          title={t('errors.outsideTitle')}
          role="alert"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('errors.outside', { unit: path.data?.at(-1)?.name ?? unitCode })}</Text>
            {params.unit && (
              <Button
                size="xs"
                variant="white"
                color="red"
                onClick={() => set({ unit: null }, { push: true })}
              >
                {t('errors.backHome')}
              </Button>
            )}
          </Stack>
        </Alert>
      ) : (
        <QueryState
          isPending={root.isPending}
          error={errors.length === figures.length ? errors[0] : (path.error ?? root.error)}
          onRetry={() => figures.forEach((f) => f.error && f.refetch())}
        />
      )}

      {!outside && (
        <>
          <AlertsStrip figures={figures} onChoose={choose} />
          {empty && (
            <Alert
              color="gray"
              variant="light"
              icon={<IconInfoCircle size={20} />}
              data-testid="dashboard-empty"
            >
              {t('empty', { unit: unit?.name ?? '' })}
            </Alert>
          )}
          <SimpleGrid
            cols={{ base: 1, xs: 2, md: 3, lg: 4 }}
            spacing="sm"
            verticalSpacing="sm"
            component="section"
            aria-label={t('cards')}
          >
            {figures.map((f) => (
              <KpiCard
                key={f.code}
                figures={f}
                chosen={f.code === chosen.code}
                onChoose={() => choose(f.code)}
              />
            ))}
          </SimpleGrid>

          <Card withBorder padding="md" radius="md" component="section" aria-labelledby="dashboard-analysis">
            <Tabs
              value={params.view}
              onChange={(view) => set({ view: view === 'pivot' ? 'pivot' : null })}
              keepMounted={false}
            >
              <Group justify="space-between" align="flex-end" gap="sm" mb="md" wrap="wrap">
                <Title order={2} fz="h4" id="dashboard-analysis">
                  {t('analysis.title')}
                </Title>
                <Tabs.List>
                  <Tabs.Tab value="map" leftSection={<IconMap2 size={16} aria-hidden="true" />}>
                    {t('analysis.mapTab')}
                  </Tabs.Tab>
                  <Tabs.Tab value="pivot" leftSection={<IconTable size={16} aria-hidden="true" />}>
                    {t('analysis.pivotTab')}
                  </Tabs.Tab>
                </Tabs.List>
              </Group>

              <Tabs.Panel value="map">
                <Stack gap="md">
                  <IndicatorPicker figures={figures} value={chosen.code} onChange={choose} />
                  {hasChildren && scope ? (
                    <MapPanel
                      figures={chosen}
                      units={chosen.data!.children!}
                      unit={path.data?.at(-1) ?? null}
                      hierarchyDate={params.hierarchyDate}
                      onDrill={drill}
                    />
                  ) : (
                    chosen.data && (
                      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
                        {t('analysis.noChildren', { unit: chosen.data.unit.name })}
                      </Alert>
                    )
                  )}
                  {scope && (
                    <Stack gap="xs">
                      <Group gap={8}>
                        <IconChartLine size={18} aria-hidden="true" />
                        <Title order={3} fz="md">
                          {t('trend.title', { indicator: chosen.shortName, unit: unit?.name ?? '' })}
                        </Title>
                      </Group>
                      <TrendChart figures={chosen} scope={scope} />
                    </Stack>
                  )}
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="pivot">
                <PivotTable figures={figures} onDrill={drill} />
              </Tabs.Panel>
            </Tabs>
          </Card>
        </>
      )}
    </Stack>
  );
}
