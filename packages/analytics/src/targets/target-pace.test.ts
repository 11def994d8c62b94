import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessTarget, type ComparablePeriod, type TargetInputs } from './target-pace.ts';

// Every figure below is worked out by hand in the comment above its expectation.

const PERCENT = { kind: 'rate', factor: 100, ceiling: 100 } as const;
const COUNT = { kind: 'count', factor: 1, ceiling: null } as const;

/** Decree 09 years 2021..2025 (term:2020-2025): 2020-12-15..2025-12-14, 1,826 days (2024 is a leap year). */
const TERM_2020_2025_DAYS = 1_826;
/** On 14 December 2024 the term is four reporting years old (1,461 days), one year (365 days) left. */
const ELAPSED_ON_2024_12_14 = 1_461;

const year = (
  period: string,
  numerator: number,
  denominator: number | null,
  days = 365,
): ComparablePeriod => ({
  period,
  numerator,
  denominator,
  days,
});

/** Best reporting year: 78 of 100 cleared (78 %); another year 150 of 200 (75 %). */
const CLEARANCE_YEARS = [year('bc:2022', 150, 200), year('bc:2023', 78, 100, 365)];

function clearance(overrides: Partial<TargetInputs> & { target?: number } = {}): TargetInputs {
  const { target = 75, ...rest } = overrides;
  return {
    measure: PERCENT,
    rule: { direction: 'at_least', value: target, baseline: null },
    termDays: 1_460,
    elapsedDays: 1_095,
    soFar: { numerator: 210, denominator: 300 },
    comparable: CLEARANCE_YEARS,
    ...rest,
  };
}

describe('a clearance target "above 75 % over the term", at 70 % with a year left', () => {
  it('needs exactly 90 % in the last year, more than the best year (78 %): at risk', () => {
    // Three years gone (1,095 days), one left (365). So far 210 cleared of 300 = 70 %.
    // The last year is expected to bring 300 × 365 / 1,095 = 100 more crimes; for the term to
    // end at 75 % of 400 = 300 cleared it must clear 300 − 210 = 90 of them: 90 %.
    const a = assessTarget(clearance());
    expect(a.valueSoFar).toBe(70);
    expect(a.elapsedShare).toBe(0.75);
    expect(a.remainingDays).toBe(365);
    expect(a.expectedDenominatorForRest).toBe(100);
    expect(a.requiredValueForRest).toBe(90);
    expect(a.requiredPace).toBe(90);
    expect(a.bestComparable).toEqual({ period: 'bc:2023', value: 78, pace: 78 });
    expect(a.status).toBe('at_risk');
    expect(a.finding).toBe('beyond_best');
  });

  it('on the real term:2020-2025 boundaries (1,826 days, 365 left): 346,800 / 3,650 = 95.01 %', () => {
    // 14,610 crimes so far, 10,227 cleared (70 %). Expected in the last 365 days:
    // 14,610 × 365 / 1,461 = 3,650. Needed: 75 % × 18,260 = 13,695 cleared, so
    // 13,695 − 10,227 = 3,468 of 3,650 = 95.0137 % (= 75 % + 5 % × 1,461 / 365).
    const a = assessTarget(
      clearance({
        termDays: TERM_2020_2025_DAYS,
        elapsedDays: ELAPSED_ON_2024_12_14,
        soFar: { numerator: 10_227, denominator: 14_610 },
      }),
    );
    expect(a.valueSoFar).toBe(70);
    expect(a.expectedDenominatorForRest).toBe(3_650);
    expect(a.requiredValueForRest).toBe(346_800 / 3_650);
    expect(a.requiredValueForRest).toBeCloseTo(95.0137, 4);
    expect(a.requiredValueForRest).toBeCloseTo(75 + (5 * 1_461) / 365, 10);
    expect(a.status).toBe('at_risk');

    // A target of 80 % would need (80 × 18,260 − 1,022,700) / 3,650 = 438,100 / 3,650 = 120.03 %: impossible.
    const impossible = assessTarget(
      clearance({
        target: 80,
        termDays: TERM_2020_2025_DAYS,
        elapsedDays: ELAPSED_ON_2024_12_14,
        soFar: { numerator: 10_227, denominator: 14_610 },
      }),
    );
    expect(impossible.requiredValueForRest).toBe(438_100 / 3_650);
    expect(impossible.status).toBe('off_track');
    expect(impossible.finding).toBe('impossible');
  });

  it('is off track when the last year would need more than 100 %', () => {
    // Target 80 %: 80 % of 400 = 320 cleared, 320 − 210 = 110 of 100: 110 %.
    const a = assessTarget(clearance({ target: 80 }));
    expect(a.requiredValueForRest).toBe(110);
    expect(a.status).toBe('off_track');
    expect(a.finding).toBe('impossible');
  });

  it('is on track when the rate so far already meets 75 %', () => {
    // 228 of 300 = 76 % ≥ 75 %; the last year needs (75 × 400 − 22,800) / 100 = 72 %.
    const a = assessTarget(clearance({ soFar: { numerator: 228, denominator: 300 } }));
    expect(a.valueSoFar).toBe(76);
    expect(a.requiredValueForRest).toBe(72);
    expect(a.status).toBe('on_track');
    expect(a.finding).toBe('pace_meets');
  });

  it('is on track, catching up, when the unit has done the 90 % before', () => {
    const a = assessTarget(clearance({ comparable: [...CLEARANCE_YEARS, year('bc:2021', 91, 100)] }));
    expect(a.requiredValueForRest).toBe(90);
    expect(a.bestComparable).toEqual({ period: 'bc:2021', value: 91, pace: 91 });
    expect(a.status).toBe('on_track');
    expect(a.finding).toBe('within_best');
  });

  it('is at risk when no comparable year holds a single case', () => {
    const a = assessTarget(clearance({ comparable: [year('bc:2019', 0, 0), year('bc:2020', 0, 0)] }));
    expect(a.comparable).toEqual([]);
    expect(a.status).toBe('at_risk');
    expect(a.finding).toBe('no_comparable');
  });

  it('has not started before its first day, and is achieved or missed once over', () => {
    expect(assessTarget(clearance({ elapsedDays: 0 })).status).toBe('not_started');
    const over = (numerator: number) =>
      assessTarget(clearance({ elapsedDays: 1_460, soFar: { numerator, denominator: 400 } }));
    // 300 of 400 = 75 % exactly: met; 299 = 74.75 %: missed.
    expect([over(300).status, over(300).finding]).toEqual(['achieved', 'term_met']);
    expect([over(299).status, over(299).finding]).toEqual(['off_track', 'term_missed']);
    expect(over(300).requiredValueForRest).toBeNull();
  });

  it('has no figure to judge when nothing was counted: over a whole term, or so far with no past year', () => {
    const none = { numerator: 0, denominator: 0 };
    const ended = assessTarget(clearance({ elapsedDays: 1_460, soFar: none }));
    expect([ended.status, ended.finding]).toEqual(['no_data', 'term_without_cases']);
    const fresh = assessTarget(clearance({ soFar: none, comparable: [] }));
    expect([fresh.status, fresh.finding]).toEqual(['no_data', 'no_cases_yet']);
    // A count of zero is a figure: no crime so far is on pace for "at most".
    const noCrime = assessTarget({
      measure: COUNT,
      rule: { direction: 'at_most', value: 10, baseline: null },
      termDays: 730,
      elapsedDays: 365,
      soFar: { numerator: 0, denominator: null },
      comparable: [],
    });
    expect([noCrime.status, noCrime.requiredValueForRest]).toEqual(['on_track', 10]);
  });

  it('with no case so far, the rest must reach the level itself', () => {
    const a = assessTarget(clearance({ soFar: { numerator: 0, denominator: 0 } }));
    expect(a.valueSoFar).toBeNull();
    expect(a.requiredValueForRest).toBe(75);
    // The best year cleared 78 %: 75 % has been done.
    expect([a.status, a.finding]).toEqual(['on_track', 'within_best']);
  });
});

describe('an at-most rate (overdue share at most 5 %)', () => {
  const overdue = (numerator: number, target = 5): TargetInputs => ({
    measure: PERCENT,
    rule: { direction: 'at_most', value: target, baseline: null },
    termDays: 730,
    elapsedDays: 365,
    soFar: { numerator, denominator: 1_000 },
    // Lowest yearly shares: 6 % and 4 %.
    comparable: [year('bc:2024', 60, 1_000), year('bc:2025', 40, 1_000)],
  });

  it('needs (5 × 2,000 − 100 × 80) / 1,000 = 2 % for the rest: lower than the best 4 %, at risk', () => {
    const a = assessTarget(overdue(80));
    expect(a.valueSoFar).toBe(8);
    expect(a.expectedDenominatorForRest).toBe(1_000);
    expect(a.requiredValueForRest).toBe(2);
    expect(a.bestComparable?.value).toBe(4);
    expect([a.status, a.finding]).toEqual(['at_risk', 'beyond_best']);
  });

  it('is off track when even 0 % for the rest cannot bring it down: (10,000 − 11,000) / 1,000 = −1 %', () => {
    const a = assessTarget(overdue(110));
    expect(a.requiredValueForRest).toBe(-1);
    expect([a.status, a.finding]).toEqual(['off_track', 'impossible']);
  });

  it('is on track at 5 % so far', () => {
    expect(assessTarget(overdue(50)).status).toBe('on_track');
  });
});

describe('a count to reduce by 5 % from its baseline (crimes)', () => {
  // Baseline: 365 crimes in a 365-day reporting year. Over a 730-day term that is 730 crimes,
  // less 5 %: 365 × 730 × 95 / (100 × 365) = 693.5 at most; per 365 days 346.75.
  const crimes = (numerator: number, comparable: ComparablePeriod[]): TargetInputs => ({
    measure: COUNT,
    rule: { direction: 'reduce_by_percent', value: 5, baseline: { value: 365, days: 365 } },
    termDays: 730,
    elapsedDays: 365,
    soFar: { numerator, denominator: null },
    comparable,
  });
  // Years before the records began (0) do not count; 340 crimes in a 366-day year is
  // 340 × 365 / 366 = 339.07 per 365 days, the lowest.
  const YEARS = [year('bc:2021', 0, null), year('bc:2022', 350, null), year('bc:2024', 340, null, 366)];

  it('allows 693.5 − 360 = 333.5 more in the last year, below the best 339.07: at risk', () => {
    const a = assessTarget(crimes(360, YEARS));
    expect(a.level).toBe(693.5);
    expect(a.levelPace).toBe(346.75);
    expect(a.valueSoFar).toBe(360);
    expect(a.paceSoFar).toBe(360);
    expect(a.requiredValueForRest).toBe(333.5);
    expect(a.requiredPace).toBe(333.5);
    expect(a.comparable.map((c) => c.period)).toEqual(['bc:2022', 'bc:2024']);
    expect(a.bestComparable).toEqual({ period: 'bc:2024', value: 340, pace: (340 * 365) / 366 });
    expect([a.status, a.finding]).toEqual(['at_risk', 'beyond_best']);
  });

  it('is on track at 340 so far (≤ 346.75 a year), within reach after a 330-crime year, off track above 693.5', () => {
    expect(assessTarget(crimes(340, YEARS)).finding).toBe('pace_meets');
    const within = assessTarget(crimes(360, [...YEARS, year('bc:2025', 330, null)]));
    expect([within.status, within.finding]).toEqual(['on_track', 'within_best']);
    const over = assessTarget(crimes(694, YEARS));
    expect([over.status, over.finding]).toEqual(['off_track', 'already_exceeded']);
  });
});

describe('a count to reach at least 100 (drug cases found) over 730 days', () => {
  const found = (numerator: number): TargetInputs => ({
    measure: COUNT,
    rule: { direction: 'at_least', value: 100, baseline: null },
    termDays: 730,
    elapsedDays: 365,
    soFar: { numerator, denominator: null },
    comparable: [year('bc:2025', 65, null)],
  });

  it('is achieved as soon as 100 are found; on track at 60 a year; at risk needing 70 when the best year had 65', () => {
    expect([assessTarget(found(100)).status, assessTarget(found(100)).finding]).toEqual([
      'achieved',
      'already_met',
    ]);
    expect(assessTarget(found(60)).status).toBe('on_track');
    const behind = assessTarget(found(30));
    expect(behind.requiredValueForRest).toBe(70);
    expect(behind.requiredPace).toBe(70);
    expect([behind.status, behind.finding]).toEqual(['at_risk', 'beyond_best']);
  });
});

describe('the rules hold for every input', () => {
  it('landing on the required rate for the rest gives exactly the level over the term', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 2_000 }),
        fc.integer({ min: 1, max: 1_999 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 99 }),
        (termDays, elapsedRaw, den, pct, target) => {
          const elapsedDays = Math.min(elapsedRaw, termDays - 1);
          const num = Math.round((den * pct) / 100);
          const a = assessTarget(
            clearance({ termDays, elapsedDays, target, soFar: { numerator: num, denominator: den } }),
          );
          const rest = a.expectedDenominatorForRest!;
          const termRate = ((num + (a.requiredValueForRest! / 100) * rest) / (den + rest)) * 100;
          expect(termRate).toBeCloseTo(target, 6);
          if (a.status === 'off_track') expect(a.requiredValueForRest!).toBeGreaterThan(100);
          if (a.valueSoFar! >= target) expect(a.status).toBe('on_track');
        },
      ),
      { numRuns: 300 },
    );
  });
});
