// Figures typed on a phone in the Vietnamese way: "." groups thousands, "," starts the
// decimals (1.234,5). A dot that does not group three digits ("1.5") is refused rather than
// guessed: read as 15 or 1,5, a guess would put a wrong figure in the report.

const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;

export type ParsedFigure = { ok: true; value: number | null } | { ok: false };

/** "" → null (no value), "1.234" → 1234, "12,5" → 12.5; anything else is not a figure. */
export function parseVietnameseNumber(text: string): ParsedFigure {
  const trimmed = text.replaceAll(/[\s\u00a0]/g, '');
  if (trimmed === '') return { ok: true, value: null };
  if (!GROUPED.test(trimmed) && !PLAIN.test(trimmed)) return { ok: false };
  const value = Number(trimmed.replaceAll('.', '').replace(',', '.'));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

const VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** 1234.5 → "1.234,5"; null → "" (an empty field). */
export function formatVietnameseNumber(value: number | null): string {
  return value === null ? '' : VI.format(value);
}
