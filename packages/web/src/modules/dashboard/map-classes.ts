import { displayRound, type IndicatorUnit } from './indicator-format.ts';

// The thematic map's colour classes: up to five groups of about as many units each (quantiles),
// bounded by values that occur, so the legend reads "12–18 vụ" and every unit in that colour is
// inside it. The colour gets darker as the figure gets worse: more crimes, a lower clearance
// rate. Figures with no better side (tips received) go from light to dark blue as they grow.

export type Direction = 'higher_is_better' | 'lower_is_better' | 'neutral';
export type MapClass = { min: number; max: number; colour: string };

/** ColorBrewer OrRd and Blues, five steps, light to dark. */
const WORSE_RAMP = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
const NEUTRAL_RAMP = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
export const NO_DATA_COLOUR = '#dee2e6';
export const MAX_CLASSES = 5;

/** Picks `n` colours spread over a ramp, keeping its ends. */
function spread(ramp: string[], n: number): string[] {
  if (n <= 1) return [ramp[Math.floor(ramp.length / 2)]!];
  return Array.from({ length: n }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (n - 1))]!);
}

export function mapClasses(
  values: readonly (number | null)[],
  unit: IndicatorUnit,
  direction: Direction,
): MapClass[] {
  const shown = values
    .filter((v): v is number => v !== null)
    .map((v) => displayRound(v, unit)!)
    .sort((a, b) => a - b);
  if (shown.length === 0) return [];
  const distinct = [...new Set(shown)];
  let uppers: number[];
  if (distinct.length <= MAX_CLASSES) uppers = distinct;
  else {
    const cuts = Array.from(
      { length: MAX_CLASSES - 1 },
      (_, k) => shown[Math.floor(((k + 1) * shown.length) / MAX_CLASSES) - 1]!,
    );
    uppers = [...new Set([...cuts, shown[shown.length - 1]!])];
  }
  const groups = uppers
    .map((upper, i) => shown.filter((v) => v <= upper && (i === 0 || v > uppers[i - 1]!)))
    .filter((g) => g.length > 0);
  const ramp = direction === 'neutral' ? NEUTRAL_RAMP : WORSE_RAMP;
  const colours = spread(ramp, groups.length);
  // Higher is better: the lowest values are the worst, so they take the darkest colour.
  if (direction === 'higher_is_better') colours.reverse();
  return groups.map((g, i) => ({ min: g[0]!, max: g[g.length - 1]!, colour: colours[i]! }));
}

/** The colour of a unit's figure; units without a figure (nothing to divide by) are grey. */
export function colourOf(value: number | null, unit: IndicatorUnit, classes: readonly MapClass[]): string {
  if (value === null) return NO_DATA_COLOUR;
  const v = displayRound(value, unit)!;
  return classes.find((c) => v <= c.max)?.colour ?? classes[classes.length - 1]?.colour ?? NO_DATA_COLOUR;
}
