import { intlLocale } from '../../i18n/languages.ts';

// Incident dates as police registers write them: day first, then the time, in Vietnam's zone
// (dd/MM/yyyy HH:mm), whatever the browser's zone and whatever order the locale prefers.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(language: string): Intl.DateTimeFormat {
  const locale = intlLocale(language);
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    formats.set(locale, format);
  }
  return format;
}

/** "2026-03-01T14:30:00Z" → "01/03/2026 21:30". */
export function incidentDayTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = Object.fromEntries(
    formatFor(language)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

/** A sum of money in đồng with the dots Vietnamese writing uses: 150.000.000 đ. */
export function vndAmount(value: number, language: string): string {
  return `${new Intl.NumberFormat(intlLocale(language)).format(value)} ${language === 'en' ? 'VND' : 'đ'}`;
}
