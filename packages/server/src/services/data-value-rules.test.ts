import { PROJECT06_ELEMENTS } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import {
  checkCumulative,
  checkOutlier,
  checkRange,
  checkValueType,
  judgeOutlier,
  type SeriesPoint,
} from './data-value-rules.ts';

// The value rules as pure functions: the numbers each message states, the robust outlier bound
// (median ± max(5 × 1.4826 × MAD, 3 + median / 2)), and running totals judged by their daily rise.

const element = (code: string) => PROJECT06_ELEMENTS.find((e) => e.code === code)!;
const flow = element('p06_dossiers_total');
const total = element('p06_eid2_activated_total');

/** Consecutive days of March 2026 from the 1st, one value each. */
const days = (values: number[], firstDay = 20260301): SeriesPoint[] =>
  values.map((value, i) => {
    const d = firstDay + i;
    const s = String(d);
    return { period: `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`, start: d, end: d, value };
  });

describe('data value rules', () => {
  it('states the numbers of type and range failures in Vietnamese and English', () => {
    expect(checkValueType(flow, 2.5)).toMatchObject({ rule: 'not_integer' });
    expect(checkValueType(flow, 2.5)!.message).toContain('2,5');
    expect(checkValueType(flow, 2.5)!.message).toContain('2.5');
    expect(checkRange(flow, -1)).toMatchObject({ rule: 'below_min' });
    expect(checkRange(flow, 100_001)!.message).toContain('100.000');
    expect(checkRange(flow, 100_000)).toBeNull();
  });

  it('bounds the distance from the median by 5 scaled MADs, never less than 3 + half the median', () => {
    // Median 20, MAD 1: the bound is max(7.413, 13) = 13.
    const history = [19, 20, 21, 20, 19, 21, 20, 22, 18, 20];
    expect(judgeOutlier(history, 33)).toMatchObject({ outlier: false, median: 20, tolerance: 13 });
    expect(judgeOutlier(history, 33.5).outlier).toBe(true);
    // A wide spread widens the bound: median 50, MAD 20 → 148.26.
    const spread = [10, 30, 50, 70, 90, 30, 50, 70];
    expect(judgeOutlier(spread, 190).outlier).toBe(false);
    expect(judgeOutlier(spread, 200).outlier).toBe(true);
  });

  it('judges only with at least 8 earlier values, and a comment lifts the check', () => {
    const seven = days([20, 21, 19, 20, 22, 20, 21]);
    expect(checkOutlier(flow, 500, 20260308, seven, null)).toBeNull();
    const eight = days([20, 21, 19, 20, 22, 20, 21, 20]);
    expect(checkOutlier(flow, 500, 20260309, eight, null)).toMatchObject({ rule: 'outlier_needs_comment' });
    expect(checkOutlier(flow, 500, 20260309, eight, 'Ngày cao điểm')).toBeNull();
  });

  it('judges a running total by its daily rise, spreading a rise over the days missed', () => {
    // Rises of 10 a day for nine days.
    const history = days([100, 110, 120, 130, 140, 150, 160, 170, 180, 190]);
    expect(checkOutlier(total, 200, 20260311, history, null)).toBeNull();
    expect(checkOutlier(total, 260, 20260311, history, null)).toMatchObject({
      rule: 'outlier_needs_comment',
    });
    // Five days later a rise of 50 is the same pace.
    expect(checkOutlier(total, 240, 20260315, history, null)).toBeNull();
  });

  it('refuses a running total below the latest earlier value or above a later one, naming it', () => {
    const [earlier, later] = days([500, 600], 20260301);
    const below = checkCumulative(total, 450, earlier, later);
    expect(below).toMatchObject({ rule: 'cumulative_decreased' });
    expect(below!.message).toContain('01/03/2026');
    expect(checkCumulative(total, 650, earlier, later)!.message).toContain('02/03/2026');
    expect(checkCumulative(total, 550, earlier, later)).toBeNull();
    expect(checkCumulative(flow, 1, earlier, later)).toBeNull();
  });
});
