import { indicatorValue } from '../indicators/indicator-math.ts';

// Is a resolution's target for a term going to be met? (shared/DESIGN.md section 5.6.) From the
// value so far, the days gone and the days left, this works out the level the whole term must
// reach, what the rest of the term needs for that, and a status with the finding behind it.
//
// What "over the term" means:
// - A rate (numerator / denominator × factor, e.g. clearance = cleared / occurred × 100) is the
//   term's cumulative rate Σnum / Σden × factor, not an average of yearly rates. The rest of the
//   term is expected to bring as much denominator per day as the term so far did:
//     den_rest = den_so_far / days_elapsed × days_left
//   and the rate the rest needs for the whole term to land exactly on the level L is
//     required = (L × (den_so_far + den_rest) − factor × num_so_far) / den_rest.
//   Facts of the days gone that change later (a case cleared after today) are not anticipated:
//   the value so far is what has been recorded by today.
// - A count (no denominator, e.g. crimes) is the term's total. "At least N" / "at most N" name
//   the total itself. "Reduce by p %" compares per day with the baseline period: the baseline is
//   brought to the term's length day for day and lowered by p %:
//     L = baseline / baseline_days × term_days × (1 − p / 100).
//   A count's pace is given per 365 days, so a whole-year figure reads as "a year's worth".
// - A rate "reduced by p %" must end the term at or below baseline × (1 − p / 100).
//
// The status, first rule that applies wins:
//   not_started  no day of the term has passed.
//   no_data      a rate with nothing in its denominator — over the whole term once it is over, or
//                so far with no comparable year either: there is no figure to judge (a commune
//                without a single crime is not "achieving" a clearance rate, nor failing it).
//   achieved     the term is over and its value meets the level; or, for a count that must
//                reach at least N, N is already reached (counts never go down).
//   off_track    the term is over and missed; or meeting the level is impossible: a rate above
//                its ceiling (100 % for a share of a whole) or below 0 would be needed, or a
//                count that must stay at most N is already above it.
//   on_track     the pace so far meets the target: the rate so far meets the level, or the count
//                per day so far is within the level per day of the whole term.
//   at_risk      the rest needs more than the unit has ever reached in a comparable past period
//                (a whole Decree 09 year), or there is no such period to show it can be done.
//   on_track     otherwise: behind so far, but the rest needs no more than the unit has already
//                reached in some comparable year (finding `within_best`: catching up).
// "More" and "best" follow the target's sense: for at-least targets the highest yearly value is
// the best and a higher requirement is harder; for at-most targets the lowest, and a lower one.

export type TargetDirection = 'at_least' | 'at_most' | 'reduce_by_percent';
export type TargetStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'not_started' | 'no_data';

/** Why the status is what it is; the words are the caller's. */
export type TargetFinding =
  | 'not_started'
  | 'term_met'
  | 'term_missed'
  | 'term_without_cases'
  | 'already_met'
  | 'already_exceeded'
  | 'impossible'
  | 'pace_meets'
  | 'no_cases_yet'
  | 'no_comparable'
  | 'beyond_best'
  | 'within_best';

export type TargetMeasure = {
  /** A rate has a denominator; a count has none. */
  kind: 'rate' | 'count';
  /** Multiplier of a rate (100 for a percent). */
  factor: number;
  /** The highest value a rate can take when it is a share of a whole (100 for a percent); null: none. */
  ceiling: number | null;
};

export type TargetRule = {
  direction: TargetDirection;
  /** The level for at_least / at_most; the percentage of the cut for reduce_by_percent. */
  value: number;
  /** Needed by reduce_by_percent: the baseline value and the length of its period in days. */
  baseline: { value: number; days: number } | null;
};

/** One comparable past period (a whole Decree 09 year) of the same unit and indicator. */
export type ComparablePeriod = {
  period: string;
  numerator: number;
  denominator: number | null;
  days: number;
};

export type TargetInputs = {
  measure: TargetMeasure;
  rule: TargetRule;
  termDays: number;
  /** Days of the term gone by, today included; clipped to 0..termDays. */
  elapsedDays: number;
  soFar: { numerator: number; denominator: number | null };
  comparable: readonly ComparablePeriod[];
};

export type ComparableValue = {
  period: string;
  value: number;
  /** The value as a pace: the rate itself, or the count per 365 days. */
  pace: number;
};

export type TargetAssessment = {
  /** The value the whole term must reach (a rate) or its total (a count). */
  level: number;
  /** Whether the term's value must be at least the level or at most it. */
  sense: 'at_least' | 'at_most';
  elapsedDays: number;
  remainingDays: number;
  /** Share of the term's days gone by, 0..1. */
  elapsedShare: number;
  /** The rate or the count so far; null for a rate with nothing counted in its denominator. */
  valueSoFar: number | null;
  /** Rates: the denominator the rest of the term is expected to bring. */
  expectedDenominatorForRest: number | null;
  /** Rates: the rate the rest needs; counts: what the rest must add (at least) or may add (at most). */
  requiredValueForRest: number | null;
  /** Rates: the rate so far; counts: so far, per 365 days. */
  paceSoFar: number | null;
  /** Rates: the rate the rest needs; counts: what the rest needs per 365 days. */
  requiredPace: number | null;
  /** The pace the whole term must keep: the level for a rate, the level per 365 days for a count. */
  levelPace: number;
  /** Comparable periods with a value, oldest first; the best of them by the target's sense. */
  comparable: ComparableValue[];
  bestComparable: ComparableValue | null;
  status: TargetStatus;
  finding: TargetFinding;
};

const YEAR_DAYS = 365;

/** The level the term must reach and in which sense. */
export function targetLevel(
  measure: TargetMeasure,
  rule: TargetRule,
  termDays: number,
): { level: number; sense: 'at_least' | 'at_most' } {
  if (rule.direction !== 'reduce_by_percent') return { level: rule.value, sense: rule.direction };
  if (!rule.baseline) throw new Error('a reduction needs a baseline');
  // Multiplied out before dividing, so whole inputs give the exact figure a person works out.
  const kept = 100 - rule.value;
  const level =
    measure.kind === 'rate'
      ? (rule.baseline.value * kept) / 100
      : (rule.baseline.value * termDays * kept) / (100 * rule.baseline.days);
  return { level, sense: 'at_most' };
}

/**
 * Comparable periods that say something: a rate's periods with a denominator; a count's from
 * the first period holding any fact on (earlier zeros are years before the records began).
 */
export function comparableValues(measure: TargetMeasure, periods: readonly ComparablePeriod[]) {
  const out: ComparableValue[] = [];
  for (const p of periods) {
    if (measure.kind === 'rate') {
      if (!p.denominator) continue;
      const value = indicatorValue(p.numerator, p.denominator, measure.factor)!;
      out.push({ period: p.period, value, pace: value });
    } else {
      if (out.length === 0 && p.numerator === 0) continue;
      out.push({ period: p.period, value: p.numerator, pace: (p.numerator * YEAR_DAYS) / p.days });
    }
  }
  return out;
}

export function assessTarget(input: TargetInputs): TargetAssessment {
  const { measure, rule, termDays } = input;
  if (!(termDays > 0)) throw new Error('a term has at least one day');
  const elapsedDays = Math.max(0, Math.min(termDays, input.elapsedDays));
  const remainingDays = termDays - elapsedDays;
  const { level, sense } = targetLevel(measure, rule, termDays);
  const atLeast = sense === 'at_least';
  const meets = (value: number, goal: number) => (atLeast ? value >= goal : value <= goal);
  /** True when `a` asks for more than `b` in the target's sense. */
  const harder = (a: number, b: number) => (atLeast ? a > b : a < b);

  const comparable = comparableValues(measure, input.comparable);
  const bestComparable =
    comparable.length === 0 ? null : comparable.reduce((best, c) => (harder(c.pace, best.pace) ? c : best));
  const isRate = measure.kind === 'rate';
  const levelPace = isRate ? level : (level * YEAR_DAYS) / termDays;

  const num = input.soFar.numerator;
  const den = input.soFar.denominator;
  // The same arithmetic as the indicator engine, so the value so far is the figure shown elsewhere.
  const valueSoFar = isRate ? indicatorValue(num, den ?? 0, measure.factor) : num;
  const base = {
    level,
    sense,
    elapsedDays,
    remainingDays,
    elapsedShare: elapsedDays / termDays,
    valueSoFar,
    levelPace,
    comparable,
    bestComparable,
  };
  const result = (
    status: TargetStatus,
    finding: TargetFinding,
    rest: {
      expectedDenominatorForRest?: number | null;
      requiredValueForRest?: number | null;
      paceSoFar?: number | null;
      requiredPace?: number | null;
    } = {},
  ): TargetAssessment => ({
    ...base,
    expectedDenominatorForRest: rest.expectedDenominatorForRest ?? null,
    requiredValueForRest: rest.requiredValueForRest ?? null,
    paceSoFar: rest.paceSoFar ?? null,
    requiredPace: rest.requiredPace ?? null,
    status,
    finding,
  });

  if (elapsedDays === 0) return result('not_started', 'not_started');

  /** The status once what the rest needs is known (`required` as a pace), and the pace so far. */
  const judge = (paceSoFar: number | null, required: number) => {
    if (paceSoFar !== null && meets(paceSoFar, levelPace)) return ['on_track', 'pace_meets'] as const;
    if (!bestComparable) return ['at_risk', 'no_comparable'] as const;
    if (harder(required, bestComparable.pace)) return ['at_risk', 'beyond_best'] as const;
    return ['on_track', 'within_best'] as const;
  };

  if (isRate) {
    if (remainingDays === 0) {
      if (valueSoFar === null) return result('no_data', 'term_without_cases');
      return meets(valueSoFar, level) ? result('achieved', 'term_met') : result('off_track', 'term_missed');
    }
    if (!den) {
      // Nothing counted yet: the rest is the whole of the term's denominator and must reach the level itself.
      const rest = { requiredValueForRest: level, requiredPace: level };
      if (outOfRange(measure, level)) return result('off_track', 'impossible', rest);
      const [status, finding] = judge(null, level);
      if (finding === 'no_comparable') return result('no_data', 'no_cases_yet', rest);
      return result(status, finding, rest);
    }
    const expectedDenominatorForRest = (den * remainingDays) / elapsedDays;
    const required =
      (level * (den + expectedDenominatorForRest) - measure.factor * num) / expectedDenominatorForRest;
    const rest = {
      expectedDenominatorForRest,
      requiredValueForRest: required,
      paceSoFar: valueSoFar,
      requiredPace: required,
    };
    if (outOfRange(measure, required) && harder(required, level))
      return result('off_track', 'impossible', rest);
    const [status, finding] = judge(valueSoFar, required);
    return result(status, finding, rest);
  }

  // Counts only grow: what has happened stays in the term's total.
  const paceSoFar = (num * YEAR_DAYS) / elapsedDays;
  if (atLeast && num >= level) return result('achieved', 'already_met', { paceSoFar });
  if (!atLeast && num > level) {
    return result('off_track', 'already_exceeded', {
      paceSoFar,
      requiredValueForRest: remainingDays > 0 ? 0 : null,
      requiredPace: remainingDays > 0 ? 0 : null,
    });
  }
  if (remainingDays === 0)
    return atLeast
      ? result('off_track', 'term_missed', { paceSoFar })
      : result('achieved', 'term_met', { paceSoFar });
  const requiredValueForRest = level - num;
  const requiredPace = (requiredValueForRest * YEAR_DAYS) / remainingDays;
  const [status, finding] = judge(paceSoFar, requiredPace);
  return result(status, finding, { paceSoFar, requiredValueForRest, requiredPace });
}

/** A rate that no facts can produce: above a share's ceiling, or below zero. */
function outOfRange(measure: TargetMeasure, rate: number): boolean {
  return rate < 0 || (measure.ceiling !== null && rate > measure.ceiling);
}
