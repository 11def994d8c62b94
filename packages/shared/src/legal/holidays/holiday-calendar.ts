import { addDays, isoFromDay, type DayNumber } from '../../time/vn-day.ts';
import { lastDayOfLunarYear, lunarNewYear, lunarYearName, solarDayOfLunarDate } from './lunar-calendar.ts';

// Which days the state agencies that handle tips do not work (shared/DESIGN.md section 5.2).
// Three layers, each overriding the one before it, day by day:
//   1. defaults computed from the Labour Code 2019 (defaultHolidaysForYear below);
//   2. the official decisions shipped as data (data/holidays/vn-YYYY.json): for every occasion
//      a decision covers (Tết, National Day, …) its days replace the computed ones of that year;
//   3. an administrator's edits of single days (the `holidays` table on the server).
// A day with no entry is a working day from Monday to Friday and a day off on Saturday and
// Sunday: state agencies work a 40-hour, five-day week with Saturday and Sunday as weekly
// rest days (Decision 188/1999/QĐ-TTg; Labour Code 2019 art. 111 lets the employer fix the
// weekly rest day). Decree 45/2013/NĐ-CP, sometimes cited for this, was replaced by Decree
// 145/2020/NĐ-CP and governs employers' working hours rather than the agencies' week.

export const CALENDAR_DAY_KINDS = ['day_off', 'working_day'] as const;
/** `day_off`: no work that day; `working_day`: work that day (e.g. a make-up Saturday). */
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** The public holidays of Labour Code 2019 art. 112(1), plus `other` for anything else. */
export const HOLIDAY_OCCASIONS = [
  'new_year',
  'tet',
  'hung_kings',
  'reunification_day',
  'labour_day',
  'national_day',
  'other',
] as const;
export type HolidayOccasion = (typeof HOLIDAY_OCCASIONS)[number];

/** Where an entry comes from: the computation, an official decision, or an administrator. */
export const CALENDAR_ENTRY_ORIGINS = ['computed', 'official', 'admin'] as const;
export type CalendarEntryOrigin = (typeof CALENDAR_ENTRY_ORIGINS)[number];

export type CalendarEntry = {
  day: DayNumber;
  kind: CalendarDayKind;
  /** What the day is, in Vietnamese: "Tết Nguyên đán (mùng 1 Tết Bính Ngọ)". */
  name: string;
  /** The legal text or official decision it rests on. */
  source: string;
  origin: CalendarEntryOrigin;
  /** The holiday it belongs to; null for an administrator's own entry. */
  occasion: HolidayOccasion | null;
};

/** The official days of one occasion of one year, as shipped in data/holidays/vn-YYYY.json. */
export type OfficialOccasion = {
  occasion: HolidayOccasion;
  /** The decision or notice that set these days, e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025". */
  source: string;
  /** What could not be checked about the decision, when anything. */
  note?: string;
  days: { date: string; kind: CalendarDayKind; name: string }[];
};
export type OfficialHolidayYear = { year: number; occasions: OfficialOccasion[] };

/** An administrator's edit of one day (the `holidays` table). */
export type AdminCalendarEdit = { day: DayNumber; kind: CalendarDayKind; name: string; source: string };

/** Every special day of the years fromYear..toYear, keyed by day. */
export type HolidayCalendar = {
  fromYear: number;
  toYear: number;
  entries: ReadonlyMap<DayNumber, CalendarEntry>;
};

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
const COMPENSATION_SOURCE =
  'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)';
const COMPUTED_NOTE = 'ngày mặc định do hệ thống tính, chưa có quyết định chính thức';

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: DayNumber): number {
  const y = Math.floor(day / 10_000);
  const m = Math.floor((day % 10_000) / 100);
  return new Date(Date.UTC(y, m - 1, day % 100)).getUTCDay();
}

/** Saturday or Sunday: the weekly rest days of state agencies. */
export function isWeeklyRestDay(day: DayNumber): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

const VN_WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** The Vietnamese name of the weekday: "thứ Bảy", "Chủ nhật". */
export function vnWeekdayName(day: DayNumber): string {
  return VN_WEEKDAYS[weekdayOf(day)]!;
}

/** 20260214 → "14/02/2026", the way Vietnamese documents write a date. */
export function vnDateText(day: DayNumber): string {
  const [y, m, d] = isoFromDay(day).split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The adjacent National Day day off when no decision is known. Art. 112(1)(đ) gives 2
 * September and "one day before or after"; art. 112(3) leaves the choice to the Prime
 * Minister. Our default follows the choices of 2021–2026: the day that joins the break to a
 * weekend — 3 September when the 2nd is a Monday or a Thursday, 1 September otherwise.
 */
export function defaultNationalDayCompanion(year: number): DayNumber {
  const second = year * 10_000 + 902;
  const w = weekdayOf(second);
  return w === 1 || w === 4 ? addDays(second, 1) : addDays(second, -1);
}

type Holiday = { day: DayNumber; name: string; occasion: HolidayOccasion; source: string };

/** The holidays of art. 112(1) in one solar year, before any compensation. */
function labourCodeHolidays(year: number): Holiday[] {
  const tet = lunarNewYear(year);
  const eve = lastDayOfLunarYear(year - 1);
  const lunar = `${LABOUR_CODE}, lịch âm tính theo múi giờ UTC+7`;
  const hungKings = solarDayOfLunarDate({ year, month: 3, day: 10, leap: false });
  const tetName = lunarYearName(year);
  return [
    {
      day: year * 10_000 + 101,
      name: 'Tết Dương lịch',
      occasion: 'new_year',
      source: `${LABOUR_CODE} điểm a`,
    },
    // Tết: 5 days (art. 112(1)(b)); which ones the Prime Minister decides each year
    // (art. 112(3)). Default: the last day of the old lunar year and the first four of the new.
    {
      day: eve,
      name: `Tết Nguyên đán (ngày cuối năm ${lunarYearName(year - 1)})`,
      occasion: 'tet',
      source: `${lunar}, điểm b; ${COMPUTED_NOTE}`,
    },
    ...[0, 1, 2, 3].map((i) => ({
      day: addDays(tet, i),
      name: `Tết Nguyên đán (mùng ${i + 1} Tết ${tetName})`,
      occasion: 'tet' as const,
      source: `${lunar}, điểm b; ${COMPUTED_NOTE}`,
    })),
    {
      day: hungKings,
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      occasion: 'hung_kings',
      source: `${lunar}, điểm e`,
    },
    {
      day: year * 10_000 + 430,
      name: 'Ngày Chiến thắng (30/4)',
      occasion: 'reunification_day',
      source: `${LABOUR_CODE} điểm c`,
    },
    {
      day: year * 10_000 + 501,
      name: 'Ngày Quốc tế Lao động (1/5)',
      occasion: 'labour_day',
      source: `${LABOUR_CODE} điểm d`,
    },
    {
      day: year * 10_000 + 902,
      name: 'Quốc khánh (2/9)',
      occasion: 'national_day',
      source: `${LABOUR_CODE} điểm đ`,
    },
    {
      day: defaultNationalDayCompanion(year),
      name: 'Quốc khánh (ngày liền kề)',
      occasion: 'national_day',
      source: `${LABOUR_CODE} điểm đ; ${COMPUTED_NOTE}`,
    },
  ];
}

/**
 * The days off of a year computed from the Labour Code 2019 alone: the holidays of art.
 * 112(1), and for each one that falls on a Saturday or Sunday a compensatory day off on the
 * next working day (art. 111(3), read for agencies that rest on both days).
 */
export function defaultHolidaysForYear(year: number): CalendarEntry[] {
  const holidays = labourCodeHolidays(year).sort((a, b) => a.day - b.day);
  const off = new Set(holidays.map((h) => h.day));
  const entries: CalendarEntry[] = holidays.map((h) => ({
    day: h.day,
    kind: 'day_off',
    name: h.name,
    source: h.source,
    origin: 'computed',
    occasion: h.occasion,
  }));
  for (const h of holidays) {
    if (!isWeeklyRestDay(h.day)) continue;
    let day = addDays(h.day, 1);
    while (isWeeklyRestDay(day) || off.has(day)) day = addDays(day, 1);
    off.add(day);
    entries.push({
      day,
      kind: 'day_off',
      name: `Nghỉ bù: ${h.name} rơi vào ${vnWeekdayName(h.day)} ${vnDateText(h.day)}`,
      source: COMPENSATION_SOURCE,
      origin: 'computed',
      occasion: h.occasion,
    });
  }
  return entries.sort((a, b) => a.day - b.day);
}

const dayFromIsoText = (text: string): DayNumber => Number(text.replaceAll('-', ''));

/**
 * The calendar of the years fromYear..toYear: computed defaults, overlaid by the official
 * decisions (occasion by occasion), overlaid by an administrator's edits (day by day).
 */
export function buildHolidayCalendar(input: {
  fromYear: number;
  toYear: number;
  official?: readonly OfficialHolidayYear[];
  adminEdits?: readonly AdminCalendarEdit[];
}): HolidayCalendar {
  const { fromYear, toYear } = input;
  if (!(Number.isInteger(fromYear) && Number.isInteger(toYear) && fromYear <= toYear)) {
    throw new RangeError(`not a range of years: ${fromYear}..${toYear}`);
  }
  const entries = new Map<DayNumber, CalendarEntry>();
  const inRange = (day: DayNumber) => {
    const y = Math.floor(day / 10_000);
    return y >= fromYear && y <= toYear;
  };
  for (let year = fromYear; year <= toYear; year++) {
    const official = (input.official ?? []).filter((o) => o.year === year).flatMap((o) => o.occasions);
    const decided = new Set(official.map((o) => o.occasion));
    for (const entry of defaultHolidaysForYear(year)) {
      if (entry.occasion && decided.has(entry.occasion)) continue;
      entries.set(entry.day, entry);
    }
    for (const occasion of official) {
      for (const d of occasion.days) {
        const day = dayFromIsoText(d.date);
        if (!inRange(day)) continue;
        entries.set(day, {
          day,
          kind: d.kind,
          name: d.name,
          source: occasion.source,
          origin: 'official',
          occasion: occasion.occasion,
        });
      }
    }
  }
  for (const edit of input.adminEdits ?? []) {
    if (!inRange(edit.day)) continue;
    entries.set(edit.day, { ...edit, origin: 'admin', occasion: null });
  }
  return { fromYear, toYear, entries: new Map([...entries].sort(([a], [b]) => a - b)) };
}

/** Throws when the calendar was not built for the day's year: never guess a day off. */
function assertCovers(calendar: HolidayCalendar, day: DayNumber): void {
  const year = Math.floor(day / 10_000);
  if (year < calendar.fromYear || year > calendar.toYear) {
    throw new RangeError(
      `holiday calendar covers ${calendar.fromYear}–${calendar.toYear}, not ${isoFromDay(day)}`,
    );
  }
}

/** The special entry of a day, if any. */
export function calendarEntryFor(day: DayNumber, calendar: HolidayCalendar): CalendarEntry | undefined {
  assertCovers(calendar, day);
  return calendar.entries.get(day);
}

/** True when state agencies work that day: an entry decides; otherwise Monday to Friday. */
export function isWorkingDay(day: DayNumber, calendar: HolidayCalendar): boolean {
  const entry = calendarEntryFor(day, calendar);
  if (entry) return entry.kind === 'working_day';
  return !isWeeklyRestDay(day);
}

/** Why a day is not a working day, in Vietnamese: the entry's name, or the weekday. */
export function dayOffReason(day: DayNumber, calendar: HolidayCalendar): string {
  const entry = calendarEntryFor(day, calendar);
  if (entry?.kind === 'day_off') return entry.name;
  return vnWeekdayName(day);
}

/** The entries of the calendar in one year, in day order. */
export function calendarEntriesOfYear(calendar: HolidayCalendar, year: number): CalendarEntry[] {
  return [...calendar.entries.values()].filter((e) => Math.floor(e.day / 10_000) === year);
}
