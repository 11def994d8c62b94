// Relative, not '@/': the unit tests run without the Vite alias.
import { formatNumber, formatRange, formatValue } from '../dashboard/indicator-format.ts';
import { intlLocale } from '../../i18n/languages.ts';

// A campaign's figures as the dashboard writes them (modules/dashboard/indicator-format.ts):
// counts whole, "1.234"; shares and rates as percentages with one decimal, "81,2 %".

/** A count: "1.234" (vi), "1,234" (en); null reads as an em dash. */
export function formatCount(value: number | null, language: string): string {
  return value === null ? '—' : formatNumber(value, 'count', language);
}

/** A fraction (0.812) as a percentage with one decimal: "81,2 %"; null reads as an em dash. */
export function formatShare(fraction: number | null, language: string): string {
  return fraction === null ? '—' : formatValue(fraction * 100, 'percent', language);
}

/**
 * A share of the target (value / target) with one decimal, rounded down: "99,9 %" until the
 * target is really reached, so "100,0 %" never stands beside "on track".
 */
export function formatShareOfTarget(share: number | null, language: string): string {
  if (share === null) return '—';
  // The small nudge keeps 0.812 (stored as 0.81199999…) at 81,2 %.
  return formatValue(Math.floor(share * 1000 + 1e-6) / 10, 'percent', language);
}

/** An interval of fractions as one range with the sign once: "78,0–84,5 %". */
export function formatShareRange(lo: number, hi: number, language: string): string {
  return formatRange(lo * 100, hi * 100, 'percent', language);
}

/** An interval of counts: "812.000–845.300". */
export function formatCountRange(lo: number, hi: number, language: string): string {
  return formatRange(lo, hi, 'count', language);
}

/** A target rate as people set it: 0.8 → "80 %", 0.825 → "82,5 %" (no decimal unless it has one). */
export function formatRate(rate: number, language: string): string {
  const text = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(
    Math.round(rate * 1000) / 10,
  );
  return language === 'en' ? `${text}%` : `${text}\u00a0%`;
}

/** A short count for a chart axis: "1,2 Tr", "850 N" (vi); "1.2m", "850k" (en-GB). */
export function formatCompactCount(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A pace per day: whole above ten ("1.234"), one decimal below ("2,5"), so a slow unit does not read 0. */
export function formatPace(perDay: number, language: string): string {
  const decimals = Math.abs(perDay) < 10 ? 1 : 0;
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: decimals }).format(perDay);
}
