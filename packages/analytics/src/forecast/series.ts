// Shared shapes of the count forecasts (shared/DESIGN.md section 5.7): a series of counts per
// week or month with its season length, and a forecast with 80 % and 95 % prediction intervals.

/** Counts per period, oldest first, consecutive and without gaps. */
export type CountSeries = readonly number[];

export type CountModelName =
  | 'naive'
  | 'seasonal_naive'
  | 'mean_4'
  | 'mean_52'
  | 'ets_damped'
  | 'poisson_regression'
  | 'negbin_regression';

export type CountForecast = {
  model: CountModelName;
  mean: number[];
  lo80: number[];
  hi80: number[];
  lo95: number[];
  hi95: number[];
};

export type CountModel = {
  name: CountModelName;
  /** The shortest history the model can be fitted on, for a season of length `season`. */
  minLength(season: number): number;
  forecast(history: CountSeries, season: number, horizon: number): CountForecast;
};

/** Standard normal quantiles for central 80 % and 95 % intervals. */
export const Z80 = 1.2815515655446004;
export const Z95 = 1.959963984540054;

/**
 * Builds a forecast from point means and the standard deviation of each step's error, assuming
 * normal errors. Counts are never negative, so means and lower bounds are clipped at 0.
 */
export function normalForecast(
  model: CountModelName,
  means: readonly number[],
  sds: readonly number[],
): CountForecast {
  const at = (i: number): [number, number] => [means[i] ?? 0, sds[i] ?? 0];
  const band = (z: number, sign: 1 | -1) =>
    means.map((_, i) => {
      const [mean, sd] = at(i);
      return Math.max(0, mean + sign * z * sd);
    });
  return {
    model,
    mean: means.map((mean) => Math.max(0, mean)),
    lo80: band(Z80, -1),
    hi80: band(Z80, 1),
    lo95: band(Z95, -1),
    hi95: band(Z95, 1),
  };
}

/** Refuses a history a model cannot honestly be fitted on (a NaN, a negative count, too short). */
export function checkHistory(history: CountSeries, season: number, horizon: number, minLength: number): void {
  if (!Number.isInteger(season) || season < 1)
    throw new RangeError(`season ${season} must be a positive integer`);
  if (!Number.isInteger(horizon) || horizon < 1)
    throw new RangeError(`horizon ${horizon} must be a positive integer`);
  if (history.length < minLength) {
    throw new RangeError(`history of ${history.length} periods is shorter than the ${minLength} needed`);
  }
  history.forEach((value, i) => {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`count ${value} at ${i} is not a count`);
  });
}

/** Root mean square of the errors; 0 when there are none. */
export function rootMeanSquare(errors: readonly number[]): number {
  if (errors.length === 0) return 0;
  return Math.sqrt(errors.reduce((sum, e) => sum + e * e, 0) / errors.length);
}
