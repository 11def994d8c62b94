// The arithmetic of an indicator value (shared/DESIGN.md section 5.5): the value itself from a
// numerator and a denominator, its change against the same period last year, and a band from
// the same period of earlier years, so a change that noise explains is not shown as news.

/** numerator / denominator × factor; a count (no denominator) is the numerator itself. */
export function indicatorValue(numerator: number, denominator: number | null, factor: number): number | null {
  if (denominator === null) return numerator;
  if (denominator === 0) return null;
  return (numerator / denominator) * factor;
}

export type Change = {
  absolute: number | null;
  /** Relative to the earlier value (0.12 = +12 %); null when the earlier value is 0 or missing. */
  relative: number | null;
};

export function changeBetween(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { absolute: null, relative: null };
  return { absolute: current - previous, relative: previous === 0 ? null : (current - previous) / previous };
}

export type Band = {
  /** Values of the same period in earlier years the band is built from, oldest first. */
  basis: number[];
  mean: number;
  sd: number;
  low: number;
  high: number;
};

/** Fewer earlier years than this and a band says nothing. */
export const MIN_BAND_YEARS = 3;

/**
 * mean ± k·SD (sample standard deviation) of the earlier values; null with fewer than
 * MIN_BAND_YEARS of them. Counts cannot go below zero, so neither can the band.
 */
export function baselineBand(earlier: (number | null)[], k = 2): Band | null {
  const basis = earlier.filter((v): v is number => v !== null && Number.isFinite(v));
  if (basis.length < MIN_BAND_YEARS) return null;
  const mean = basis.reduce((a, b) => a + b, 0) / basis.length;
  const variance = basis.reduce((a, b) => a + (b - mean) ** 2, 0) / (basis.length - 1);
  const sd = Math.sqrt(variance);
  return { basis, mean, sd, low: Math.max(0, mean - k * sd), high: mean + k * sd };
}

export type BandFlag = 'above' | 'below' | null;

export function bandFlag(value: number | null, band: Band | null): BandFlag {
  if (value === null || band === null) return null;
  if (value > band.high) return 'above';
  if (value < band.low) return 'below';
  return null;
}

export type Direction = 'higher_is_better' | 'lower_is_better' | 'neutral';

/** Whether a change is good news for the people the indicator serves. */
export function judgeChange(
  direction: Direction,
  absolute: number | null,
): 'better' | 'worse' | 'same' | null {
  if (absolute === null || direction === 'neutral') return null;
  if (absolute === 0) return 'same';
  return absolute > 0 === (direction === 'higher_is_better') ? 'better' : 'worse';
}

export type Target = { op: 'at_least' | 'at_most'; value: number };

export function meetsTarget(value: number | null, target: Target | null): boolean | null {
  if (value === null || target === null) return null;
  return target.op === 'at_least' ? value >= target.value : value <= target.value;
}
