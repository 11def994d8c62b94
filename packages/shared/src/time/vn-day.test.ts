import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayFromIso, isoFromDay, isValidIsoDay, vnDayOf, vnStartOfDay } from './vn-day.ts';

describe('Vietnamese calendar days', () => {
  it('takes the day in UTC+7 whatever the instant', () => {
    // 17:00 UTC on 30 June is already 1 July in Vietnam: the first day of the 2025 units.
    expect(vnDayOf(new Date('2025-06-30T16:59:59Z'))).toBe(20250630);
    expect(vnDayOf(new Date('2025-06-30T17:00:00Z'))).toBe(20250701);
  });

  it('rejects days that do not exist', () => {
    expect(isValidIsoDay('2025-02-29')).toBe(false);
    expect(isValidIsoDay('2024-02-29')).toBe(true);
    expect(isValidIsoDay('2025-13-01')).toBe(false);
    expect(isValidIsoDay('2025-1-01')).toBe(false);
    expect(() => dayFromIso('2026-02-30')).toThrow(RangeError);
  });

  it('adds days across month and year ends', () => {
    expect(addDays(20251231, 1)).toBe(20260101);
    expect(addDays(20240228, 1)).toBe(20240229);
    expect(addDays(20250301, -1)).toBe(20250228);
  });

  it('round-trips every day between ISO text, day numbers and the start instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (offset) => {
        const day = addDays(19700101, offset);
        expect(dayFromIso(isoFromDay(day))).toBe(day);
        expect(vnDayOf(vnStartOfDay(day))).toBe(day);
        expect(vnDayOf(new Date(vnStartOfDay(day).getTime() - 1))).toBe(addDays(day, -1));
      }),
    );
  });
});
