// Relative, not '@/': the unit tests run without the Vite alias.
import { intlLocale } from '../../i18n/languages.ts';

// What an officer types or pastes into a grid cell. Vietnamese writes 1.234,5 (dot between
// thousands, comma before decimals); a spreadsheet in English, or a plain keyboard, gives
// 1,234.5 or 1234.5. Every one of them is read as the number meant.

export type EnteredNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const INVALID: EnteredNumber = { kind: 'invalid' };
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

function separatorsOf(language: string): { decimal: string; group: string } {
  return language === 'en' ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
}

/** The digits before the decimal separator, with their group separators checked and removed. */
function wholePart(text: string): string | null {
  if (/^\d+$/.test(text)) return text;
  return GROUPED.test(text) ? text.replace(/[.,]/g, '') : null;
}

function unsignedValue(body: string, language: string): number | null {
  if (/^\d+$/.test(body)) return Number(body);
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let decimalAt: number;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both appear: whichever comes last separates the decimals (1.234,5 or 1,234.5).
    decimalAt = Math.max(lastDot, lastComma);
  } else {
    const separator = lastDot >= 0 ? '.' : ',';
    const count = body.split(separator).length - 1;
    const { decimal } = separatorsOf(language);
    if (count > 1) decimalAt = -1;
    // One separator of the language's decimal kind, or not followed by exactly three digits
    // ("12.5" typed plainly in Vietnamese), marks decimals; "1.500" is fifteen hundred.
    else if (separator === decimal || !GROUPED.test(body)) decimalAt = body.indexOf(separator);
    else decimalAt = -1;
  }
  if (decimalAt < 0) {
    const whole = wholePart(body);
    return whole === null ? null : Number(whole);
  }
  const whole = wholePart(body.slice(0, decimalAt) || '0');
  const fraction = body.slice(decimalAt + 1);
  if (whole === null || !/^\d+$/.test(fraction)) return null;
  return Number(`${whole}.${fraction}`);
}

/** Reads a typed or pasted cell: empty (clears the value), a number, or not a number. */
export function parseEnteredNumber(text: string, language: string): EnteredNumber {
  // Spreadsheets and Intl put ordinary, no-break and narrow no-break spaces between groups.
  let body = text.replace(/[\s\u00a0\u202f]/g, '');
  if (body === '') return { kind: 'empty' };
  let sign = 1;
  if (/^[-−+]/.test(body)) {
    sign = body[0] === '+' ? 1 : -1;
    body = body.slice(1);
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return INVALID;
  const value = unsignedValue(body, language);
  if (value === null || !Number.isFinite(value)) return INVALID;
  return { kind: 'number', value: sign * value + 0 };
}

const formats = new Map<string, Intl.NumberFormat>();

/** A cell's number as the language writes it: 1.234 or 1.234,5 in Vietnamese. */
export function formatEnteredNumber(value: number, language: string): string {
  const locale = intlLocale(language);
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
    formats.set(locale, format);
  }
  return format.format(value);
}
