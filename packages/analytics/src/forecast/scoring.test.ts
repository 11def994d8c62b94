import { describe, expect, it } from 'vitest';
import { mean4Model, naiveModel, seasonalNaiveModel } from './baselines.ts';
import { etsDampedModel } from './ets.ts';
import { seededRandom } from './prng.ts';
import { backtest, chooseModel, coverage, inSampleScale, mase } from './scoring.ts';
import type { CountModel } from './series.ts';

describe('MASE', () => {
  it('scales by the in-sample naive MAE when the history is shorter than two seasons', () => {
    // Naive errors of 1, 3, 2, 4 (season 4, only one season): 2, 1, 2 → scale 5/3.
    // Forecast 4, 7 against 5, 5: MAE 1.5 → MASE 1.5 / (5/3) = 0.9.
    expect(inSampleScale([1, 3, 2, 4], 4)).toBeCloseTo(5 / 3, 12);
    expect(mase([5, 5], [4, 7], [1, 3, 2, 4], 4)).toBeCloseTo(0.9, 12);
  });

  it('scales by the in-sample seasonal naive MAE once there are two seasons', () => {
    // Season 2, 1 2 3 5: lag-2 errors 2 and 3 → scale 2.5.
    expect(inSampleScale([1, 2, 3, 5], 2)).toBeCloseTo(2.5, 12);
    expect(mase([10], [5], [1, 2, 3, 5], 2)).toBeCloseTo(2, 12);
  });

  it('falls back to the plain MAE on a flat history', () => {
    expect(mase([3, 5], [4, 4], [2, 2, 2], 1)).toBe(1);
  });
});

describe('coverage', () => {
  it('counts the actuals inside their band, bounds included', () => {
    expect(coverage([1, 5, 9, 4], [0, 5, 0, 5], [2, 6, 8, 6])).toBe(0.5);
  });
});

describe('rolling-origin backtest', () => {
  const clean = Array.from({ length: 60 }, (_, t) => 20 + ((t * 7) % 11));

  it('hands each fit exactly the periods before its origin', () => {
    const seenLengths: number[] = [];
    const spy: CountModel = {
      name: 'naive',
      minLength: () => 2,
      forecast(history, season, horizon) {
        seenLengths.push(history.length);
        return naiveModel.forecast(history, season, horizon);
      },
    };
    const result = backtest(clean, spy, { season: 1, horizon: 3, firstOrigin: 40 });
    expect(result.origins.map((o) => o.origin)).toEqual(Array.from({ length: 18 }, (_, i) => 40 + i));
    expect(seenLengths).toEqual(result.origins.map((o) => o.origin));
  });

  it('gives the same forecast at an origin whatever comes at or after it (huge values or NaN)', () => {
    const origin = 48;
    const huge = clean.map((value, t) => (t >= origin ? 1e12 : value));
    const missing = clean.map((value, t) => (t >= origin ? Number.NaN : value));
    for (const model of [naiveModel, seasonalNaiveModel, mean4Model, etsDampedModel]) {
      const options = { season: 12, horizon: 4, firstOrigin: origin, lastOrigin: origin };
      const expected = backtest(clean, model, options).origins[0]?.forecast;
      expect(expected?.mean.every(Number.isFinite)).toBe(true);
      expect(backtest(huge, model, options).origins[0]?.forecast).toEqual(expected);
      expect(backtest(missing, model, options).origins[0]?.forecast).toEqual(expected);
    }
  });

  it('reports the coverage of the bands it produced', () => {
    const result = backtest(clean, mean4Model, { season: 1, horizon: 2, firstOrigin: 30 });
    const outcomes = result.origins.flatMap((o) =>
      o.forecast.mean.map((_, i) => ({
        actual: clean[o.origin + i] ?? 0,
        lo: o.forecast.lo80[i] ?? 0,
        hi: o.forecast.hi80[i] ?? 0,
      })),
    );
    const inside = outcomes.filter((x) => x.actual >= x.lo && x.actual <= x.hi).length;
    expect(result.coverage80).toBeCloseTo(inside / outcomes.length, 12);
    expect(result.mase).toBeCloseTo(
      result.origins.reduce((s, o) => s + o.mase, 0) / result.origins.length,
      12,
    );
  });

  it('chooses naive on a random walk and leaves out models that cannot fit the first origin', () => {
    const random = seededRandom(11);
    const walk: number[] = [500];
    for (let t = 1; t < 120; t += 1) walk.push(Math.max(0, (walk[t - 1] ?? 0) + 10 * random.normal()));
    const { chosen, results } = chooseModel(
      walk,
      [naiveModel, seasonalNaiveModel, mean4Model, etsDampedModel],
      {
        season: 52,
        horizon: 4,
        firstOrigin: 100,
      },
    );
    expect(chosen?.model).toBe('naive');
    // ETS needs 106 periods with a 52-week season, more than the first origin has.
    expect(results.map((r) => r.model)).toEqual(['naive', 'seasonal_naive', 'mean_4']);
  });
});
