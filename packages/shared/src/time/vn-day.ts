// Every legal day, reporting period, rollup day and deadline is a day in Asia/Ho_Chi_Minh
// (shared/DESIGN.md section 3), whatever the server's own zone. Vietnam has kept UTC+7 without
// daylight saving since 1975, so a fixed offset is exact for every date the platform handles.
export const VN_UTC_OFFSET_MINUTES = 7 * 60;

/** A calendar day stored as the integer YYYYMMDD (portable across SQLite and PostgreSQL). */
export type DayNumber = number;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** '2025-07-01' → 20250701. Throws on anything that is not a real calendar day. */
export function dayFromIso(text: string): DayNumber {
  if (!isValidIsoDay(text)) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${text}`);
  return Number(text.replaceAll('-', ''));
}

/** 20250701 → '2025-07-01'. */
export function isoFromDay(day: DayNumber): string {
  const s = String(day).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** The day in Vietnam at the given instant. */
export function vnDayOf(instant: Date): DayNumber {
  const shifted = new Date(instant.getTime() + VN_UTC_OFFSET_MINUTES * 60_000);
  return shifted.getUTCFullYear() * 10_000 + (shifted.getUTCMonth() + 1) * 100 + shifted.getUTCDate();
}

/** Today in Vietnam. */
export function vnToday(now: Date = new Date()): DayNumber {
  return vnDayOf(now);
}

/** The instant at which a Vietnamese day begins (00:00 UTC+7). */
export function vnStartOfDay(day: DayNumber): Date {
  const y = Math.floor(day / 10_000);
  const m = Math.floor((day % 10_000) / 100);
  const d = day % 100;
  return new Date(Date.UTC(y, m - 1, d) - VN_UTC_OFFSET_MINUTES * 60_000);
}

/** Adds whole calendar days to a day number. */
export function addDays(day: DayNumber, count: number): DayNumber {
  const y = Math.floor(day / 10_000);
  const m = Math.floor((day % 10_000) / 100);
  const d = day % 100;
  const t = new Date(Date.UTC(y, m - 1, d + count));
  return t.getUTCFullYear() * 10_000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}
