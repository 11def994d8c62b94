import { describe, expect, it } from 'vitest';
import { campaignChartSeries, campaignDays } from './campaign-chart-series.ts';

describe('the lines of a campaign chart', () => {
  it('has one slot per campaign day, both ends included, across a month end', () => {
    expect(campaignDays('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(campaignDays('2026-10-01', '2026-12-29')).toHaveLength(90);
    expect(campaignDays('2026-01-01', '2099-01-01', 50)).toHaveLength(50);
  });

  it('runs the projection and its band from the last value to the end date', () => {
    const lines = campaignChartSeries(
      '2026-12-01',
      '2026-12-05',
      [
        { date: '2026-12-01', value: 100 },
        { date: '2026-12-02', value: 110 },
        { date: '2026-12-03', value: 120 },
      ],
      { mean: 140, lo: 130, hi: 160, level: 0.9, perDay: 10, requiredPerDay: null },
    );
    expect(lines.actual).toEqual([100, 110, 120, null, null]);
    expect(lines.projected).toEqual([null, null, 120, 130, 140]);
    expect(lines.bandLow).toEqual([null, null, 120, 125, 130]);
    expect(lines.bandHeight).toEqual([null, null, 0, 15, 30]);
  });

  it('draws no projection once the last value is on the end date, or when there is none', () => {
    const days = [
      { date: '2026-12-01', value: 1 },
      { date: '2026-12-02', value: 2 },
    ];
    const projection = { mean: 2, lo: 2, hi: 2, level: 0.9, perDay: 1, requiredPerDay: null };
    expect(campaignChartSeries('2026-12-01', '2026-12-02', days, projection).projected).toEqual([null, null]);
    expect(campaignChartSeries('2026-12-01', '2026-12-03', days, null).projected).toEqual([null, null, null]);
  });

  it('leaves out points outside the campaign', () => {
    const lines = campaignChartSeries('2026-12-02', '2026-12-03', [{ date: '2026-12-01', value: 5 }], null);
    expect(lines.actual).toEqual([null, null]);
  });
});
