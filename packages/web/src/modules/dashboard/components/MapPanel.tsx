import type { AdminUnitDto, IndicatorFigureDto } from '@antt/shared';
import { Grid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/ui/QueryState.tsx';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';
import { useUnitBoundaries } from '../hooks/useIndicators.ts';
import { mapClasses } from '../map-classes.ts';
import { MapLegend } from './MapLegend.tsx';
import { ThematicMap } from './ThematicMap.tsx';
import { UnitRanking } from './UnitRanking.tsx';

type MapPanelProps = {
  figures: IndicatorFigures;
  units: readonly IndicatorFigureDto[];
  /** The unit whose units are drawn. */
  unit: AdminUnitDto | null;
  hierarchyDate: string;
  onDrill: (code: string) => void;
};

/** The thematic map of the chosen indicator by unit, with its legend and the units to watch. */
export function MapPanel({ figures, units, unit, hierarchyDate, onDrill }: MapPanelProps) {
  const { t } = useTranslation('dashboard');
  const level = units[0]?.unit.level;
  const boundaryLevel = level === 'district' || level === 'commune' ? level : null;
  const boundaries = useUnitBoundaries(unit?.provinceCode ?? null, boundaryLevel, hierarchyDate);
  const classes = mapClasses(
    units.map((c) => c.value),
    figures.unit,
    figures.direction,
  );
  const drawn =
    boundaries.data?.features.filter((f) => units.some((c) => c.unit.code === f.properties.code)).length ?? 0;

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="xs">
          <QueryState
            isPending={Boolean(boundaryLevel) && boundaries.isPending}
            error={boundaries.error}
            onRetry={() => void boundaries.refetch()}
          />
          {boundaries.data && drawn > 0 && unit && (
            <>
              <ThematicMap
                figures={figures}
                units={units}
                boundaries={boundaries.data}
                classes={classes}
                mapName={`antt-${unit.provinceCode}-${boundaryLevel}-${hierarchyDate}-${unit.code}`}
                onDrill={onDrill}
              />
              <MapLegend
                figures={figures}
                classes={classes}
                hasNoData={units.some((c) => c.value === null)}
              />
              {drawn < units.length && (
                <Text size="xs" c="dimmed">
                  {t('map.missing', { count: units.length - drawn })}
                </Text>
              )}
            </>
          )}
          {(!boundaryLevel || (boundaries.data && drawn === 0)) && (
            <Text size="sm" c="dimmed">
              {t('map.noBoundaries')}
            </Text>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <UnitRanking figures={figures} units={units} onDrill={onDrill} />
      </Grid.Col>
    </Grid>
  );
}
