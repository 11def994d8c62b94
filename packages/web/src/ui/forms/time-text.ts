// A time of day typed as Vietnamese write it: 24-hour, "21:30" or "21h30" (a native time field
// follows the browser and may show 09:30 PM).

const HOUR_AND_MINUTE = /^(\d{1,2})\s*[:hHgG.]\s*(\d{2})$/;
const FOUR_DIGITS = /^(\d{2})(\d{2})$/;
const WHOLE_HOUR = /^(\d{1,2})\s*[hHgG]$/;

/**
 * "21:30", "21h30", "21g30", "9:05", "2130" (a phone's number pad) or "21h" → "21:30" and so on;
 * null when the text is not a time of day.
 */
export function parseTimeText(text: string): string | null {
  const trimmed = text.trim();
  const match = HOUR_AND_MINUTE.exec(trimmed) ?? FOUR_DIGITS.exec(trimmed);
  const [hour, minute] = match ? [match[1]!, match[2]!] : [WHOLE_HOUR.exec(trimmed)?.[1], '00'];
  if (hour === undefined || Number(hour) > 23 || Number(minute) > 59) return null;
  return `${hour.padStart(2, '0')}:${minute}`;
}

/**
 * A date and time field's value: "2026-03-01T21:30" (a datetime-local value) when both parts are
 * whole, "" when nothing is typed, and anything else while a part is missing or not yet right, so
 * the form can tell "left empty" from "not a date and time".
 */
export function joinDayAndTime(day: string, time: string): string {
  return day === '' && time === '' ? '' : `${day}T${time}`;
}

/** The inverse of joinDayAndTime: "2026-03-01T21:30" → { day: "2026-03-01", time: "21:30" }. */
export function splitDayAndTime(value: string): { day: string; time: string } {
  // The time part is read from the end: a day typed wrong may hold a "T", a whole time never does.
  const at = value.lastIndexOf('T');
  return at < 0 ? { day: value, time: '' } : { day: value.slice(0, at), time: value.slice(at + 1) };
}
