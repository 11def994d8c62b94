// The "when" field: a datetime-local input gives "2026-03-01T21:30" in no zone. The portal serves
// Cần Thơ and asks for Vietnam's time, so the text is read as UTC+7 (Vietnam keeps no daylight
// saving), whatever zone the phone is set to.

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2026-03-01T21:30" → "2026-03-01T21:30:00+07:00"; null when the text is not a date and time. */
export function occurredAtInstant(local: string): string | null {
  if (!LOCAL_DATE_TIME.test(local)) return null;
  const instant = `${local}:00+07:00`;
  return Number.isNaN(Date.parse(instant)) ? null : instant;
}

/** Now in Vietnam as a datetime-local value, for the input's max. */
export function vnLocalNow(now: Date = new Date()): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/** True when the instant lies after now (a minute of grace for a clock that runs a little fast). */
export function isInFuture(instant: string, now: Date = new Date()): boolean {
  return Date.parse(instant) > now.getTime() + 60_000;
}
