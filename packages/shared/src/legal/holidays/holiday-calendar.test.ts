import { describe, expect, it } from 'vitest';
import vn2025 from '../../../../../data/holidays/vn-2025.json' with { type: 'json' };
import vn2026 from '../../../../../data/holidays/vn-2026.json' with { type: 'json' };
import { officialHolidayYearSchema } from '../holiday.schemas.ts';
import {
  buildHolidayCalendar,
  calendarEntriesOfYear,
  defaultHolidaysForYear,
  defaultNationalDayCompanion,
  isWorkingDay,
} from './holiday-calendar.ts';

const official = [officialHolidayYearSchema.parse(vn2025), officialHolidayYearSchema.parse(vn2026)];
const daysOff = (entries: { day: number; kind: string }[]) =>
  entries.filter((e) => e.kind === 'day_off').map((e) => e.day);

describe('default holidays (Labour Code 2019 art. 112, compensation art. 111(3))', () => {
  it('computes 2026: Tết 16–20 February, Hùng Kings on a Sunday with Monday off, 30/4, 1/5, 1–2/9', () => {
    expect(daysOff(defaultHolidaysForYear(2026))).toEqual([
      20260101, 20260216, 20260217, 20260218, 20260219, 20260220, 20260426, 20260427, 20260430, 20260501,
      20260901, 20260902,
    ]);
  });

  it('gives each holiday on a weekend its own next working day, as the 2022 and 2023 decisions did', () => {
    // 2022: 30/4 Saturday and 1/5 Sunday → Monday 2 and Tuesday 3 May off.
    expect(daysOff(defaultHolidaysForYear(2022))).toEqual(expect.arrayContaining([20220502, 20220503]));
    // 2023: Hùng Kings Saturday 29/4, 30/4 Sunday, 1/5 Monday → 2 and 3 May; 2/9 Saturday → 4/9.
    const y2023 = daysOff(defaultHolidaysForYear(2023));
    expect(y2023).toEqual(expect.arrayContaining([20230429, 20230430, 20230501, 20230502, 20230503]));
    expect(y2023).toEqual(expect.arrayContaining([20230901, 20230902, 20230904]));
  });

  it("chooses National Day's adjacent day the way 2021–2026 were decided", () => {
    expect(defaultNationalDayCompanion(2021)).toBe(20210903); // 2/9 Thursday
    expect(defaultNationalDayCompanion(2022)).toBe(20220901); // Friday
    expect(defaultNationalDayCompanion(2023)).toBe(20230901); // Saturday
    expect(defaultNationalDayCompanion(2024)).toBe(20240903); // Monday
    expect(defaultNationalDayCompanion(2025)).toBe(20250901); // Tuesday
    expect(defaultNationalDayCompanion(2026)).toBe(20260901); // Wednesday
  });
});

describe('calendar layers: computed, then official decisions, then admin edits', () => {
  const calendar = buildHolidayCalendar({ fromYear: 2025, toYear: 2026, official });

  it('replaces the computed Tết 2025 (28/1–1/2 plus Monday 3/2) with the decided 27–31 January', () => {
    const tet = calendarEntriesOfYear(calendar, 2025).filter((e) => e.occasion === 'tet');
    expect(tet.map((e) => e.day)).toEqual([20250127, 20250128, 20250129, 20250130, 20250131]);
    expect(tet.every((e) => e.origin === 'official')).toBe(true);
    expect(isWorkingDay(20250203, calendar)).toBe(true);
  });

  it('keeps computed occasions that no decision covers (30/4/2025, Hùng Kings 2026)', () => {
    expect(calendar.entries.get(20250430)).toMatchObject({ origin: 'computed', kind: 'day_off' });
    expect(calendar.entries.get(20260427)).toMatchObject({ origin: 'computed', occasion: 'hung_kings' });
  });

  it('counts make-up Saturdays as working days and swapped weekdays as days off', () => {
    expect(isWorkingDay(20250426, calendar)).toBe(true); // Saturday worked for Friday 2/5/2025
    expect(isWorkingDay(20250502, calendar)).toBe(false);
    expect(isWorkingDay(20260822, calendar)).toBe(true); // Saturday worked for Monday 31/8/2026
    expect(isWorkingDay(20260831, calendar)).toBe(false);
    expect(isWorkingDay(20260829, calendar)).toBe(false); // an ordinary Saturday
    expect(isWorkingDay(20260303, calendar)).toBe(true); // an ordinary Tuesday
  });

  it("lets an administrator's edit override both, day by day", () => {
    const edited = buildHolidayCalendar({
      fromYear: 2026,
      toYear: 2026,
      official,
      adminEdits: [
        { day: 20260217, kind: 'working_day', name: 'Trực Tết', source: 'Quyết định thử' },
        { day: 20260303, kind: 'day_off', name: 'Nghỉ đột xuất', source: 'Quyết định thử' },
      ],
    });
    expect(isWorkingDay(20260217, edited)).toBe(true);
    expect(isWorkingDay(20260303, edited)).toBe(false);
    expect(edited.entries.get(20260303)).toMatchObject({ origin: 'admin', occasion: null });
  });

  it('refuses to answer for a day outside the years it was built for', () => {
    expect(() => isWorkingDay(20270104, calendar)).toThrow(RangeError);
  });
});
