import type { IndicatorFigureDto, ReportFigure } from '@antt/shared';

// Every number a generated report prints goes through here: written the Vietnamese way
// ("1.234", "81,2 %", "−4,7 %") and logged with the indicator, unit, period and figure it was
// read from, so a test (or a reader) can trace each printed number back to the indicator engine.

const NBSP = '\u00a0';
const MINUS = '\u2212';

export type FigureUnit = 'count' | 'percent' | 'vnd';
export type FigureField = ReportFigure['field'];

/** Where a figure was read: the indicator and the period, for one unit's engine figure. */
export type FigureSource = { indicator: string; period: string; unitCode: string; unitName: string };

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${decimals}|${signed}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formats.set(key, format);
  }
  return format;
}

/** Rates one decimal, counts and amounts none: the dashboard's and the export's rounding. */
export const decimalsOf = (unit: FigureUnit) => (unit === 'percent' ? 1 : 0);

/** Half away from zero on the shown decimal, so that −2,5 reads −3 like 2,5 reads 3. */
export function roundShown(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
}

/** "1.234", "81,2" — or with its sign, "+12", "−4,7" (a true minus sign, as printed). */
export function vietnameseNumber(value: number, decimals: number, signed = false): string {
  return numberFormat(decimals, signed).format(roundShown(value, decimals)).replace('-', MINUS);
}

export const withPercent = (text: string) => `${text}${NBSP}%`;

/** The numbers of one report, each logged as it is written. */
export class FigureLog {
  readonly figures: ReportFigure[] = [];

  private log(text: string, value: number, source: FigureSource, field: FigureField, targetId?: string) {
    this.figures.push({ text, value, ...source, field, ...(targetId ? { targetId } : {}) });
    return text;
  }

  /** True when the value prints as zero: a change too small to show is no change to speak of. */
  isZero(value: number, unit: FigureUnit): boolean {
    return roundShown(value, decimalsOf(unit)) === 0;
  }

  /** The value as a bare number ("243", "81,2"), without a unit sign. */
  bare(value: number, unit: FigureUnit, source: FigureSource, field: FigureField, targetId?: string): string {
    return this.log(vietnameseNumber(value, decimalsOf(unit)), value, source, field, targetId);
  }

  /** A level a target sets, as people write it: "75 %", "90,5 %" (no decimals unless it has them). */
  level(
    value: number,
    unit: FigureUnit,
    source: FigureSource,
    field: FigureField,
    targetId?: string,
  ): string {
    const decimals = roundShown(value, 0) === roundShown(value, 1) ? 0 : 1;
    const text = this.log(vietnameseNumber(value, decimals), value, source, field, targetId);
    return unit === 'percent' ? withPercent(text) : text;
  }

  /** The value with its unit sign for a rate ("81,2 %"); counts and amounts bare. */
  value(value: number, unit: FigureUnit, source: FigureSource, field: FigureField = 'value'): string {
    const text = this.bare(value, unit, source, field);
    return unit === 'percent' ? withPercent(text) : text;
  }

  /** The size of a change without its sign, which the sentence says in words ("giảm 12"). */
  magnitude(figure: IndicatorFigureDto, unit: FigureUnit, source: FigureSource): string {
    const change = figure.change.absolute as number;
    return this.log(vietnameseNumber(Math.abs(change), decimalsOf(unit)), change, source, 'changeAbsolute');
  }

  /** A change with its sign, as a table prints it: "−12", "+2,1". */
  signedChange(change: number, unit: FigureUnit, source: FigureSource): string {
    return this.log(vietnameseNumber(change, decimalsOf(unit), true), change, source, 'changeAbsolute');
  }

  /** A relative change in percent with its sign: "−4,7 %". */
  relative(relative: number, source: FigureSource): string {
    return withPercent(
      this.log(vietnameseNumber(relative * 100, 1, true), relative, source, 'changeRelative'),
    );
  }
}
