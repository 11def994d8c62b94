import { describe, expect, it } from 'vitest';
import {
  fitCountRegression,
  negbinRegressionModel,
  poissonRegressionModel,
  predictiveQuantiles,
  solveSymmetric,
} from './glm.ts';
import { seededRandom, type Random } from './prng.ts';
import { backtest } from './scoring.ts';

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), boosted for shape < 1; bounded retries. */
function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(1 - random.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const x = random.normal();
    const v = Math.pow(1 + c * x, 3);
    if (v > 0 && Math.log(1 - random.next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
  return shape;
}

/** NB(μ, θ) as a Poisson with a Gamma(θ, μ/θ) mean: Var = μ + μ²/θ. */
function negbin(random: Random, mu: number, theta: number): number {
  return random.poisson((gamma(random, theta) * mu) / theta);
}

/** log μ_t = 2 + 0.6·t/n + 0.5 sin(2πt/52) − 0.3 cos(2πt/52) + 0.2 sin(4πt/52). */
function trueLogMean(t: number, n: number): number {
  const angle = (2 * Math.PI * t) / 52;
  return 2 + (0.6 * t) / n + 0.5 * Math.sin(angle) - 0.3 * Math.cos(angle) + 0.2 * Math.sin(2 * angle);
}

describe('solveSymmetric', () => {
  it('solves a positive definite system and refuses an indefinite one', () => {
    const x = solveSymmetric(
      [
        [4, 2, 0],
        [2, 5, 1],
        [0, 1, 3],
      ],
      [2, 9, 7],
    );
    const product = [
      4 * (x?.[0] ?? 0) + 2 * (x?.[1] ?? 0),
      2 * (x?.[0] ?? 0) + 5 * (x?.[1] ?? 0) + (x?.[2] ?? 0),
      (x?.[1] ?? 0) + 3 * (x?.[2] ?? 0),
    ];
    product.forEach((value, i) => expect(value).toBeCloseTo([2, 9, 7][i] ?? 0, 10));
    expect(
      solveSymmetric(
        [
          [1, 2],
          [2, 1],
        ],
        [1, 1],
      ),
    ).toBeNull();
  });
});

describe('Poisson regression', () => {
  it('recovers the trend and season coefficients of a long simulated weekly series', () => {
    const random = seededRandom(8);
    const n = 2000;
    const series = Array.from({ length: n }, (_, t) => random.poisson(Math.exp(trueLogMean(t, n))));
    const fit = fitCountRegression(series, 52, 'poisson');
    expect(fit.converged).toBe(true);
    // Columns: 1, t/n, sin k=1, cos k=1, sin k=2, cos k=2, sin k=3, cos k=3.
    const expected = [2, 0.6, 0.5, -0.3, 0.2, 0, 0, 0];
    expect(fit.coefficients).toHaveLength(8);
    fit.coefficients.forEach((value, i) => expect(Math.abs(value - (expected[i] ?? 0))).toBeLessThan(0.05));
  });

  it('fits a series without season with intercept and trend only', () => {
    const random = seededRandom(9);
    const series = Array.from({ length: 2000 }, (_, t) => random.poisson(Math.exp(1.5 + (0.8 * t) / 2000)));
    const fit = fitCountRegression(series, 1, 'poisson');
    // Standard errors here are about 0.015 (β0) and 0.03 (β1): tolerances of about three of them.
    expect(fit.coefficients).toHaveLength(2);
    expect(Math.abs((fit.coefficients[0] ?? 0) - 1.5)).toBeLessThan(0.05);
    expect(Math.abs((fit.coefficients[1] ?? 0) - 0.8)).toBeLessThan(0.1);
  });

  it('stays finite and never negative on an all-zero history', () => {
    const forecast = poissonRegressionModel.forecast(new Array<number>(30).fill(0), 12, 3);
    for (const band of [forecast.mean, forecast.lo95, forecast.lo80, forecast.hi80, forecast.hi95]) {
      expect(band.every((value) => Number.isFinite(value) && value >= 0)).toBe(true);
    }
    expect(forecast.hi95).toEqual([0, 0, 0]);
  });
});

describe('negative-binomial regression', () => {
  it('recovers the dispersion θ roughly on overdispersed data', () => {
    const random = seededRandom(12);
    const n = 1500;
    const series = Array.from({ length: n }, (_, t) => negbin(random, Math.exp(trueLogMean(t, n)), 4));
    const fit = fitCountRegression(series, 52, 'negbin');
    expect(fit.theta).toBeGreaterThan(3);
    expect(fit.theta).toBeLessThan(5.5);
    expect(fit.coefficients[0]).toBeCloseTo(2, 1);
    expect(fit.coefficients[1]).toBeCloseTo(0.6, 0);
  });

  it('settles on a large θ when the counts are Poisson', () => {
    const random = seededRandom(13);
    const series = Array.from({ length: 1000 }, () => random.poisson(20));
    expect(fitCountRegression(series, 1, 'negbin').theta).toBeGreaterThan(50);
  });

  it('covers 70–90 % with its 80 % bands on 200 NB series, where Poisson bands under-cover', () => {
    const random = seededRandom(2026);
    const inside = { poisson: 0, negbin: 0 };
    let outcomes = 0;
    for (let s = 0; s < 200; s += 1) {
      const level = Math.log(5 + 35 * random.next());
      const series = Array.from({ length: 64 }, (_, t) =>
        negbin(random, Math.exp(level + 0.3 * Math.sin((2 * Math.PI * t) / 12)), 3),
      );
      const history = series.slice(0, 60);
      const poisson = poissonRegressionModel.forecast(history, 12, 4);
      const nb = negbinRegressionModel.forecast(history, 12, 4);
      series.slice(60).forEach((actual, h) => {
        outcomes += 1;
        if (actual >= (poisson.lo80[h] ?? 0) && actual <= (poisson.hi80[h] ?? 0)) inside.poisson += 1;
        if (actual >= (nb.lo80[h] ?? 0) && actual <= (nb.hi80[h] ?? 0)) inside.negbin += 1;
      });
    }
    expect(outcomes).toBe(800);
    expect(inside.negbin / outcomes).toBeGreaterThanOrEqual(0.7);
    expect(inside.negbin / outcomes).toBeLessThanOrEqual(0.9);
    expect(inside.poisson / outcomes).toBeLessThan(inside.negbin / outcomes - 0.1);
  });
});

describe('predictive quantiles', () => {
  it('match the Poisson quantiles of a known mean when the mean is certain', () => {
    // Poisson(10): P(X ≤ 5) = 0.0671, P(X ≤ 6) = 0.1301; P(X ≤ 13) = 0.8645, P(X ≤ 14) = 0.9165;
    // P(X ≤ 3) = 0.0103, P(X ≤ 4) = 0.0293; P(X ≤ 16) = 0.9730, P(X ≤ 17) = 0.9857.
    expect(predictiveQuantiles(Math.log(10), 0, Infinity)).toEqual({ lo95: 4, lo80: 6, hi80: 14, hi95: 17 });
  });

  it('widen with overdispersion and with uncertainty of the mean', () => {
    const poisson = predictiveQuantiles(Math.log(30), 0, Infinity);
    const nb = predictiveQuantiles(Math.log(30), 0, 5);
    const uncertain = predictiveQuantiles(Math.log(30), 0.05, Infinity);
    expect(nb.hi95 - nb.lo95).toBeGreaterThan(poisson.hi95 - poisson.lo95);
    expect(uncertain.hi95 - uncertain.lo95).toBeGreaterThan(poisson.hi95 - poisson.lo95);
  });
});

describe('no future data', () => {
  it('gives the same forecast at an origin whatever comes at or after it (huge values or NaN)', () => {
    const random = seededRandom(31);
    const clean = Array.from({ length: 60 }, (_, t) => random.poisson(Math.exp(trueLogMean(t * 4, 240))));
    const origin = 48;
    const huge = clean.map((value, t) => (t >= origin ? 1e12 : value));
    const missing = clean.map((value, t) => (t >= origin ? Number.NaN : value));
    for (const model of [poissonRegressionModel, negbinRegressionModel]) {
      const options = { season: 12, horizon: 4, firstOrigin: origin, lastOrigin: origin };
      const expected = backtest(clean, model, options).origins[0]?.forecast;
      expect(expected?.mean.every(Number.isFinite)).toBe(true);
      expect(expected?.lo80.every((value) => value >= 0)).toBe(true);
      expect(backtest(huge, model, options).origins[0]?.forecast).toEqual(expected);
      expect(backtest(missing, model, options).origins[0]?.forecast).toEqual(expected);
    }
  });
});
