import { describe, expect, it } from 'vitest';
import { addDays, isoFromDay } from '../time/vn-day.ts';

const previousDay = (d: number) => addDays(d, -1);
import {
  isoWeekOf,
  isoWeeksInYear,
  parsePeriod,
  periodLabel,
  periodLength,
  PeriodSyntaxError,
  previousPeriod,
  samePeriodYearsBefore,
  type Period,
} from './period.ts';

// Every period type of the grammar with its exact first and last day, its "cùng kỳ" twin, and
// the edges: leap years, ISO weeks that belong to the neighbouring year, Decree 09 periods that
// start in December of the year before.

const span = (p: Period) => [isoFromDay(p.start), isoFromDay(p.end)];
const range = (text: string) => span(parsePeriod(text));
const lastYear = (text: string) => {
  const p = samePeriodYearsBefore(parsePeriod(text));
  return [p.code, ...span(p)];
};

describe('calendar periods', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
    ['2025-H1', '2025-01-01', '2025-06-30'],
    ['2025-H2', '2025-07-01', '2025-12-31'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2025-12', '2025-12-01', '2025-12-31'],
    ['2025-03-14', '2025-03-14', '2025-03-14'],
    ['2024-02-29', '2024-02-29', '2024-02-29'],
    ['2025-01-01..2025-03-31', '2025-01-01', '2025-03-31'],
    ['2025-03-14..2025-03-14', '2025-03-14', '2025-03-14'],
  ])('%s runs %s to %s', (text, start, end) => {
    expect(range(text)).toEqual([start, end]);
  });

  it('counts the days of a leap year and of February', () => {
    expect(periodLength(parsePeriod('2024'))).toBe(366);
    expect(periodLength(parsePeriod('2025'))).toBe(365);
    expect(periodLength(parsePeriod('2024-02'))).toBe(29);
    expect(periodLength(parsePeriod('2024-Q1'))).toBe(91);
    expect(periodLength(parsePeriod('2025-Q1'))).toBe(90);
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2025-W01', '2024-12-30', '2025-01-05'],
    ['2025-W07', '2025-02-10', '2025-02-16'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2021-W01', '2021-01-04', '2021-01-10'],
    ['2015-W53', '2015-12-28', '2016-01-03'],
  ])('%s runs Monday %s to Sunday %s', (text, start, end) => {
    expect(range(text)).toEqual([start, end]);
  });

  it('knows which years have 53 weeks', () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(() => parsePeriod('2025-W53')).toThrow(PeriodSyntaxError);
  });

  it('finds the ISO week of days at the turn of the year', () => {
    expect(isoWeekOf(20250101)).toEqual({ isoYear: 2025, week: 1 });
    expect(isoWeekOf(20241230)).toEqual({ isoYear: 2025, week: 1 });
    expect(isoWeekOf(20210103)).toEqual({ isoYear: 2020, week: 53 });
    expect(isoWeekOf(20260101)).toEqual({ isoYear: 2026, week: 1 });
  });
});

describe('Decree 09/2019/NĐ-CP reporting periods', () => {
  it.each([
    ['bc:2026', '2025-12-15', '2026-12-14'],
    ['bc:2025', '2024-12-15', '2025-12-14'],
    ['bc:2025-01', '2024-12-15', '2025-01-14'],
    ['bc:2025-03', '2025-02-15', '2025-03-14'],
    ['bc:2024-03', '2024-02-15', '2024-03-14'],
    ['bc:2025-12', '2025-11-15', '2025-12-14'],
    ['bc:2025-Q1', '2024-12-15', '2025-03-14'],
    ['bc:2025-Q2', '2025-03-15', '2025-06-14'],
    ['bc:2025-Q3', '2025-06-15', '2025-09-14'],
    ['bc:2025-Q4', '2025-09-15', '2025-12-14'],
    ['bc:2025-H1', '2024-12-15', '2025-06-14'],
    ['bc:2025-H2', '2025-06-15', '2025-12-14'],
    ['bc:2025-9M', '2024-12-15', '2025-09-14'],
  ])('%s runs %s to %s', (text, start, end) => {
    expect(range(text)).toEqual([start, end]);
  });

  it('a reporting year spans 365 or 366 days: 2024 holds 29 February', () => {
    expect(periodLength(parsePeriod('bc:2024'))).toBe(366);
    expect(periodLength(parsePeriod('bc:2025'))).toBe(365);
    // bc:2024-03 runs 15 Feb to 14 Mar 2024 and holds the leap day.
    expect(periodLength(parsePeriod('bc:2024-03'))).toBe(29);
    expect(periodLength(parsePeriod('bc:2025-03'))).toBe(28);
  });

  it('the four reporting quarters tile the reporting year without gap or overlap', () => {
    const quarters = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => parsePeriod(`bc:2025-${q}`));
    expect(quarters[0]!.start).toBe(parsePeriod('bc:2025').start);
    expect(quarters[3]!.end).toBe(parsePeriod('bc:2025').end);
    const total = quarters.reduce((n, q) => n + periodLength(q), 0);
    expect(total).toBe(periodLength(parsePeriod('bc:2025')));
  });
});

describe('rolling, year-to-date and term periods', () => {
  it.each([
    ['r28:2025-03-14', '2025-02-15', '2025-03-14'],
    ['r28:2024-03-14', '2024-02-16', '2024-03-14'],
    ['ytd:2025-03-14', '2025-01-01', '2025-03-14'],
    ['ytd:2024-12-31', '2024-01-01', '2024-12-31'],
    ['term:2020-2025', '2020-12-15', '2025-12-14'],
  ])('%s runs %s to %s', (text, start, end) => {
    expect(range(text)).toEqual([start, end]);
  });

  it('r28 is always 28 days, across a leap day too', () => {
    expect(periodLength(parsePeriod('r28:2024-03-14'))).toBe(28);
    expect(periodLength(parsePeriod('r28:2025-01-10'))).toBe(28);
  });
});

describe('the same period last year (cùng kỳ)', () => {
  it.each([
    ['2025', '2024', '2024-01-01', '2024-12-31'],
    ['2025-Q1', '2024-Q1', '2024-01-01', '2024-03-31'],
    ['2025-H2', '2024-H2', '2024-07-01', '2024-12-31'],
    ['2025-02', '2024-02', '2024-02-01', '2024-02-29'],
    ['2025-W07', '2024-W07', '2024-02-12', '2024-02-18'],
    ['2021-W01', '2020-W01', '2019-12-30', '2020-01-05'],
    ['2026-W53', '2025-W52', '2025-12-22', '2025-12-28'],
    ['2025-03-14', '2024-03-14', '2024-03-14', '2024-03-14'],
    ['2024-02-29', '2023-02-28', '2023-02-28', '2023-02-28'],
    ['bc:2026', 'bc:2025', '2024-12-15', '2025-12-14'],
    ['bc:2025-Q1', 'bc:2024-Q1', '2023-12-15', '2024-03-14'],
    ['bc:2025-03', 'bc:2024-03', '2024-02-15', '2024-03-14'],
    ['bc:2025-9M', 'bc:2024-9M', '2023-12-15', '2024-09-14'],
    ['r28:2025-03-14', 'r28:2024-03-14', '2024-02-16', '2024-03-14'],
    ['ytd:2024-02-29', 'ytd:2023-02-28', '2023-01-01', '2023-02-28'],
    ['2025-01-01..2025-03-31', '2024-01-01..2024-03-31', '2024-01-01', '2024-03-31'],
    ['term:2020-2025', 'term:2015-2020', '2015-12-15', '2020-12-14'],
  ])('%s → %s (%s to %s)', (text, code, start, end) => {
    expect(lastYear(text)).toEqual([code, start, end]);
  });

  it('goes back several years for a baseline', () => {
    const p = samePeriodYearsBefore(parsePeriod('bc:2026-Q1'), 3);
    expect([p.code, ...span(p)]).toEqual(['bc:2023-Q1', '2022-12-15', '2023-03-14']);
  });
});

describe('the period before (trend steps)', () => {
  it.each([
    ['2025', '2024'],
    ['2025-Q1', '2024-Q4'],
    ['2025-Q3', '2025-Q2'],
    ['2025-H1', '2024-H2'],
    ['2025-01', '2024-12'],
    ['2024-03', '2024-02'],
    ['2025-W01', '2024-W52'],
    ['2021-W01', '2020-W53'],
    ['2024-03-01', '2024-02-29'],
    ['bc:2025', 'bc:2024'],
    ['bc:2025-Q1', 'bc:2024-Q4'],
    ['bc:2025-H2', 'bc:2025-H1'],
    ['bc:2025-01', 'bc:2024-12'],
    ['bc:2025-9M', 'bc:2024-9M'],
    ['r28:2025-03-14', 'r28:2025-02-14'],
    ['ytd:2025-03-14', 'ytd:2024-03-14'],
    ['term:2020-2025', 'term:2015-2020'],
    ['2025-01-11..2025-01-20', '2025-01-01..2025-01-10'],
  ])('%s → %s', (text, before) => {
    expect(previousPeriod(parsePeriod(text)).code).toBe(before);
  });

  it('steps back without gap or overlap for consecutive kinds', () => {
    for (const text of ['2025-Q1', 'bc:2025-03', '2025-W10', 'r28:2025-03-14', '2025-03']) {
      const p = parsePeriod(text);
      expect(isoFromDay(previousPeriod(p).end), text).toBe(isoFromDay(previousDay(p.start)));
    }
  });
});

describe('bad input', () => {
  it.each([
    ['', 'write e.g.'],
    ['2025-13', 'months are 01..12'],
    ['2025-00', 'months are 01..12'],
    ['2025-02-30', 'not a calendar day'],
    ['2023-02-29', 'not a calendar day'],
    ['2025-Q5', 'write e.g.'],
    ['bc:2025-13', 'months are 01..12'],
    ['2025-03-31..2025-01-01', 'ends before it starts'],
    ['term:2025-2020', 'earlier year'],
    ['1066', 'outside'],
    ['r28:2025-02-29', 'not a calendar day'],
    ['2025; drop table incidents', 'write e.g.'],
  ])('%j is refused with the reason', (text, reason) => {
    expect(() => parsePeriod(text)).toThrow(reason);
  });
});

describe('labels', () => {
  it.each([
    ['2025', 'Năm 2025', 'Year 2025'],
    ['2025-Q1', 'Quý I/2025', 'Q1 2025'],
    ['2025-H1', '6 tháng đầu năm 2025', 'First half of 2025'],
    ['2025-03', 'Tháng 3/2025', '2025-03'],
    [
      'bc:2025-Q1',
      'Quý I/2025 (kỳ báo cáo) (15/12/2024–14/03/2025)',
      'Reporting Q1 2025 (2024-12-15 to 2025-03-14)',
    ],
    [
      'term:2020-2025',
      'Nhiệm kỳ 2020–2025 (15/12/2020–14/12/2025)',
      'Term 2020-2025 (2020-12-15 to 2025-12-14)',
    ],
    ['ytd:2025-03-14', 'Từ đầu năm đến 14/03/2025', 'Year to 2025-03-14'],
  ])('%s reads "%s" / "%s"', (text, vi, en) => {
    expect(periodLabel(parsePeriod(text), 'vi')).toBe(vi);
    expect(periodLabel(parsePeriod(text), 'en')).toBe(en);
  });
});
