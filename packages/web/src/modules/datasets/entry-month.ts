import { isoFromDay, type DayNumber } from '@antt/shared';

// The grid shows one calendar month of days (the server takes at most 92 days at a time).
// A month is written YYYY-MM, as in the page's address and the native month input.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string | null | undefined): text is string {
  return typeof text === 'string' && MONTH.test(text);
}

export function monthOfDay(day: DayNumber): string {
  return isoFromDay(day).slice(0, 7);
}

function parts(month: string): [number, number] {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  return [Number(m[1]), Number(m[2])];
}

/** The first and last day of a month, as the entry query wants them (YYYY-MM-DD). */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = parts(month);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function shiftMonth(month: string, by: number): string {
  const [year, m] = parts(month);
  const date = new Date(Date.UTC(year, m - 1 + by, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday, for a day written YYYY-MM-DD (a calendar day, no time zone). */
export function weekdayOf(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
