import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vn2025 from '../../../../data/holidays/vn-2025.json' with { type: 'json' };
import vn2026 from '../../../../data/holidays/vn-2026.json' with { type: 'json' };
import { addDays, vnDayOf } from '../time/vn-day.ts';
import { explainDeadline } from './deadline-explanation.ts';
import { DEFAULT_DEADLINE_RULES, type DeadlineRules } from './deadline-rules.ts';
import {
  computeDeadline,
  expiryOfHourLimit,
  expiryOfLastDay,
  lastDayOfLimit,
  parseLimit,
  vnInstantText,
} from './deadline.ts';
import { officialHolidayYearSchema } from './holiday.schemas.ts';
import { buildHolidayCalendar, isWorkingDay } from './holidays/holiday-calendar.ts';

// BLTTHS 2015 art. 134 with exact dates. The calendar is the one the server uses: computed
// defaults overlaid by the shipped decisions (data/holidays/), here for 2024–2031.
const calendar = buildHolidayCalendar({
  fromYear: 2024,
  toYear: 2031,
  official: [officialHolidayYearSchema.parse(vn2025), officialHolidayYearSchema.parse(vn2026)],
});
const last = (start: number, limit: string, rules: DeadlineRules = DEFAULT_DEADLINE_RULES) =>
  lastDayOfLimit(start, parseLimit(limit), rules, calendar);

describe('parseLimit', () => {
  it('reads 20d, 2m, 1m and 24h, and refuses anything else', () => {
    expect(parseLimit('20d')).toEqual({ amount: 20, unit: 'day' });
    expect(parseLimit('2m')).toEqual({ amount: 2, unit: 'month' });
    expect(parseLimit(' 1M ')).toEqual({ amount: 1, unit: 'month' });
    expect(parseLimit('24h')).toEqual({ amount: 24, unit: 'hour' });
    for (const bad of ['', '0d', '20', 'd20', '2 months', '-1m', '1.5m']) {
      expect(() => parseLimit(bad), bad).toThrow(RangeError);
    }
  });
});

describe('limits in months (art. 134(1): same date, or the month’s last day, then the first working day)', () => {
  it('2 months from 14/12/2025 end on Monday 23/02/2026, after the Tết break', () => {
    // Same date two months later: Saturday 14/02/2026, the first day of the Tết break
    // (Sat 14 – Sun 22 February, Thông báo 9441/TB-BNV) → first working day Monday 23/02.
    const d = computeDeadline(20251214, parseLimit('2m'), DEFAULT_DEADLINE_RULES, calendar);
    expect(d.countedLastDay).toBe(20260214);
    expect(d.lastDay).toBe(20260223);
    expect(d.skippedDaysOff.map((s) => s.day)).toEqual([
      20260214, 20260215, 20260216, 20260217, 20260218, 20260219, 20260220, 20260221, 20260222,
    ]);
    expect(explainDeadline(d)).toContain(
      '14/02/2026 là thứ Bảy → ngày làm việc đầu tiên sau đó là thứ Hai 23/02/2026',
    );
  });

  it('1 month from 31/01/2026 ends on Monday 02/03/2026 (no 31 February; 28/02 is a Saturday)', () => {
    const d = computeDeadline(20260131, parseLimit('1m'), DEFAULT_DEADLINE_RULES, calendar);
    expect(d).toMatchObject({ countedLastDay: 20260228, monthEndClamped: true, lastDay: 20260302 });
    expect(explainDeadline(d)).toContain('tháng 02/2026 không có ngày 31 → ngày cuối tháng 28/02/2026');
    expect(explainDeadline(d)).toContain('28/02/2026 là thứ Bảy → ngày làm việc đầu tiên sau đó');
  });

  it('handles the ends of months', () => {
    expect(last(20250131, '1m')).toBe(20250228); // Friday, a working day
    expect(last(20280131, '1m')).toBe(20280229); // leap year: Tuesday 29/02/2028
    expect(last(20251130, '3m')).toBe(20260302); // no 30/02/2026 → Saturday 28/02 → Monday
    expect(last(20261130, '3m')).toBe(20270301); // 28/02/2027 is a Sunday → Monday 01/03
    expect(last(20260115, '1m')).toBe(20260223); // Sunday 15/02/2026, inside the Tết break
  });

  it('moves a limit ending on a weekday holiday past the whole break', () => {
    // 30/04/2026 (Thursday, Ngày Chiến thắng), 01/05 (Friday), weekend → Monday 04/05.
    expect(last(20260330, '1m')).toBe(20260504);
    // 27/04/2026: compensatory day for Hùng Kings' day on Sunday 26/04 → Tuesday 28/04.
    expect(last(20260327, '1m')).toBe(20260428);
    // 31/08/2026: Monday swapped for Saturday 22/08, then 1–2/9 National Day → Thursday 03/09.
    expect(last(20260731, '1m')).toBe(20260903);
    const d = computeDeadline(20260731, parseLimit('1m'), DEFAULT_DEADLINE_RULES, calendar);
    expect(explainDeadline(d)).toContain('31/08/2026 (thứ Hai) là ngày nghỉ: Nghỉ hoán đổi dịp Quốc khánh');
  });
});

describe('limits in days (art. 134(1): end at 24:00 of the last day) under each reading', () => {
  // 20 days from Monday 26/01/2026 run into the Tết break of 14–22/02/2026.
  //   receipt day not counted: 26/01 + 20 days = Sunday 15/02/2026;
  //   receipt day is day 1:    26/01 + 19 days = Saturday 14/02/2026;
  //   with the day-off rule, either day moves past the break (16–20/02 Tết, 21–22 weekend)
  //   to Monday 23/02/2026; without it, the counted day stands even though it is a day off.
  const cases: [DeadlineRules, number][] = [
    [{ receiptDayCountsAsDayOne: false, dayOffRuleForDayLimits: false }, 20260215],
    [{ receiptDayCountsAsDayOne: false, dayOffRuleForDayLimits: true }, 20260223],
    [{ receiptDayCountsAsDayOne: true, dayOffRuleForDayLimits: false }, 20260214],
    [{ receiptDayCountsAsDayOne: true, dayOffRuleForDayLimits: true }, 20260223],
  ];
  for (const [rules, expected] of cases) {
    it(`20d from 26/01/2026 with ${JSON.stringify(rules)} ends on ${expected}`, () => {
      expect(last(20260126, '20d', rules)).toBe(expected);
    });
  }

  it('says why a day limit stayed on a day off when the rule is off', () => {
    const d = computeDeadline(20260126, parseLimit('20d'), DEFAULT_DEADLINE_RULES, calendar);
    expect(explainDeadline(d)).toContain('15/02/2026 là Chủ nhật nhưng hạn tính theo ngày không lùi');
  });

  it('treats a make-up Saturday as a working day', () => {
    // 02/08/2026 + 20 days = Saturday 22/08/2026, worked in exchange for Monday 31/08.
    expect(last(20260802, '20d', { receiptDayCountsAsDayOne: false, dayOffRuleForDayLimits: true })).toBe(
      20260822,
    );
  });
});

describe('instants', () => {
  it('ends a day at 24:00 Vietnam time, i.e. 17:00 UTC', () => {
    expect(expiryOfLastDay(20260223).toISOString()).toBe('2026-02-23T17:00:00.000Z');
    expect(vnInstantText(expiryOfLastDay(20260223))).toBe('2026-02-24T00:00:00+07:00');
  });

  it('counts hour limits from the instant of receipt', () => {
    const receivedAt = new Date('2026-02-13T16:30:00Z'); // 23:30 on Friday 13/02 in Vietnam
    expect(expiryOfHourLimit(receivedAt, parseLimit('24h')).toISOString()).toBe('2026-02-14T16:30:00.000Z');
    expect(() => lastDayOfLimit(20260213, parseLimit('24h'), DEFAULT_DEADLINE_RULES, calendar)).toThrow(
      RangeError,
    );
  });
});

describe('properties', () => {
  const startDay = fc.integer({ min: 0, max: 365 * 5 }).map((n) => addDays(20240101, n));
  const rules = fc.record({ dayOffRuleForDayLimits: fc.boolean(), receiptDayCountsAsDayOne: fc.boolean() });
  const limit = fc.oneof(
    fc.integer({ min: 1, max: 4 }).map((amount) => ({ amount, unit: 'month' as const })),
    fc.integer({ min: 1, max: 60 }).map((amount) => ({ amount, unit: 'day' as const })),
  );

  it('never ends a month limit on a day off', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 4 }), rules, (start, months, r) => {
        const day = lastDayOfLimit(start, { amount: months, unit: 'month' }, r, calendar);
        expect(isWorkingDay(day, calendar)).toBe(true);
      }),
    );
  });

  it('never ends earlier for a later start', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 0, max: 40 }), limit, rules, (start, gap, l, r) => {
        expect(lastDayOfLimit(addDays(start, gap), l, r, calendar)).toBeGreaterThanOrEqual(
          lastDayOfLimit(start, l, r, calendar),
        );
      }),
    );
  });

  it('ends a day limit without the day-off rule exactly N (or N − 1) days after the start', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 60 }), fc.boolean(), (start, n, dayOne) => {
        const r = { dayOffRuleForDayLimits: false, receiptDayCountsAsDayOne: dayOne };
        expect(lastDayOfLimit(start, { amount: n, unit: 'day' }, r, calendar)).toBe(
          addDays(start, dayOne ? n - 1 : n),
        );
      }),
    );
  });

  it('moves only across days off, onto the first working day', () => {
    fc.assert(
      fc.property(startDay, limit, rules, (start, l, r) => {
        const d = computeDeadline(start, l, r, calendar);
        for (const skipped of d.skippedDaysOff) expect(isWorkingDay(skipped.day, calendar)).toBe(false);
        if (d.lastDay !== d.countedLastDay) expect(isWorkingDay(d.lastDay, calendar)).toBe(true);
        expect(vnDayOf(new Date(expiryOfLastDay(d.lastDay).getTime() - 1))).toBe(d.lastDay);
      }),
    );
  });
});
