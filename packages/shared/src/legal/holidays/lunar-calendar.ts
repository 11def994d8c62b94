import type { DayNumber } from '../../time/vn-day.ts';
import { apparentSolarLongitude, newMoonJd, SYNODIC_MONTH } from './astronomy.ts';

// The Vietnamese lunisolar calendar (âm lịch), which places Tết and Hùng Kings' day. Its rules
// are the traditional Chinese ones, applied at Vietnam's meridian (UTC+7) instead of China's
// (UTC+8) — the official basis since 1968 — so a new moon between 23:00 and midnight in Hanoi
// starts a month one day earlier than in Beijing (Tết 2007, 2030), and a solstice in that hour
// can move month 11 and with it Tết by a whole lunation (Tết 1985 was 21 January in Vietnam,
// 20 February in China):
//   1. a month begins on the local day that contains the new moon;
//   2. month 11 is the month that contains the December solstice (Sun at 270°);
//   3. when 13 months begin between two months 11, the first of them (after month 11) with no
//      major solar term (no moment at which the Sun's longitude is a multiple of 30°) is the
//      leap month and repeats the number of the month before it.
// Astronomy: ./astronomy.ts (Meeus). Valid for the years 1900–2199 that the formulas cover.

/** Vietnam's legal time since 1975 and the meridian of the calendar (UTC+7). */
export const VIETNAM_CALENDAR_UTC_OFFSET_HOURS = 7;

export type LunarDate = {
  /** The lunar year, named after the solar year in which its month 1 begins. */
  year: number;
  month: number;
  day: number;
  /** True in a leap (intercalary) month, which repeats the number of the month before it. */
  leap: boolean;
};

export const LUNAR_CALENDAR_FIRST_YEAR = 1900;
export const LUNAR_CALENDAR_LAST_YEAR = 2199;

const UNIX_EPOCH_JDN = 2440588;
const MS_PER_DAY = 86_400_000;

/** Julian Day Number (noon-based integer) of a calendar day. */
export function julianDayNumber(day: DayNumber): number {
  const y = Math.floor(day / 10_000);
  const m = Math.floor((day % 10_000) / 100);
  const d = day % 100;
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY) + UNIX_EPOCH_JDN;
}

/** The calendar day of a Julian Day Number. */
export function dayOfJulianDayNumber(jdn: number): DayNumber {
  const t = new Date((jdn - UNIX_EPOCH_JDN) * MS_PER_DAY);
  return t.getUTCFullYear() * 10_000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

/** The local day (as a JDN) holding the instant `jd` (UT) in a zone `offsetHours` east of UTC. */
function localJdn(jd: number, offsetHours: number): number {
  return Math.floor(jd + 0.5 + offsetHours / 24);
}

/** The instant (JD, UT) at which local day `jdn` begins. */
function localMidnightJd(jdn: number, offsetHours: number): number {
  return jdn - 0.5 - offsetHours / 24;
}

/** The local day on which lunation k's new moon falls: the first day of a lunar month. */
function newMoonDay(k: number, offsetHours: number): number {
  return localJdn(newMoonJd(k), offsetHours);
}

/** The lunation whose month contains local day `jdn` (its new moon day ≤ jdn < the next one's). */
function lunationContaining(jdn: number, offsetHours: number): number {
  let k = Math.floor((jdn - 2451550.1) / SYNODIC_MONTH);
  while (newMoonDay(k, offsetHours) > jdn) k -= 1;
  while (newMoonDay(k + 1, offsetHours) <= jdn) k += 1;
  return k;
}

/** Which 30° sector (0–11) the Sun is in at the start of local day `jdn`. */
function solarSector(jdn: number, offsetHours: number): number {
  return Math.floor(apparentSolarLongitude(localMidnightJd(jdn, offsetHours)) / 30);
}

/** The lunation of month 11 of solar year `year`: the month holding the December solstice. */
function month11Lunation(year: number, offsetHours: number): number {
  const k = lunationContaining(julianDayNumber(year * 10_000 + 1231), offsetHours);
  // The month begun on or before 31 December holds the solstice (about 21–22 December) unless
  // the Sun had already passed 270° when it began; then the solstice lies in the month before.
  return solarSector(newMoonDay(k, offsetHours), offsetHours) >= 9 ? k - 1 : k;
}

type LunarMonth = { k: number; startJdn: number; endJdn: number; month: number; leap: boolean };

/**
 * The months from month 11 of solar year `year − 1` up to (not including) month 11 of `year`:
 * months 11 and 12 of lunar year `year − 1`, then months 1–10 of lunar year `year`, with a
 * leap month among them when there are 13.
 */
function monthsUpToMonth11(year: number, offsetHours: number): LunarMonth[] {
  if (year < LUNAR_CALENDAR_FIRST_YEAR || year > LUNAR_CALENDAR_LAST_YEAR + 1) {
    throw new RangeError(
      `lunar calendar computed for ${LUNAR_CALENDAR_FIRST_YEAR}–${LUNAR_CALENDAR_LAST_YEAR} only, not ${year}`,
    );
  }
  const first = month11Lunation(year - 1, offsetHours);
  const next = month11Lunation(year, offsetHours);
  const count = next - first;
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(first + i, offsetHours));
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (solarSector(starts[i]!, offsetHours) === solarSector(starts[i + 1]!, offsetHours)) {
        leapIndex = i;
        break;
      }
    }
  }
  const months: LunarMonth[] = [];
  let label = 11;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) label = label === 12 ? 1 : label + 1;
    months.push({ k: first + i, startJdn: starts[i]!, endJdn: starts[i + 1]!, month: label, leap });
  }
  return months;
}

/** Tết Nguyên đán: the solar day of the 1st day of the 1st lunar month of lunar year `year`. */
export function lunarNewYear(year: number, offsetHours = VIETNAM_CALENDAR_UTC_OFFSET_HOURS): DayNumber {
  const first = monthsUpToMonth11(year, offsetHours).find((m) => m.month === 1 && !m.leap);
  if (!first) throw new Error(`no month 1 found for lunar year ${year}`);
  return dayOfJulianDayNumber(first.startJdn);
}

/** The solar day of a lunar date, e.g. 10/3 (Hùng Kings' day). Throws when the date does not exist. */
export function solarDayOfLunarDate(
  date: LunarDate,
  offsetHours = VIETNAM_CALENDAR_UTC_OFFSET_HOURS,
): DayNumber {
  // Months 11 and 12 of lunar year Y lie after month 11 of solar year Y.
  const months = monthsUpToMonth11(date.month >= 11 ? date.year + 1 : date.year, offsetHours);
  const month = months.find((m) => m.month === date.month && m.leap === date.leap);
  if (!month) {
    throw new RangeError(`lunar year ${date.year} has no ${date.leap ? 'leap ' : ''}month ${date.month}`);
  }
  const length = month.endJdn - month.startJdn;
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > length) {
    throw new RangeError(`lunar month ${date.month}/${date.year} has ${length} days, not a day ${date.day}`);
  }
  return dayOfJulianDayNumber(month.startJdn + date.day - 1);
}

/** The lunar date of a solar day. */
export function lunarDateOfDay(day: DayNumber, offsetHours = VIETNAM_CALENDAR_UTC_OFFSET_HOURS): LunarDate {
  const jdn = julianDayNumber(day);
  const year = Math.floor(day / 10_000);
  const k = lunationContaining(jdn, offsetHours);
  const tableYear = k >= month11Lunation(year, offsetHours) ? year + 1 : year;
  const months = monthsUpToMonth11(tableYear, offsetHours);
  const index = months.findIndex((m) => m.k === k);
  const month = months[index]!;
  const beforeMonth1 = index < months.findIndex((m) => m.month === 1 && !m.leap);
  return {
    year: beforeMonth1 ? tableYear - 1 : tableYear,
    month: month.month,
    day: jdn - month.startJdn + 1,
    leap: month.leap,
  };
}

/** The last day of lunar year `year` (the eve of the next Tết: 29 or 30 of month 12). */
export function lastDayOfLunarYear(year: number, offsetHours = VIETNAM_CALENDAR_UTC_OFFSET_HOURS): DayNumber {
  return dayOfJulianDayNumber(julianDayNumber(lunarNewYear(year + 1, offsetHours)) - 1);
}

const HEAVENLY_STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const EARTHLY_BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
] as const;

/** The sexagenary name of a lunar year in Vietnamese: 2026 → "Bính Ngọ". */
export function lunarYearName(year: number): string {
  const stem = HEAVENLY_STEMS[(((year + 6) % 10) + 10) % 10]!;
  const branch = EARTHLY_BRANCHES[(((year + 8) % 12) + 12) % 12]!;
  return `${stem} ${branch}`;
}
