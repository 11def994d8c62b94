import type { BoundaryCollectionDto, IndicatorFigureDto } from '@antt/shared';
import type { EChartsCoreOption } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../charts/EChart.tsx';
import { figureText } from '../figure-text.ts';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';
import { displayRound } from '../indicator-format.ts';
import { colourOf, type MapClass } from '../map-classes.ts';

type ThematicMapProps = {
  figures: IndicatorFigures;
  units: readonly IndicatorFigureDto[];
  boundaries: BoundaryCollectionDto;
  classes: readonly MapClass[];
  /** Names the registered map; changes with the province, level and hierarchy date. */
  mapName: string;
  onDrill: (code: string) => void;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Aspect of a degree of longitude to one of latitude near 10° N (Mekong delta). */
const ASPECT = Math.cos((10 * Math.PI) / 180);

/**
 * The chosen indicator per child unit, coloured by class, drawn from the boundaries the server
 * ships (no tile server). A click on a unit drills into it; the unit list beside the map does
 * the same from the keyboard.
 */
export function ThematicMap({ figures, units, boundaries, classes, mapName, onDrill }: ThematicMapProps) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const byCode = useMemo(() => new Map(units.map((c) => [c.unit.code, c])), [units]);

  const geoJson = useMemo(
    () => ({ ...boundaries, features: boundaries.features.filter((f) => byCode.has(f.properties.code)) }),
    [boundaries, byCode],
  );

  const prepare = useCallback(
    (module: typeof import('../charts/echarts-setup.ts')) => {
      if (!module.echarts.getMap(mapName)) module.echarts.registerMap(mapName, geoJson as never);
    },
    [mapName, geoJson],
  );

  const option = useMemo<EChartsCoreOption>(() => {
    const tooltip = (code: string) => {
      const child = byCode.get(code);
      if (!child) return '';
      const text = figureText(child, figures.unit, language, figures.noun);
      const same = text.samePeriod
        ? `<br/>${escapeHtml(t('card.samePeriod'))}: ${escapeHtml(text.samePeriod)}${
            text.absoluteChange ? ` (${escapeHtml(text.absoluteChange)})` : ''
          }`
        : '';
      return `<strong>${escapeHtml(child.unit.name)}</strong><br/>${escapeHtml(figures.shortName)}: <strong>${escapeHtml(
        text.value,
      )}</strong>${same}<br/><span style="color:#868e96">${escapeHtml(t('map.clickToDrill'))}</span>`;
    };
    return {
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: { name: string }) => tooltip(params.name),
      },
      series: [
        {
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          aspectScale: ASPECT,
          left: 4,
          right: 4,
          top: 4,
          bottom: 4,
          selectedMode: false,
          label: { show: false },
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.7 },
          emphasis: {
            label: {
              show: true,
              fontSize: 12,
              fontWeight: 600,
              color: '#1a1b1e',
              textBorderColor: '#ffffff',
              textBorderWidth: 3,
              formatter: (params: { name: string }) => byCode.get(params.name)?.unit.name ?? '',
            },
            itemStyle: { borderColor: '#1a1b1e', borderWidth: 1.6 },
          },
          data: units.map((child) => {
            const colour = colourOf(child.value, figures.unit, classes);
            return {
              name: child.unit.code,
              value: displayRound(child.value, figures.unit),
              itemStyle: { areaColor: colour },
              emphasis: { itemStyle: { areaColor: colour } },
            };
          }),
        },
      ],
    };
  }, [byCode, units, classes, figures, language, mapName, t]);

  return (
    <EChart
      option={option}
      prepare={prepare}
      height={440}
      label={t('map.label', { indicator: figures.name })}
      onClick={(event) => event.seriesType === 'map' && byCode.has(event.name) && onDrill(event.name)}
      testId="thematic-map"
    />
  );
}
