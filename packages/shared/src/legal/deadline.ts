import { addDays, VN_UTC_OFFSET_MINUTES, vnStartOfDay, type DayNumber } from '../time/vn-day.ts';
import type { DeadlineRules } from './deadline-rules.ts';
import { dayOffReason, isWorkingDay, type HolidayCalendar } from './holidays/holiday-calendar.ts';

// Time-limit arithmetic of BLTTHS 2015 art. 134 (the reading and its two open questions are in
// ./deadline-rules.ts). Days are Vietnamese calendar days (UTC+7); a limit in days or months
// ends at 24:00 of its last day, Vietnam time; a limit in hours runs from the instant.

export const TIME_LIMIT_UNITS = ['hour', 'day', 'month'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];
export type TimeLimit = { amount: number; unit: TimeLimitUnit };

const LIMIT_TEXT = /^(\d{1,4})([hdm])$/;
const UNIT_BY_LETTER = { h: 'hour', d: 'day', m: 'month' } as const;
const LETTER_BY_UNIT = { hour: 'h', day: 'd', month: 'm' } as const;

/** '20d' → 20 days, '2m' → 2 months, '24h' → 24 hours. Throws RangeError on anything else. */
export function parseLimit(text: string): TimeLimit {
  const m = LIMIT_TEXT.exec(text.trim().toLowerCase());
  const amount = Number(m?.[1]);
  if (!m || amount < 1) {
    throw new RangeError(`not a time limit (e.g. 20d, 2m, 24h): ${text}`);
  }
  return { amount, unit: UNIT_BY_LETTER[m[2] as keyof typeof UNIT_BY_LETTER] };
}

/** 20 days → '20d'. */
export function formatLimit(limit: TimeLimit): string {
  return `${limit.amount}${LETTER_BY_UNIT[limit.unit]}`;
}

/** 20 days → '20 ngày'; 2 months → '2 tháng'; 24 hours → '24 giờ'. */
export function vnLimitText(limit: TimeLimit): string {
  return `${limit.amount} ${{ hour: 'giờ', day: 'ngày', month: 'tháng' }[limit.unit]}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same date `months` later, or the last day of that month when it has no such date
 * (art. 134(1)): 31 January + 1 month → 28 February (29 in a leap year).
 */
export function addMonthsClamped(day: DayNumber, months: number): { day: DayNumber; clamped: boolean } {
  const y = Math.floor(day / 10_000);
  const m = Math.floor((day % 10_000) / 100);
  const d = day % 100;
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  return { day: year * 10_000 + month * 100 + Math.min(d, last), clamped: d > last };
}

/** The longest run of days off we accept before calling the calendar wrong (Tết is 9–10). */
const MAX_DAYS_OFF_IN_A_ROW = 60;

/** The first working day on or after `day`. */
export function firstWorkingDayFrom(day: DayNumber, calendar: HolidayCalendar): DayNumber {
  let candidate = day;
  for (let i = 0; i <= MAX_DAYS_OFF_IN_A_ROW; i++) {
    if (isWorkingDay(candidate, calendar)) return candidate;
    candidate = addDays(candidate, 1);
  }
  throw new RangeError(
    `no working day within ${MAX_DAYS_OFF_IN_A_ROW} days after ${day}: check the holiday calendar`,
  );
}

export type DayDeadline = {
  startDay: DayNumber;
  limit: TimeLimit;
  rules: DeadlineRules;
  /** The last day by counting alone, before any move off a day off. */
  countedLastDay: DayNumber;
  /** A month limit whose later month has no such date ended on that month's last day. */
  monthEndClamped: boolean;
  /** Why the counted last day is a day off ("thứ Bảy", a holiday's name), or null on a working day. */
  countedLastDayOff: string | null;
  /** Whether the day-off rule applies to this limit under these rules. */
  dayOffRuleApplies: boolean;
  /** The last day of the limit: the limit runs out at 24:00 of this day, Vietnam time. */
  lastDay: DayNumber;
  /** The days off passed over when the last day was moved, with why each is off. */
  skippedDaysOff: { day: DayNumber; reason: string }[];
};

/** The last day of a limit in days or months that starts with an event on `startDay`. */
export function computeDeadline(
  startDay: DayNumber,
  limit: TimeLimit,
  rules: DeadlineRules,
  calendar: HolidayCalendar,
): DayDeadline {
  if (limit.unit === 'hour') {
    throw new RangeError('a limit in hours runs from the instant of the event: use expiryOfHourLimit');
  }
  let countedLastDay: DayNumber;
  let monthEndClamped = false;
  if (limit.unit === 'month') {
    ({ day: countedLastDay, clamped: monthEndClamped } = addMonthsClamped(startDay, limit.amount));
  } else {
    countedLastDay = addDays(startDay, rules.receiptDayCountsAsDayOne ? limit.amount - 1 : limit.amount);
  }
  // Art. 134(1) attaches the day-off rule to limits in months; for days it is a parameter.
  const dayOffRuleApplies = limit.unit === 'month' || rules.dayOffRuleForDayLimits;
  const lastDay = dayOffRuleApplies ? firstWorkingDayFrom(countedLastDay, calendar) : countedLastDay;
  const countedLastDayOff = isWorkingDay(countedLastDay, calendar)
    ? null
    : dayOffReason(countedLastDay, calendar);
  const skippedDaysOff: DayDeadline['skippedDaysOff'] = [];
  for (let day = countedLastDay; day < lastDay; day = addDays(day, 1)) {
    skippedDaysOff.push({ day, reason: dayOffReason(day, calendar) });
  }
  return {
    startDay,
    limit,
    rules,
    countedLastDay,
    monthEndClamped,
    countedLastDayOff,
    dayOffRuleApplies,
    lastDay,
    skippedDaysOff,
  };
}

/** The last day of a limit in days or months (see computeDeadline). */
export function lastDayOfLimit(
  startDay: DayNumber,
  limit: TimeLimit,
  rules: DeadlineRules,
  calendar: HolidayCalendar,
): DayNumber {
  return computeDeadline(startDay, limit, rules, calendar).lastDay;
}

/** The instant a limit whose last day is `day` runs out: 24:00 of that day at UTC+7. */
export function expiryOfLastDay(day: DayNumber): Date {
  return vnStartOfDay(addDays(day, 1));
}

/** The instant a limit in hours runs out, counted from the instant of the event. */
export function expiryOfHourLimit(from: Date, limit: TimeLimit): Date {
  if (limit.unit !== 'hour') throw new RangeError('expiryOfHourLimit takes a limit in hours');
  return new Date(from.getTime() + limit.amount * 3_600_000);
}

/** "2026-02-24T00:00:00+07:00": an expiry instant written in Vietnam time. */
export function vnInstantText(instant: Date): string {
  const local = new Date(instant.getTime() + VN_UTC_OFFSET_MINUTES * 60_000);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}
