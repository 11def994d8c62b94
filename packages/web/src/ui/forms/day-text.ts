import { isValidIsoDay } from '@antt/shared/time/vn-day';

// Days are typed and read as Vietnamese write them, dd/MM/yyyy, whatever language the browser
// runs in (a native date field follows the browser and may show 11/28/2026).

/** "2026-11-28" → "28/11/2026"; anything else → "". */
export function dayText(iso: string): string {
  if (!isValidIsoDay(iso)) return '';
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * "28/11/2026", "28.11.2026", "28-11-2026", "1/2/2026" or "28112026" (typed on a phone's number
 * pad) → "2026-11-28"; null when the text is not a day of the calendar.
 */
export function parseDayText(text: string): string | null {
  const trimmed = text.trim();
  const match =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return isValidIsoDay(iso) ? iso : null;
}
