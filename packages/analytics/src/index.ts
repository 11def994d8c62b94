// Pure functions over plain data (indicator maths, forecasting): no database, no HTTP.
export * from './indicators/indicator-math.ts';
export * from './campaigns/projection.ts';
export * from './targets/target-pace.ts';
export * from './forecast/index.ts';
export * from './hotspots/index.ts';
