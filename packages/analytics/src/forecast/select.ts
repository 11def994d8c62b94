import { mean4Model, mean52Model, naiveModel, seasonalNaiveModel } from './baselines.ts';
import { etsDampedModel } from './ets.ts';
import { negbinRegressionModel, poissonRegressionModel } from './glm.ts';
import { chooseModel, type BacktestResult } from './scoring.ts';
import type { CountForecast, CountModel, CountModelName, CountSeries } from './series.ts';

// One series, one forecast: the model is the one that forecast this series' own past best.

export const COUNT_MODELS: readonly CountModel[] = [
  naiveModel,
  seasonalNaiveModel,
  mean4Model,
  mean52Model,
  etsDampedModel,
  poissonRegressionModel,
  negbinRegressionModel,
];

export type ForecastSeriesOptions = {
  /** Season length: 52 for weeks, 12 for months, 1 for none. */
  season: number;
  horizon: number;
  models?: readonly CountModel[];
  /** How many rolling origins to backtest on (the latest ones whose horizon is observed). */
  backtestOrigins?: number;
};

export type SeriesForecast = {
  forecast: CountForecast;
  model: CountModelName;
  /** False when the series was too short to backtest any model; then the first that fits is used. */
  backtested: boolean;
  /** Backtest MASE of the chosen model (NaN when not backtested). */
  mase: number;
  coverage80: number;
  coverage95: number;
  /** Backtest MASE of every model that took part, in the order given. */
  maseByModel: Partial<Record<CountModelName, number>>;
};

const DEFAULT_BACKTEST_ORIGINS = 20;

export function forecastSeries(series: CountSeries, options: ForecastSeriesOptions): SeriesForecast {
  const { season, horizon } = options;
  const models = options.models ?? COUNT_MODELS;
  const origins = options.backtestOrigins ?? DEFAULT_BACKTEST_ORIGINS;
  const firstOrigin = Math.max(1, series.length - horizon - origins + 1);
  const { chosen, results } = chooseModel(series, models, { season, horizon, firstOrigin });
  const maseByModel: Partial<Record<CountModelName, number>> = {};
  for (const result of results) maseByModel[result.model] = result.mase;
  if (chosen !== null) return withForecast(series, models, chosen, maseByModel, options);
  const fallback = models.find((model) => model.minLength(season) <= series.length);
  if (fallback === undefined) {
    throw new RangeError(`no model can be fitted on ${series.length} periods`);
  }
  return {
    forecast: fallback.forecast(series, season, horizon),
    model: fallback.name,
    backtested: false,
    mase: Number.NaN,
    coverage80: Number.NaN,
    coverage95: Number.NaN,
    maseByModel,
  };
}

function withForecast(
  series: CountSeries,
  models: readonly CountModel[],
  chosen: BacktestResult,
  maseByModel: Partial<Record<CountModelName, number>>,
  options: ForecastSeriesOptions,
): SeriesForecast {
  const model = models.find((candidate) => candidate.name === chosen.model);
  if (model === undefined) throw new Error(`chosen model ${chosen.model} is not among the candidates`);
  return {
    forecast: model.forecast(series, options.season, options.horizon),
    model: chosen.model,
    backtested: true,
    mase: chosen.mase,
    coverage80: chosen.coverage80,
    coverage95: chosen.coverage95,
    maseByModel,
  };
}
