import { useTranslation } from 'react-i18next';
import { intlLocale } from './languages.ts';

export type Formatters = {
  number: (value: number) => string;
  /** A calendar day given as YYYYMMDD (the server's day format) or YYYY-MM-DD. */
  day: (value: number | string | null | undefined) => string;
  /** An instant (ISO-8601 UTC), shown in Vietnam's time zone whatever the device's zone. */
  dateTime: (iso: string) => string;
  /** The day an instant falls on in Vietnam, e.g. a tip's day of receipt. */
  dayOf: (iso: string) => string;
  /** An instant to the minute, in Vietnam's time zone. */
  dateTimeShort: (iso: string) => string;
};

function dayParts(value: number | string): [number, number, number] | null {
  const text = String(value).replaceAll('-', '');
  if (!/^\d{8}$/.test(text)) return null;
  return [Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8))];
}

export function makeFormatters(language: string): Formatters {
  const locale = intlLocale(language);
  const numberFormat = new Intl.NumberFormat(locale);
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const dayOfFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const shortFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const instant = (format: Intl.DateTimeFormat) => (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
  return {
    number: (value) => numberFormat.format(value),
    day: (value) => {
      if (value === null || value === undefined) return '';
      const parts = dayParts(value);
      return parts ? dayFormat.format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]))) : String(value);
    },
    dateTime: instant(dateTimeFormat),
    dayOf: instant(dayOfFormat),
    dateTimeShort: instant(shortFormat),
  };
}

/** Number and date formatting in the current UI language (vi-VN by default). */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return makeFormatters(i18n.language);
}
