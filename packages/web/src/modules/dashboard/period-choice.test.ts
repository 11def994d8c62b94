import { dayFromIso, parsePeriod, type PeriodKind } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import {
  defaultPeriodOf,
  isRunning,
  latestStarted,
  PICKER_KINDS,
  periodOptions,
  shortPeriodLabel,
} from './period-choice.ts';

const today = dayFromIso('2026-11-28');

describe('the period picker', () => {
  it('knows the Decree 09 period a day falls in: from the 15th it is next month’s', () => {
    expect(latestStarted('report_month', dayFromIso('2026-11-14')).code).toBe('bc:2026-11');
    expect(latestStarted('report_month', today).code).toBe('bc:2026-12');
    expect(latestStarted('report_quarter', today).code).toBe('bc:2026-Q4');
    expect(latestStarted('report_year', dayFromIso('2026-12-20')).code).toBe('bc:2027');
    expect(latestStarted('term', today).code).toBe('term:2025-2030');
    expect(latestStarted('iso_week', dayFromIso('2027-01-01')).code).toBe('2026-W53');
  });

  it('opens a kind on its latest finished period, so cùng kỳ compares whole periods', () => {
    expect(defaultPeriodOf('report_quarter', today).code).toBe('bc:2026-Q3');
    expect(defaultPeriodOf('year', today).code).toBe('2025');
    expect(defaultPeriodOf('month', today).code).toBe('2026-10');
    expect(defaultPeriodOf('report_nine_months', today).code).toBe('bc:2026-9M');
    expect(defaultPeriodOf('term', today).code).toBe('term:2020-2025');
    expect(defaultPeriodOf('year_to_date', today).code).toBe('ytd:2026-11-28');
    // A range keeps the dates shown before, cut at today.
    expect(defaultPeriodOf('custom', today, parsePeriod('bc:2026-Q4')).code).toBe('2026-09-15..2026-11-28');
  });

  it('every kind it offers has a default the grammar accepts and that has ended by today', () => {
    for (const { kind } of PICKER_KINDS) {
      const period = defaultPeriodOf(kind as PeriodKind, today);
      expect(parsePeriod(period.code).code, kind).toBe(period.code);
      expect(period.end, kind).toBeLessThanOrEqual(today);
    }
  });

  it('lists periods newest first and keeps an old one chosen by address', () => {
    const quarters = periodOptions('report_quarter', today);
    expect(quarters.slice(0, 3).map((p) => p.code)).toEqual(['bc:2026-Q4', 'bc:2026-Q3', 'bc:2026-Q2']);
    expect(quarters).toHaveLength(20);
    const old = periodOptions('report_quarter', today, parsePeriod('bc:2015-Q2'));
    expect(old.at(-1)!.code).toBe('bc:2015-Q2');
    expect(isRunning(quarters[0]!, today)).toBe(true);
    expect(isRunning(quarters[1]!, today)).toBe(false);
  });

  it('writes short axis labels', () => {
    expect(shortPeriodLabel(parsePeriod('bc:2026-Q3'), 'vi')).toBe('Q.III/2026');
    expect(shortPeriodLabel(parsePeriod('bc:2026-03'), 'vi')).toBe('T3/2026');
    expect(shortPeriodLabel(parsePeriod('2026-W07'), 'en')).toBe('W07 2026');
    expect(shortPeriodLabel(parsePeriod('r28:2026-03-14'), 'vi')).toBe('14/03/2026');
    expect(shortPeriodLabel(parsePeriod('ytd:2025-11-28'), 'vi')).toBe('2025');
  });
});
