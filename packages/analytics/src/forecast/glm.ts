import {
  checkHistory,
  type CountForecast,
  type CountModel,
  type CountModelName,
  type CountSeries,
} from './series.ts';

// Poisson and negative-binomial regression for counts with trend and season:
//   log μ_t = β0 + β1·(t/n) + Σ_{k=1}^{K} [a_k sin(2πkt/m) + b_k cos(2πkt/m)],  K = min(3, ⌊m/2⌋)
// fitted by iteratively reweighted least squares (McCullagh & Nelder, Generalized Linear Models,
// 1989, section 2.5). The negative binomial has Var = μ + μ²/θ; θ is chosen by profile likelihood
// on a bounded grid and the mean refitted with NB weights. Intervals are quantiles of the
// predictive count distribution, mixed over the uncertainty of the fitted log-mean.

export type CountFamily = 'poisson' | 'negbin';

export type CountRegressionFit = {
  family: CountFamily;
  /** β0, β1 (per whole history length), then sin/cos pairs for k = 1 … K. */
  coefficients: number[];
  /** Inverse of the weighted normal matrix: the approximate covariance of the coefficients. */
  covariance: number[][];
  /** NB dispersion; Infinity for Poisson. */
  theta: number;
  /** Length of the history the time scale is relative to. */
  length: number;
  season: number;
  iterations: number;
  converged: boolean;
};

const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-8;
/** Keeps the normal equations solvable when a column is (nearly) constant or collinear. */
const RIDGE = 1e-8;
/** exp(±30) spans any count that can occur; it keeps IRLS finite on all-zero stretches. */
const ETA_LIMIT = 30;
const THETA_MIN = 0.05;
const THETA_MAX = 1e4;
const THETA_GRID_POINTS = 25;
/** Golden-section rounds after the grid: the bracket shrinks by 0.618 each round. */
const GOLDEN_ROUNDS = 20;
/** Gauss–Hermite nodes and weights (5 points) for the mixture over the log-mean's error. */
const HERMITE_NODES = [-2.0201828704560856, -0.9585724646138185, 0, 0.9585724646138185, 2.0201828704560856];
const HERMITE_WEIGHTS = [
  0.01995324205904591, 0.3936193231522412, 0.9453087204829419, 0.3936193231522412, 0.01995324205904591,
];
/** The pmf is summed no further than this many terms past the mean (bounded work per quantile). */
const MAX_PMF_TERMS = 200_000;
/**
 * The delta-method variance of the log-mean is only meaningful near the data; where the data say
 * almost nothing (all zeros, weights ≈ 0) it explodes. An sd of 1 on the log scale (a factor e)
 * is more uncertainty than any fitted series here shows, so it bounds the inflation.
 */
const MAX_LOG_MEAN_VARIANCE = 1;

export function fourierOrder(season: number): number {
  return season > 1 ? Math.min(3, Math.floor(season / 2)) : 0;
}

/** The regressors of period t: intercept, scaled time, then sin/cos pairs (sin dropped where it is 0). */
export function designRow(t: number, length: number, season: number): number[] {
  const row = [1, t / length];
  for (let k = 1; k <= fourierOrder(season); k += 1) {
    const angle = (2 * Math.PI * k * t) / season;
    // At k = m/2 the sine is 0 at every integer t and would make the normal matrix singular.
    if (2 * k !== season) row.push(Math.sin(angle));
    row.push(Math.cos(angle));
  }
  return row;
}

/** Solves A x = b for a symmetric positive definite A by Cholesky; null when A is not. */
export function solveSymmetric(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const lower: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = a[i]?.[j] ?? 0;
      for (let k = 0; k < j; k += 1) sum -= (lower[i]?.[k] ?? 0) * (lower[j]?.[k] ?? 0);
      if (i === j) {
        if (!(sum > 0)) return null;
        (lower[i] as number[])[i] = Math.sqrt(sum);
      } else {
        (lower[i] as number[])[j] = sum / (lower[j]?.[j] ?? 1);
      }
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    let sum = b[i] ?? 0;
    for (let k = 0; k < i; k += 1) sum -= (lower[i]?.[k] ?? 0) * (y[k] ?? 0);
    y[i] = sum / (lower[i]?.[i] ?? 1);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = y[i] ?? 0;
    for (let k = i + 1; k < n; k += 1) sum -= (lower[k]?.[i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (lower[i]?.[i] ?? 1);
  }
  return x;
}

function inverseSymmetric(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const columns: number[][] = [];
  for (let j = 0; j < n; j += 1) {
    const unit = Array.from({ length: n }, (_, i) => (i === j ? 1 : 0));
    const column = solveSymmetric(a, unit);
    if (column === null) return null;
    columns.push(column);
  }
  return Array.from({ length: n }, (_, i) => columns.map((column) => column[i] ?? 0));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

function clampEta(eta: number): number {
  return Math.max(-ETA_LIMIT, Math.min(ETA_LIMIT, eta));
}

type Irls = { beta: number[]; normal: number[][]; iterations: number; converged: boolean };

/** IRLS with the log link; the working weight is μ (Poisson) or μ/(1 + μ/θ) (NB). */
function irls(rows: readonly number[][], y: CountSeries, theta: number, start: number[]): Irls {
  const p = start.length;
  let beta = start.slice();
  let normal: number[][] = [];
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration += 1) {
    normal = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const right = new Array<number>(p).fill(0);
    rows.forEach((row, t) => {
      const eta = clampEta(dot(row, beta));
      const mu = Math.exp(eta);
      const weight = Number.isFinite(theta) ? mu / (1 + mu / theta) : mu;
      const working = eta + ((y[t] ?? 0) - mu) / mu;
      for (let i = 0; i < p; i += 1) {
        const wi = weight * (row[i] ?? 0);
        right[i] = (right[i] ?? 0) + wi * working;
        const normalRow = normal[i] as number[];
        for (let j = 0; j <= i; j += 1) normalRow[j] = (normalRow[j] ?? 0) + wi * (row[j] ?? 0);
      }
    });
    const scale = normal.reduce((sum, row, i) => sum + (row[i] ?? 0), 0) / p;
    for (let i = 0; i < p; i += 1) {
      const normalRow = normal[i] as number[];
      for (let j = 0; j < i; j += 1) (normal[j] as number[])[i] = normalRow[j] ?? 0;
      normalRow[i] = (normalRow[i] ?? 0) + RIDGE * Math.max(scale, 1);
    }
    const next = solveSymmetric(normal, right);
    if (next === null) return { beta, normal, iterations: iteration, converged: false };
    const change = next.reduce((max, value, i) => Math.max(max, Math.abs(value - (beta[i] ?? 0))), 0);
    beta = next.map((value) => clampEta(value));
    if (change < TOLERANCE * (1 + Math.max(...beta.map(Math.abs)))) {
      return { beta, normal, iterations: iteration, converged: true };
    }
  }
  return { beta, normal, iterations: MAX_ITERATIONS, converged: false };
}

/** log Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; about 15 significant digits). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0] ?? 0;
  for (let i = 1; i < 9; i += 1) sum += (c[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * The NB log-likelihood up to terms free of θ (log y! is dropped). log Γ(y + θ) is computed once
 * per distinct count: counts repeat a lot, and this is the inner loop of the θ profile.
 */
function negbinLogLikelihood(y: CountSeries, means: readonly number[], theta: number): number {
  const logGammaTheta = logGamma(theta);
  const byCount = new Map<number, number>();
  let sum = 0;
  y.forEach((count, t) => {
    const mu = means[t] ?? 0;
    let shifted = byCount.get(count);
    if (shifted === undefined) {
      shifted = logGamma(count + theta) - logGammaTheta;
      byCount.set(count, shifted);
    }
    const logShare = Math.log(theta + mu);
    sum +=
      shifted + theta * (Math.log(theta) - logShare) + (count > 0 ? count * (Math.log(mu) - logShare) : 0);
  });
  return sum;
}

/**
 * θ maximising the NB likelihood for fixed means: the best point of a log grid over
 * [THETA_MIN, THETA_MAX], then golden-section search in log θ between its two neighbours.
 */
function profileTheta(y: CountSeries, means: readonly number[]): number {
  const logMin = Math.log(THETA_MIN);
  const step = (Math.log(THETA_MAX) - logMin) / (THETA_GRID_POINTS - 1);
  const likelihoodAt = (logTheta: number) => negbinLogLikelihood(y, means, Math.exp(logTheta));
  let bestIndex = 0;
  let bestLikelihood = -Infinity;
  for (let i = 0; i < THETA_GRID_POINTS; i += 1) {
    const likelihood = likelihoodAt(logMin + i * step);
    if (likelihood > bestLikelihood) {
      bestLikelihood = likelihood;
      bestIndex = i;
    }
  }
  let low = logMin + Math.max(0, bestIndex - 1) * step;
  let high = logMin + Math.min(THETA_GRID_POINTS - 1, bestIndex + 1) * step;
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let round = 0; round < GOLDEN_ROUNDS; round += 1) {
    const left = high - ratio * (high - low);
    const right = low + ratio * (high - low);
    if (likelihoodAt(left) >= likelihoodAt(right)) high = right;
    else low = left;
  }
  return Math.exp((low + high) / 2);
}

export function fitCountRegression(
  history: CountSeries,
  season: number,
  family: CountFamily,
): CountRegressionFit {
  const n = history.length;
  const rows = Array.from({ length: n }, (_, t) => designRow(t, n, season));
  const p = rows[0]?.length ?? 2;
  const mean = history.reduce((sum, value) => sum + value, 0) / Math.max(1, n);
  const start = new Array<number>(p).fill(0);
  start[0] = Math.log(mean + 0.5);
  let fit = irls(rows, history, Infinity, start);
  let theta = Infinity;
  let iterations = fit.iterations;
  if (family === 'negbin') {
    // Two rounds of θ then β: after the second, β and θ move less than their standard errors.
    for (let round = 0; round < 2; round += 1) {
      const means = rows.map((row) => Math.exp(clampEta(dot(row, fit.beta))));
      theta = profileTheta(history, means);
      fit = irls(rows, history, theta, fit.beta);
      iterations += fit.iterations;
    }
  }
  // The ridge keeps the normal matrix positive definite; should it still fail, the intervals
  // fall back to the count distribution alone, without the parameter-uncertainty inflation.
  const covariance =
    inverseSymmetric(fit.normal) ?? Array.from({ length: p }, () => new Array<number>(p).fill(0));
  return {
    family,
    coefficients: fit.beta,
    covariance,
    theta,
    length: n,
    season,
    iterations,
    converged: fit.converged,
  };
}

type Quantiles = { lo95: number; lo80: number; hi80: number; hi95: number };

/**
 * Central 80 % and 95 % bounds of the count distribution with log-mean η ~ N(eta, variance),
 * Poisson or NB given the mean, by summing the mixed pmf from 0 (bounded number of terms).
 */
export function predictiveQuantiles(eta: number, variance: number, theta: number): Quantiles {
  const norm = Math.sqrt(Math.PI);
  const spread = Math.sqrt(2 * Math.max(0, variance));
  const components = HERMITE_NODES.map((node, i) => {
    const mu = Math.exp(clampEta(eta + spread * node));
    const logFirst = Number.isFinite(theta) ? theta * Math.log(theta / (theta + mu)) : -mu;
    return { mu, weight: (HERMITE_WEIGHTS[i] ?? 0) / norm, logPmf: logFirst };
  });
  const largest = Math.max(...components.map((c) => c.mu));
  const sd = Math.sqrt(largest + (Number.isFinite(theta) ? (largest * largest) / theta : 0));
  const limit = Math.min(MAX_PMF_TERMS, Math.ceil(largest + 40 * sd + 50));
  const targets = [0.025, 0.1, 0.9, 0.975];
  const found: number[] = [];
  let cumulative = 0;
  for (let k = 0; k <= limit && found.length < targets.length; k += 1) {
    for (const c of components) {
      cumulative += c.weight * Math.exp(c.logPmf);
      const ratio = Number.isFinite(theta)
        ? ((k + theta) / (k + 1)) * (c.mu / (theta + c.mu))
        : c.mu / (k + 1);
      c.logPmf += Math.log(ratio);
    }
    while (found.length < targets.length && cumulative >= (targets[found.length] ?? 1) - 1e-12) found.push(k);
  }
  while (found.length < targets.length) found.push(limit);
  const [lo95 = 0, lo80 = 0, hi80 = 0, hi95 = 0] = found;
  return { lo95, lo80, hi80, hi95 };
}

export function forecastFromFit(
  fit: CountRegressionFit,
  horizon: number,
  model: CountModelName,
): CountForecast {
  const forecast: CountForecast = { model, mean: [], lo80: [], hi80: [], lo95: [], hi95: [] };
  for (let h = 1; h <= horizon; h += 1) {
    const row = designRow(fit.length - 1 + h, fit.length, fit.season);
    const eta = clampEta(dot(row, fit.coefficients));
    const variance = dot(
      row,
      fit.covariance.map((covarianceRow) => dot(covarianceRow, row)),
    );
    const bounds = predictiveQuantiles(eta, Math.min(MAX_LOG_MEAN_VARIANCE, variance), fit.theta);
    forecast.mean.push(Math.exp(eta));
    forecast.lo80.push(bounds.lo80);
    forecast.hi80.push(bounds.hi80);
    forecast.lo95.push(bounds.lo95);
    forecast.hi95.push(bounds.hi95);
  }
  return forecast;
}

/** Two whole seasons so the Fourier terms are not confounded with the trend; 8 periods without season. */
function regressionMinLength(season: number): number {
  return season > 1 ? 2 * season : 8;
}

function regressionModel(name: 'poisson_regression' | 'negbin_regression', family: CountFamily): CountModel {
  return {
    name,
    minLength: regressionMinLength,
    forecast(history, season, horizon) {
      checkHistory(history, season, horizon, regressionMinLength(season));
      return forecastFromFit(fitCountRegression(history, season, family), horizon, name);
    },
  };
}

export const poissonRegressionModel = regressionModel('poisson_regression', 'poisson');
export const negbinRegressionModel = regressionModel('negbin_regression', 'negbin');
