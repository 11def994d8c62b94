import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../time/vn-day.ts';
import { apparentSolarLongitudeTt, newMoonJde } from './astronomy.ts';
import {
  julianDayNumber,
  lastDayOfLunarYear,
  lunarDateOfDay,
  lunarNewYear,
  lunarYearName,
  solarDayOfLunarDate,
} from './lunar-calendar.ts';

const CHINA_UTC_OFFSET_HOURS = 8;

describe('astronomy (Meeus)', () => {
  it('reproduces the worked examples of Astronomical Algorithms', () => {
    // Example 49.a: the new moon of February 1977 (k = −283) at JDE 2443192.65118.
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
    // Example 25.a: the Sun's apparent longitude on 1992 October 13.0 TD is 199.90895°.
    expect(apparentSolarLongitudeTt(2448908.5)).toBeCloseTo(199.90895, 3);
  });
});

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('places Tết Nguyên đán on the known dates', () => {
    expect(lunarNewYear(2024)).toBe(20240210);
    expect(lunarNewYear(2025)).toBe(20250129);
    expect(lunarNewYear(2026)).toBe(20260217); // Tết Bính Ngọ
    expect(lunarNewYear(2027)).toBe(20270206);
    expect(lunarYearName(2026)).toBe('Bính Ngọ');
    expect(lunarYearName(2025)).toBe('Ất Tỵ');
  });

  it('differs from the Chinese (UTC+8) calendar when a new moon or the solstice falls in the hour before midnight in Hanoi', () => {
    // 1985: the December solstice of 1984 fell at 23:23 on the 21st in Hanoi but at 00:23 on
    // the 22nd in Beijing — the day a new month began there. So month 11 (the month holding
    // the solstice) began on 23 November in Vietnam and on 22 December in China, and Tết came
    // one lunation earlier in Vietnam.
    expect(lunarNewYear(1985)).toBe(19850121);
    expect(lunarNewYear(1985, CHINA_UTC_OFFSET_HOURS)).toBe(19850220);
    // 2007: new moon at 23:14 in Hanoi on 17 February, 00:14 on the 18th in Beijing.
    expect(lunarNewYear(2007)).toBe(20070217);
    expect(lunarNewYear(2007, CHINA_UTC_OFFSET_HOURS)).toBe(20070218);
    // 2030: new moon on 2 February at 16:07 UT = 23:07 in Hanoi. Vietnam's Tết is 2 February;
    // 3 February (the date the brief listed) is China's.
    expect(lunarNewYear(2030)).toBe(20300202);
    expect(lunarNewYear(2030, CHINA_UTC_OFFSET_HOURS)).toBe(20300203);
    // 1968, the year North Vietnam moved to UTC+7: Tết 29 January in the North, 30 in the South.
    expect(lunarNewYear(1968)).toBe(19680129);
    expect(lunarNewYear(1968, CHINA_UTC_OFFSET_HOURS)).toBe(19680130);
  });

  it("places Hùng Kings' day (10th day of the 3rd month)", () => {
    expect(solarDayOfLunarDate({ year: 2025, month: 3, day: 10, leap: false })).toBe(20250407);
    expect(solarDayOfLunarDate({ year: 2026, month: 3, day: 10, leap: false })).toBe(20260426);
  });

  it('reads solar days as lunar dates, leap months included', () => {
    expect(lunarDateOfDay(20260216)).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(lastDayOfLunarYear(2025)).toBe(20260216);
    expect(lunarDateOfDay(20260214)).toEqual({ year: 2025, month: 12, day: 27, leap: false });
    expect(lunarDateOfDay(20260222)).toEqual({ year: 2026, month: 1, day: 6, leap: false });
    // Ất Tỵ (2025) had a leap 6th month from 25 July; Quý Mão (2023) a leap 2nd month.
    expect(lunarDateOfDay(20250725)).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(lunarDateOfDay(20230322)).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarDayOfLunarDate({ year: 2025, month: 6, day: 1, leap: true })).toBe(20250725);
  });

  it('refuses lunar dates that do not exist', () => {
    expect(() => solarDayOfLunarDate({ year: 2026, month: 6, day: 1, leap: true })).toThrow(RangeError);
    expect(() => solarDayOfLunarDate({ year: 2026, month: 1, day: 31, leap: false })).toThrow(RangeError);
  });

  it('round-trips every day between 1950 and 2100 through its lunar date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 55_000 }), (offset) => {
        const day = addDays(19500101, offset);
        const lunar = lunarDateOfDay(day);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
        expect(solarDayOfLunarDate(lunar)).toBe(day);
      }),
      { numRuns: 300 },
    );
  });

  it('makes every lunar year 353–355 days long, or 383–385 with a leap month', () => {
    for (let year = 1950; year <= 2100; year++) {
      const length = julianDayNumber(lunarNewYear(year + 1)) - julianDayNumber(lunarNewYear(year));
      expect([353, 354, 355, 383, 384, 385]).toContain(length);
      // Tết always falls between 21 January and 20 February.
      expect(lunarNewYear(year) % 10_000).toBeGreaterThanOrEqual(121);
      expect(lunarNewYear(year) % 10_000).toBeLessThanOrEqual(220);
    }
  });
});
