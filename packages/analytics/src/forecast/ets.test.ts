import { describe, expect, it } from 'vitest';
import { seasonalNaiveModel } from './baselines.ts';
import { etsDampedModel, fitEts } from './ets.ts';
import { seededRandom } from './prng.ts';
import { mase } from './scoring.ts';

const SEASON = [0, 5, 12, 20, 25, 22, 14, 6, -3, -10, -6, -2];

/** Level 100, rising 0.8 a month, the seasonal shape above, normal noise of sd `noise`. */
function trendingSeasonal(length: number, seed: number, noise: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, (_, t) =>
    Math.max(0, 100 + 0.8 * t + (SEASON[t % 12] ?? 0) + noise * random.normal()),
  );
}

describe('Holt-Winters with damped trend', () => {
  it('reproduces a noiseless flat seasonal series exactly', () => {
    const series = Array.from({ length: 48 }, (_, t) => 50 + (SEASON[t % 12] ?? 0));
    const forecast = etsDampedModel.forecast(series, 12, 12);
    forecast.mean.forEach((value, h) => expect(value).toBeCloseTo(50 + (SEASON[h] ?? 0), 6));
    forecast.hi95.forEach((hi, h) => expect(hi).toBeCloseTo(forecast.mean[h] ?? 0, 6));
  });

  it('beats seasonal naive on a year of holdout of a trending seasonal series', () => {
    // Ten seeds, each 8 years of history and a 12-month holdout; ETS must win every time.
    for (let seed = 1; seed <= 10; seed += 1) {
      const series = trendingSeasonal(108, seed, 4);
      const history = series.slice(0, 96);
      const holdout = series.slice(96);
      const ets = etsDampedModel.forecast(history, 12, 12);
      const snaive = seasonalNaiveModel.forecast(history, 12, 12);
      expect(mase(holdout, ets.mean, history, 12)).toBeLessThan(mase(holdout, snaive.mean, history, 12));
    }
  });

  it('keeps the fitted parameters inside the admissible box', () => {
    const p = fitEts(trendingSeasonal(96, 3, 4), 12);
    expect(p.alpha).toBeGreaterThan(0);
    expect(p.alpha).toBeLessThan(1);
    expect(p.beta).toBeLessThanOrEqual(p.alpha);
    expect(p.gamma).toBeLessThanOrEqual(1 - p.alpha);
    expect(p.phi).toBeGreaterThanOrEqual(0.8);
    expect(p.phi).toBeLessThanOrEqual(0.98);
  });

  it('gives nested bands that widen with the horizon and never go below 0', () => {
    const forecast = etsDampedModel.forecast(trendingSeasonal(96, 5, 6), 12, 24);
    for (let h = 0; h < 24; h += 1) {
      const [lo95, lo80, mean, hi80, hi95] = [
        forecast.lo95[h] ?? 0,
        forecast.lo80[h] ?? 0,
        forecast.mean[h] ?? 0,
        forecast.hi80[h] ?? 0,
        forecast.hi95[h] ?? 0,
      ];
      expect(lo95).toBeGreaterThanOrEqual(0);
      expect(lo95).toBeLessThanOrEqual(lo80);
      expect(lo80).toBeLessThanOrEqual(mean);
      expect(mean).toBeLessThanOrEqual(hi80);
      expect(hi80).toBeLessThanOrEqual(hi95);
      if (h > 0) {
        const width = hi95 - mean;
        expect(width).toBeGreaterThanOrEqual(
          (forecast.hi95[h - 1] ?? 0) - (forecast.mean[h - 1] ?? 0) - 1e-9,
        );
      }
    }
  });

  it('works without a season (damped Holt)', () => {
    const series = Array.from({ length: 30 }, (_, t) => 10 + 2 * t);
    const forecast = etsDampedModel.forecast(series, 1, 3);
    expect(forecast.mean[0]).toBeGreaterThan(series[29] ?? 0);
    expect(forecast.mean[0]).toBeLessThan((series[29] ?? 0) + 2.5);
  });
});
