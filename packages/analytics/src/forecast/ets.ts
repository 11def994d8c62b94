import { checkHistory, normalForecast, type CountModel, type CountSeries } from './series.ts';

// Holt-Winters with additive damped trend and additive season, ETS(A,Ad,A) in the innovations
// state-space form (Hyndman et al., Forecasting with Exponential Smoothing, 2008):
//   ŷ_t = l + φb + s_{t−m},  e = y_t − ŷ_t
//   l ← l + φb + αe,  b ← φb + βe,  s_t = s_{t−m} + γe
// h steps ahead: l + (φ + … + φ^h)b + s_{n+h−m(⌊(h−1)/m⌋+1)}, with variance
//   σ_h² = σ²(1 + Σ_{j=1}^{h−1} c_j²),  c_j = α + β(φ + … + φ^j) + γ·[j is a multiple of m].
// With a season of 1 the seasonal part is dropped (damped Holt).

export type EtsParameters = {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
};

type EtsState = {
  level: number;
  trend: number;
  /** seasonal[j] belongs to periods t with t mod m = j. */
  seasonal: number[];
  sse: number;
  residuals: number;
};

const PHI_MIN = 0.8;
const PHI_MAX = 0.98;
const REFINE_ROUNDS = 4;

/** Runs the recursions over the history; the first season (or two values) only initialise. */
function run(history: CountSeries, season: number, p: EtsParameters): EtsState {
  const seasonalOn = season > 1;
  const m = seasonalOn ? season : 1;
  let level: number;
  let trend: number;
  let start: number;
  const seasonal = new Array<number>(m).fill(0);
  if (seasonalOn) {
    const first = average(history, 0, m);
    level = first;
    trend = (average(history, m, 2 * m) - first) / m;
    for (let j = 0; j < m; j += 1) seasonal[j] = (history[j] ?? 0) - first;
    start = m;
  } else {
    level = history[0] ?? 0;
    trend = (history[1] ?? 0) - level;
    start = 1;
  }
  let sse = 0;
  for (let t = start; t < history.length; t += 1) {
    const j = t % m;
    const seasonPart = seasonalOn ? (seasonal[j] ?? 0) : 0;
    const error = (history[t] ?? 0) - (level + p.phi * trend + seasonPart);
    sse += error * error;
    level = level + p.phi * trend + p.alpha * error;
    trend = p.phi * trend + p.beta * error;
    if (seasonalOn) seasonal[j] = seasonPart + p.gamma * error;
  }
  return { level, trend, seasonal, sse, residuals: history.length - start };
}

function average(history: CountSeries, from: number, to: number): number {
  let sum = 0;
  for (let t = from; t < to; t += 1) sum += history[t] ?? 0;
  return sum / (to - from);
}

/** Keeps the parameters inside the usual admissible box: β ≤ α, γ ≤ 1 − α. */
function clamp(p: EtsParameters, seasonalOn: boolean): EtsParameters {
  const alpha = Math.min(0.99, Math.max(0.01, p.alpha));
  return {
    alpha,
    beta: Math.min(alpha, Math.max(0, p.beta)),
    gamma: seasonalOn ? Math.min(1 - alpha, Math.max(0, p.gamma)) : 0,
    phi: Math.min(PHI_MAX, Math.max(PHI_MIN, p.phi)),
  };
}

/**
 * Chooses α, β, γ, φ by least in-sample one-step squared error: a coarse grid, then a
 * coordinate search whose step halves each round. Both loops have fixed bounds.
 */
export function fitEts(history: CountSeries, season: number): EtsParameters {
  const seasonalOn = season > 1;
  let best: EtsParameters = { alpha: 0.3, beta: 0, gamma: 0, phi: PHI_MAX };
  let bestSse = Number.POSITIVE_INFINITY;
  const consider = (candidate: EtsParameters): void => {
    const p = clamp(candidate, seasonalOn);
    const sse = run(history, season, p).sse;
    if (sse < bestSse) {
      bestSse = sse;
      best = p;
    }
  };
  for (const alpha of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    for (const beta of [0, 0.02, 0.1]) {
      for (const gamma of seasonalOn ? [0, 0.05, 0.2] : [0]) {
        for (const phi of [0.8, 0.9, 0.98]) {
          if (beta <= alpha && gamma <= 1 - alpha) consider({ alpha, beta, gamma, phi });
        }
      }
    }
  }
  let step = 0.05;
  for (let round = 0; round < REFINE_ROUNDS; round += 1) {
    for (const key of ['alpha', 'beta', 'gamma', 'phi'] as const) {
      if (key === 'gamma' && !seasonalOn) continue;
      const centre = best;
      consider({ ...centre, [key]: centre[key] - step });
      consider({ ...centre, [key]: centre[key] + step });
    }
    step /= 2;
  }
  return best;
}

/** Two whole seasons initialise the state; a couple more periods give errors to fit on. */
function etsMinLength(season: number): number {
  return season > 1 ? 2 * season + 2 : 4;
}

export const etsDampedModel: CountModel = {
  name: 'ets_damped',
  minLength: etsMinLength,
  forecast(history, season, horizon) {
    checkHistory(history, season, horizon, etsMinLength(season));
    const p = fitEts(history, season);
    const state = run(history, season, p);
    const sigma2 = state.residuals > 0 ? state.sse / state.residuals : 0;
    const n = history.length;
    const means: number[] = [];
    const sds: number[] = [];
    let dampSum = 0;
    let varianceSum = 1;
    for (let h = 1; h <= horizon; h += 1) {
      // c_{h−1} enters the variance of step h; dampSum is φ + … + φ^(h−1) at this point.
      if (h > 1) {
        const seasonal = season > 1 && (h - 1) % season === 0 ? p.gamma : 0;
        const c = p.alpha + p.beta * dampSum + seasonal;
        varianceSum += c * c;
      }
      dampSum += p.phi ** h;
      const seasonPart = season > 1 ? (state.seasonal[(n + h - 1) % season] ?? 0) : 0;
      means.push(state.level + dampSum * state.trend + seasonPart);
      sds.push(Math.sqrt(sigma2 * varianceSum));
    }
    return normalForecast('ets_damped', means, sds);
  },
};
