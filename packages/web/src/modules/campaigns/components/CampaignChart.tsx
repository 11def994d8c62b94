import type { CampaignStatusDto } from '@antt/shared';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '@/modules/dashboard/charts/EChart.tsx';
import { dayText } from '@/ui/forms/day-text.ts';
import { campaignChartSeries } from '../campaign-chart-series.ts';
import { formatCompactCount, formatCount, formatCountRange, formatRate } from '../campaign-numbers.ts';

const ACTUAL_COLOUR = '#1864ab';
const BAND_COLOUR = 'rgba(24, 100, 171, 0.16)';
const TARGET_COLOUR = '#2b8a3e';

const SOLID_ICON = 'path://M0,4L24,4L24,7L0,7Z';
const DASHED_ICON = 'path://M0,4L6,4L6,7L0,7ZM9,4L15,4L15,7L9,7ZM18,4L24,4L24,7L18,7Z';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type CampaignChartProps = { status: CampaignStatusDto; elementName: string };

/**
 * The province's value of the campaign's first element day by day, the target, and the
 * projection to the end date as a dashed line inside its interval. Drawn by the dashboard's
 * ECharts host (SVG, loaded on first use; nothing the Content-Security-Policy refuses).
 */
export function CampaignChart({ status, elementName }: CampaignChartProps) {
  const { t, i18n } = useTranslation('campaigns');
  const language = i18n.language;
  const progress = status.total.progress[0] ?? null;
  const targetRate = status.campaign.elements[0]?.targetRate ?? null;

  const option = useMemo<EChartsCoreOption>(() => {
    const { campaign } = status;
    const projection = progress?.projection ?? null;
    const lines = campaignChartSeries(campaign.startDate, campaign.endDate, status.series, projection);
    const target = progress?.target ?? null;
    const names = {
      actual: t('chart.actual'),
      projected: t('chart.projected'),
      band: t('chart.band', { level: Math.round((projection?.level ?? 0.9) * 100) }),
    };
    return {
      legend: {
        top: 0,
        left: 0,
        itemWidth: 22,
        textStyle: { fontSize: 12 },
        // Drawn icons, so the legend shows the dashed projection as dashed.
        data: [
          { name: names.actual, icon: SOLID_ICON },
          { name: names.projected, icon: DASHED_ICON },
          { name: names.band, icon: 'roundRect' },
        ],
      },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: (params: { dataIndex: number }[]) => {
          const i = params[0]?.dataIndex ?? 0;
          const rows = [`<strong>${escapeHtml(dayText(lines.days[i]!))}</strong>`];
          const actual = lines.actual[i];
          if (actual !== null && actual !== undefined)
            rows.push(
              `${escapeHtml(names.actual)}: <strong>${escapeHtml(formatCount(actual, language))}</strong>`,
            );
          const projected = lines.projected[i];
          const low = lines.bandLow[i];
          const height = lines.bandHeight[i];
          if (projected !== null && projected !== undefined && (actual === null || actual === undefined)) {
            rows.push(
              `${escapeHtml(names.projected)}: <strong>${escapeHtml(formatCount(projected, language))}</strong>`,
            );
            if (low !== null && low !== undefined && height !== null && height !== undefined)
              rows.push(
                `${escapeHtml(names.band)}: ${escapeHtml(formatCountRange(low, low + height, language))}`,
              );
          }
          if (target !== null)
            rows.push(`${escapeHtml(t('chart.target'))}: ${escapeHtml(formatCount(target, language))}`);
          return rows.join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: lines.days.map((day) => dayText(day).slice(0, 5)),
        axisLabel: { fontSize: 11, hideOverlap: true },
      },
      yAxis: {
        type: 'value',
        // A running total starts far above zero; the target must stay in view.
        scale: true,
        axisLabel: { fontSize: 11, formatter: (v: number) => formatCompactCount(v, language) },
        splitLine: { lineStyle: { color: '#e9ecef' } },
      },
      series: [
        {
          name: names.actual,
          type: 'line',
          data: lines.actual,
          color: ACTUAL_COLOUR,
          symbol: 'none',
          lineStyle: { width: 3 },
          connectNulls: true,
          z: 3,
          markLine:
            target === null
              ? undefined
              : {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: TARGET_COLOUR, type: 'solid', width: 2 },
                  label: {
                    position: 'insideStartTop',
                    color: TARGET_COLOUR,
                    fontSize: 12,
                    fontWeight: 'bold',
                    formatter: () =>
                      targetRate === null
                        ? t('chart.targetLine', { target: formatCount(target, language) })
                        : t('chart.targetLineRate', {
                            target: formatCount(target, language),
                            rate: formatRate(targetRate, language),
                          }),
                  },
                  data: [{ yAxis: target }],
                },
        },
        // The target as an invisible point, so the axis reaches it with round ticks.
        {
          name: 'target-extent',
          type: 'line',
          data: target === null ? [] : [target],
          symbol: 'none',
          lineStyle: { opacity: 0 },
          silent: true,
        },
        // The band is a stack: an invisible lower edge, then its height filled.
        {
          name: 'band-low',
          type: 'line',
          data: lines.bandLow,
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          silent: true,
          tooltip: { show: false },
        },
        {
          name: names.band,
          type: 'line',
          data: lines.bandHeight,
          stack: 'band',
          color: BAND_COLOUR,
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: BAND_COLOUR },
          silent: true,
        },
        {
          name: names.projected,
          type: 'line',
          data: lines.projected,
          color: ACTUAL_COLOUR,
          symbol: 'none',
          lineStyle: { width: 2, type: 'dashed' },
          z: 2,
        },
      ],
    };
  }, [status, progress, targetRate, language, t]);

  return (
    <EChart
      option={option}
      height={320}
      label={t('chart.label', { element: elementName })}
      testId="campaign-chart"
    />
  );
}
