// Hotspot forecasts on a square grid: the grid, the accuracy measures and kernel density models.
export * from './grid.ts';
export * from './scoring.ts';
export * from './kde.ts';
export { mulberry32 } from './prng.ts';
