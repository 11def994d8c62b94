import { parsePeriod, periodLabel } from '@antt/shared';
import { Stack, Text } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/ui/QueryState.tsx';
import type { DashboardScope } from '../api/indicators.api.ts';
import { EChart } from '../charts/EChart.tsx';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';
import { useIndicatorTrend } from '../hooks/useIndicators.ts';
import { displayRound, formatNumber, formatTarget, formatValue, withUnitSign } from '../indicator-format.ts';
import { shortPeriodLabel, trendLength } from '../period-choice.ts';

const CURRENT_COLOUR = '#1a6a4d';
const EARLIER_COLOUR = '#868e96';
const TARGET_COLOUR = '#2f9e44';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The chosen indicator over the last twelve periods of the chosen kind, against a year earlier. */
export function TrendChart({ figures, scope }: { figures: IndicatorFigures; scope: DashboardScope }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = i18n.language;
  const length = trendLength(parsePeriod(scope.period).kind);
  const trend = useIndicatorTrend(figures.code, scope, length);
  const target = figures.definition?.target ?? null;

  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!trend.data) return null;
    const points = trend.data.points;
    const periods = points.map((p) => parsePeriod(p.period.code));
    const current = t('trend.current');
    const earlier = t('trend.samePeriod');
    const round = (v: number | null) => displayRound(v, figures.unit);
    const show = (v: number | null) => formatValue(v, figures.unit, language, figures.noun);
    return {
      color: [CURRENT_COLOUR, EARLIER_COLOUR],
      legend: { top: 0, left: 0, itemWidth: 22, textStyle: { fontSize: 12 } },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: (params: { dataIndex: number }[]) => {
          const i = params[0]?.dataIndex ?? 0;
          const p = points[i]!;
          return [
            `<strong>${escapeHtml(periodLabel(periods[i]!, language === 'en' ? 'en' : 'vi'))}</strong>`,
            `${escapeHtml(current)}: <strong>${escapeHtml(show(p.value))}</strong>`,
            `${escapeHtml(earlier)}: ${escapeHtml(show(p.samePeriodValue))}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: periods.map((p) => shortPeriodLabel(p, language)),
        axisLabel: { fontSize: 11, hideOverlap: true },
        axisTick: { alignWithLabel: true },
      },
      yAxis: {
        type: 'value',
        // Rates move within a few points: start near them; counts start at zero.
        scale: figures.unit === 'percent',
        max:
          figures.unit === 'percent'
            ? (v: { max: number }) => Math.min(100, Math.ceil(v.max + 2))
            : undefined,
        axisLabel: {
          fontSize: 11,
          formatter: (v: number) =>
            withUnitSign(formatNumber(v, figures.unit, language), figures.unit, language),
        },
        splitLine: { lineStyle: { color: '#e9ecef' } },
      },
      series: [
        {
          name: current,
          type: 'line',
          data: points.map((p) => round(p.value)),
          symbol: 'circle',
          symbolSize: 7,
          lineStyle: { width: 3 },
          connectNulls: false,
          markLine: target
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { color: TARGET_COLOUR, type: 'dashed', width: 1.5 },
                label: {
                  position: 'insideEndTop',
                  color: TARGET_COLOUR,
                  fontSize: 11,
                  formatter: () =>
                    t('trend.target', { target: formatTarget(target, figures.unit, language) }),
                },
                data: [{ yAxis: target.value }],
              }
            : undefined,
        },
        {
          name: earlier,
          type: 'line',
          data: points.map((p) => round(p.samePeriodValue)),
          symbol: 'emptyCircle',
          symbolSize: 5,
          lineStyle: { width: 2, type: 'dashed' },
          connectNulls: false,
        },
      ],
    };
  }, [trend.data, figures, language, t, target]);

  return (
    <Stack gap="xs">
      <QueryState isPending={trend.isPending} error={trend.error} onRetry={() => void trend.refetch()} />
      {option && (
        <div style={{ opacity: trend.isPlaceholderData ? 0.5 : 1 }} aria-busy={trend.isPlaceholderData}>
          <EChart
            option={option}
            height={300}
            label={t('trend.label', { indicator: figures.name, count: length })}
            testId="trend-chart"
          />
        </div>
      )}
      {trend.data && (
        <Text size="xs" c="dimmed">
          {t('trend.explain', { count: trend.data.points.length })}
        </Text>
      )}
    </Stack>
  );
}
