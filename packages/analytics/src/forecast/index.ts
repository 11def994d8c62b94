// Count forecasts with prediction intervals, chosen per series by rolling-origin backtest.
export * from './series.ts';
export * from './prng.ts';
export * from './baselines.ts';
export * from './ets.ts';
export * from './glm.ts';
export * from './scoring.ts';
export * from './select.ts';
