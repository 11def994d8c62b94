import type { CountForecast, CountModel, CountModelName, CountSeries } from './series.ts';

// How right a model has been: MASE, interval coverage, and a rolling-origin backtest in which a
// forecast made at an origin is fitted on the periods before the origin only.

/**
 * Mean absolute scaled error of `forecast` against `actual`, scaled by the in-sample MAE of the
 * seasonal naive forecast over `history` (the naive one when the history is shorter than two
 * seasons). A flat history has no scale; the plain MAE is returned then rather than Infinity.
 */
export function mase(
  actual: readonly number[],
  forecast: readonly number[],
  history: CountSeries,
  season: number,
): number {
  const count = Math.min(actual.length, forecast.length);
  if (count === 0) return Number.NaN;
  let absolute = 0;
  for (let i = 0; i < count; i += 1) absolute += Math.abs((actual[i] ?? 0) - (forecast[i] ?? 0));
  const mae = absolute / count;
  const scale = inSampleScale(history, season);
  return scale > 0 ? mae / scale : mae;
}

export function inSampleScale(history: CountSeries, season: number): number {
  const lag = season > 1 && history.length >= 2 * season ? season : 1;
  let sum = 0;
  for (let t = lag; t < history.length; t += 1) sum += Math.abs((history[t] ?? 0) - (history[t - lag] ?? 0));
  const terms = history.length - lag;
  return terms > 0 ? sum / terms : 0;
}

/** Share of the actual values inside [lo, hi] (bounds included). */
export function coverage(actual: readonly number[], lo: readonly number[], hi: readonly number[]): number {
  const count = Math.min(actual.length, lo.length, hi.length);
  if (count === 0) return Number.NaN;
  let inside = 0;
  for (let i = 0; i < count; i += 1) {
    const value = actual[i] ?? Number.NaN;
    if (value >= (lo[i] ?? Number.NaN) && value <= (hi[i] ?? Number.NaN)) inside += 1;
  }
  return inside / count;
}

export type BacktestOrigin = {
  /** Index of the first forecast period; the model saw history[0 … origin − 1] only. */
  origin: number;
  forecast: CountForecast;
  mase: number;
};

export type BacktestResult = {
  model: CountModelName;
  /** Mean of the per-origin MASE. */
  mase: number;
  coverage80: number;
  coverage95: number;
  origins: BacktestOrigin[];
};

export type BacktestOptions = {
  season: number;
  horizon: number;
  /** First origin; each origin up to `last` is tried. */
  firstOrigin: number;
  /** Last origin; defaults to the last one whose whole horizon has been observed. */
  lastOrigin?: number;
};

/**
 * Rolling-origin evaluation. For each origin the model is given a copy of the periods before
 * it — never the values at or after it — and its h-step forecast is scored against what came.
 */
export function backtest(series: CountSeries, model: CountModel, options: BacktestOptions): BacktestResult {
  const { season, horizon } = options;
  const lastOrigin = Math.min(options.lastOrigin ?? series.length - horizon, series.length - 1);
  const firstOrigin = Math.max(options.firstOrigin, model.minLength(season));
  const origins: BacktestOrigin[] = [];
  const actuals: number[] = [];
  const lo80: number[] = [];
  const hi80: number[] = [];
  const lo95: number[] = [];
  const hi95: number[] = [];
  for (let origin = firstOrigin; origin <= lastOrigin; origin += 1) {
    const past = series.slice(0, origin);
    const forecast = model.forecast(past, season, horizon);
    const actual = series.slice(origin, origin + horizon);
    origins.push({ origin, forecast, mase: mase(actual, forecast.mean, past, season) });
    actual.forEach((value, i) => {
      actuals.push(value);
      lo80.push(forecast.lo80[i] ?? Number.NaN);
      hi80.push(forecast.hi80[i] ?? Number.NaN);
      lo95.push(forecast.lo95[i] ?? Number.NaN);
      hi95.push(forecast.hi95[i] ?? Number.NaN);
    });
  }
  const meanMase =
    origins.length === 0 ? Number.NaN : origins.reduce((sum, o) => sum + o.mase, 0) / origins.length;
  return {
    model: model.name,
    mase: meanMase,
    coverage80: coverage(actuals, lo80, hi80),
    coverage95: coverage(actuals, lo95, hi95),
    origins,
  };
}

/**
 * Backtests every model that can be fitted at the first origin, over the same origins, and
 * keeps the one with the lowest mean MASE (the earlier in `models` on a tie). Null when no
 * model has a scored origin.
 */
export function chooseModel(
  series: CountSeries,
  models: readonly CountModel[],
  options: BacktestOptions,
): { chosen: BacktestResult | null; results: BacktestResult[] } {
  const results = models
    .filter((model) => model.minLength(options.season) <= options.firstOrigin)
    .map((model) => backtest(series, model, options))
    .filter((result) => Number.isFinite(result.mase));
  let chosen: BacktestResult | null = null;
  for (const result of results) if (chosen === null || result.mase < chosen.mase) chosen = result;
  return { chosen, results };
}
