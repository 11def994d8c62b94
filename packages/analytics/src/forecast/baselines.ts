import { checkHistory, normalForecast, rootMeanSquare, type CountModel, type CountSeries } from './series.ts';

// The baselines every other model must beat, with the textbook prediction intervals
// (Hyndman & Athanasopoulos, Forecasting: Principles and Practice, section 5.5). σ is estimated
// from the model's own in-sample one-step errors.

function steps(horizon: number): number[] {
  return Array.from({ length: horizon }, (_, i) => i + 1);
}

/** Repeats the last value; the error grows like a random walk: σ√h. */
export const naiveModel: CountModel = {
  name: 'naive',
  minLength: () => 2,
  forecast(history, season, horizon) {
    checkHistory(history, season, horizon, 2);
    const last = history[history.length - 1] ?? 0;
    const sigma = rootMeanSquare(lagErrors(history, 1));
    return normalForecast(
      'naive',
      steps(horizon).map(() => last),
      steps(horizon).map((h) => sigma * Math.sqrt(h)),
    );
  },
};

/** Repeats the last season; the error grows with each whole season ahead: σ√(⌊(h−1)/m⌋+1). */
export const seasonalNaiveModel: CountModel = {
  name: 'seasonal_naive',
  minLength: (season) => season + 1,
  forecast(history, season, horizon) {
    checkHistory(history, season, horizon, season + 1);
    const n = history.length;
    const sigma = rootMeanSquare(lagErrors(history, season));
    return normalForecast(
      'seasonal_naive',
      steps(horizon).map((h) => history[n - season + ((h - 1) % season)] ?? 0),
      steps(horizon).map((h) => sigma * Math.sqrt(Math.floor((h - 1) / season) + 1)),
    );
  },
};

/**
 * The mean of the last k values. If counts are level noise with sd σ, a one-step error has
 * variance σ²(1 + 1/k) at every horizon; the in-sample one-step errors estimate exactly that
 * quantity, so their root mean square is the interval's sd without further scaling.
 */
function movingMeanModel(name: 'mean_4' | 'mean_52', window: number): CountModel {
  return {
    name,
    minLength: () => window + 1,
    forecast(history, season, horizon) {
      checkHistory(history, season, horizon, window + 1);
      const errors: number[] = [];
      for (let t = window; t < history.length; t += 1) {
        errors.push((history[t] ?? 0) - meanOf(history, t - window, t));
      }
      const sigma = rootMeanSquare(errors) / Math.sqrt(1 + 1 / window);
      const level = meanOf(history, history.length - window, history.length);
      return normalForecast(
        name,
        steps(horizon).map(() => level),
        steps(horizon).map(() => sigma * Math.sqrt(1 + 1 / window)),
      );
    },
  };
}

export const mean4Model = movingMeanModel('mean_4', 4);
export const mean52Model = movingMeanModel('mean_52', 52);

function lagErrors(history: CountSeries, lag: number): number[] {
  const errors: number[] = [];
  for (let t = lag; t < history.length; t += 1) errors.push((history[t] ?? 0) - (history[t - lag] ?? 0));
  return errors;
}

function meanOf(history: CountSeries, from: number, to: number): number {
  let sum = 0;
  for (let t = from; t < to; t += 1) sum += history[t] ?? 0;
  return sum / (to - from);
}
