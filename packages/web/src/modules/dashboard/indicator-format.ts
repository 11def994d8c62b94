// Relative, not '@/': the unit tests run without the Vite alias.
import { intlLocale } from '../../i18n/languages.ts';

// How an indicator's figures read on screen. The rounding is the export's (packages/server/src/
// services/indicator-export.ts displayRound): rates one decimal, counts and amounts none, so a
// figure on screen and the same cell of the XLSX are the same number.

export type IndicatorUnit = 'count' | 'percent' | 'vnd';

const NBSP = '\u00a0';

/** Decimals shown for a unit: rates 1, counts and amounts 0. */
export function decimalsOf(unit: IndicatorUnit): number {
  return unit === 'percent' ? 1 : 0;
}

/** The export's rounding, half away from zero on the decimal shown. */
export function displayRound(value: number | null, unit: IndicatorUnit): number | null {
  if (value === null) return null;
  const f = 10 ** decimalsOf(unit);
  return Math.round(value * f) / f;
}

/** A relative change (0.203 = +20.3 %) rounded as the export writes it: percent, one decimal. */
export function relativePercent(relative: number | null): number | null {
  return relative === null ? null : Math.round(relative * 1000) / 10;
}

function numberFormat(language: string, decimals: number, signed = false): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
}

/** The bare number as shown: "1.234", "78,5" (Vietnamese) or "1,234", "78.5" (English). */
export function formatNumber(value: number, unit: IndicatorUnit, language: string): string {
  return numberFormat(language, decimalsOf(unit)).format(displayRound(value, unit)!);
}

/** Adds the unit sign: "78,5 %" in Vietnamese, "78.5%" in English; amounts in đồng. */
export function withUnitSign(text: string, unit: IndicatorUnit, language: string): string {
  if (unit === 'percent') return language === 'en' ? `${text}%` : `${text}${NBSP}%`;
  if (unit === 'vnd') return `${text}${NBSP}đ`;
  return text;
}

/** What a count counts, in the right number: 1 → "tip", 2 → "tips" ("tin" either way in Vietnamese). */
export type Noun = (count: number) => string;

/** A value with its sign (and, for counts, the noun: "273 vụ"); null reads as an em dash. */
export function formatValue(
  value: number | null,
  unit: IndicatorUnit,
  language: string,
  noun?: Noun,
): string {
  if (value === null) return '—';
  const text = withUnitSign(formatNumber(value, unit, language), unit, language);
  return unit === 'count' && noun ? `${text}${NBSP}${noun(displayRound(value, unit)!)}` : text;
}

/** An absolute change with its sign; for a rate it is in percentage points. */
export function formatAbsoluteChange(change: number, unit: IndicatorUnit, language: string): string {
  const text = numberFormat(language, decimalsOf(unit), true).format(displayRound(change, unit)!);
  if (unit === 'percent') return language === 'en' ? `${text}${NBSP}pp` : `${text}${NBSP}điểm${NBSP}%`;
  if (unit === 'vnd') return `${text}${NBSP}đ`;
  return text;
}

/** A relative change as a signed percentage with one decimal: "+20,3 %". */
export function formatRelativeChange(relative: number, language: string): string {
  const text = numberFormat(language, 1, true).format(relativePercent(relative)!);
  return language === 'en' ? `${text}%` : `${text}${NBSP}%`;
}

/** A target as people write it: "≥ 75 %", "≤ 10" (no decimals unless it has them). */
export function formatTarget(
  target: { op: 'at_least' | 'at_most'; value: number },
  unit: IndicatorUnit,
  language: string,
): string {
  const text = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(target.value);
  return `${target.op === 'at_least' ? '≥' : '≤'}${NBSP}${withUnitSign(text, unit, language)}`;
}

/** A range with the unit once, at its end: "3–9 vụ", "71,2–79,6 %"; a single value when both ends meet. */
export function formatRange(
  low: number,
  high: number,
  unit: IndicatorUnit,
  language: string,
  noun?: Noun,
): string {
  const upper = formatValue(high, unit, language, noun);
  if (displayRound(low, unit) === displayRound(high, unit)) return upper;
  return `${formatNumber(low, unit, language)}–${upper}`;
}
