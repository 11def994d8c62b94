// Kernel density hotspots scored at cell centres from past events only, with the bandwidth (and, for the
// time-decayed "prospective" variant, the decay τ) chosen by rolling-origin backtest before the origin.
import { cellArea, cellCentre, countEventsByCell, type HotspotEvent, type HotspotGrid } from './grid.ts';
import { flagTopCells, scoreHotspots } from './scoring.ts';

export type KernelShape = 'gaussian' | 'quartic';

export type KdeParameters = {
  kernel: KernelShape;
  /** Planar units: the standard deviation (Gaussian) or the support radius (quartic). */
  bandwidth: number;
  /** Time units of `HotspotEvent.time`; each past event weighs exp(−age/τ). Absent: all weigh 1. */
  decay?: number;
};

/** Beyond this many bandwidths a Gaussian kernel adds less than 1e-11 of its peak: skip the work. */
const GAUSSIAN_CUTOFF = 7;

function kernelValue(shape: KernelShape, squaredDistance: number, bandwidth: number): number {
  const h2 = bandwidth * bandwidth;
  if (shape === 'gaussian') {
    if (squaredDistance > GAUSSIAN_CUTOFF * GAUSSIAN_CUTOFF * h2) return 0;
    return Math.exp(-squaredDistance / (2 * h2)) / (2 * Math.PI * h2);
  }
  if (squaredDistance >= h2) return 0;
  const u = 1 - squaredDistance / h2;
  return (3 / (Math.PI * h2)) * u * u;
}

/**
 * Density at each cell centre of the events dated strictly before `origin`. Events at or after the
 * origin are ignored here, not by the caller, so no forecast can see its own test window.
 */
export function kernelDensityScores(
  grid: HotspotGrid,
  events: readonly HotspotEvent[],
  origin: number,
  parameters: KdeParameters,
): number[] {
  const { kernel, bandwidth, decay } = parameters;
  if (!(bandwidth > 0)) throw new RangeError('bandwidth must be positive');
  if (decay !== undefined && !(decay > 0)) throw new RangeError('decay must be positive');
  const centres = grid.cells.map(cellCentre);
  const scores = new Array<number>(centres.length).fill(0);
  for (const event of events) {
    if (!(event.time < origin)) continue;
    const weight = decay === undefined ? 1 : Math.exp(-(origin - event.time) / decay);
    if (weight === 0) continue;
    centres.forEach((centre, index) => {
      const dx = centre.x - event.x;
      const dy = centre.y - event.y;
      const value = kernelValue(kernel, dx * dx + dy * dy, bandwidth);
      if (value > 0) scores[index] = (scores[index] ?? 0) + weight * value;
    });
  }
  return scores;
}

export type KdeBacktestOptions = {
  /** The forecast origin; the backtest only looks at events dated before it. */
  origin: number;
  /** Length of the forecast window, in time units. */
  horizon: number;
  /** Largest flagged area, in planar units squared. */
  maxArea: number;
  kernel?: KernelShape;
  /** Candidate bandwidths; by default 0.5, 1, 2 and 4 cell sizes. */
  bandwidths?: readonly number[];
  /** Candidate decays for the prospective variant; by default 1, 2, 4 and 8 horizons. */
  decays?: readonly number[];
  /** How many rolling origins, one horizon apart, ending at `origin` (default 8). */
  backtestOrigins?: number;
};

export type KdeCandidateResult = {
  parameters: KdeParameters;
  /** Mean PAI over the rolling origins that had test events; NaN when none had. */
  meanPai: number;
  origins: number;
};

export type KdeForecast = {
  parameters: KdeParameters;
  scores: number[];
  flagged: boolean[];
  /** Every candidate's backtest, in the order tried; the chosen one has the highest mean PAI. */
  backtest: KdeCandidateResult[];
};

/** Rolling origins origin − k·horizon (k = 1…count): each test window closes at or before `origin`. */
export function rollingOrigins(origin: number, horizon: number, count: number): number[] {
  if (!(horizon > 0)) throw new RangeError('horizon must be positive');
  return Array.from({ length: count }, (_, k) => origin - (count - k) * horizon);
}

function backtestCandidate(
  grid: HotspotGrid,
  pastEvents: readonly HotspotEvent[],
  parameters: KdeParameters,
  origins: readonly number[],
  horizon: number,
  maxArea: number,
): KdeCandidateResult {
  const area = cellArea(grid);
  let sum = 0;
  let used = 0;
  for (const testOrigin of origins) {
    const test = pastEvents.filter((event) => event.time >= testOrigin && event.time < testOrigin + horizon);
    const testCounts = countEventsByCell(grid, test);
    if (testCounts.every((count) => count === 0)) continue;
    const scores = kernelDensityScores(grid, pastEvents, testOrigin, parameters);
    const { pai } = scoreHotspots(testCounts, flagTopCells(scores, area, maxArea), area);
    if (Number.isNaN(pai)) continue;
    sum += pai;
    used += 1;
  }
  return { parameters, meanPai: used > 0 ? sum / used : Number.NaN, origins: used };
}

function chooseAndForecast(
  grid: HotspotGrid,
  events: readonly HotspotEvent[],
  options: KdeBacktestOptions,
  candidates: readonly KdeParameters[],
): KdeForecast {
  const { origin, horizon, maxArea } = options;
  // Everything below sees only the past: the backtest's test windows all close by `origin`.
  const pastEvents = events.filter((event) => event.time < origin);
  const origins = rollingOrigins(origin, horizon, options.backtestOrigins ?? 8);
  const backtest = candidates.map((parameters) =>
    backtestCandidate(grid, pastEvents, parameters, origins, horizon, maxArea),
  );
  // Highest mean PAI wins; ties and an all-NaN backtest keep the earliest candidate.
  let best = backtest[0];
  for (const result of backtest) {
    if (best === undefined || (!Number.isNaN(result.meanPai) && !(result.meanPai <= best.meanPai)))
      best = result;
  }
  if (best === undefined) throw new RangeError('no candidate parameters');
  const scores = kernelDensityScores(grid, pastEvents, origin, best.parameters);
  return {
    parameters: best.parameters,
    scores,
    flagged: flagTopCells(scores, cellArea(grid), maxArea),
    backtest,
  };
}

/** Kernel density with the bandwidth chosen by backtest. */
export function forecastKdeHotspots(
  grid: HotspotGrid,
  events: readonly HotspotEvent[],
  options: KdeBacktestOptions,
): KdeForecast {
  const kernel = options.kernel ?? 'gaussian';
  const bandwidths = options.bandwidths ?? [0.5, 1, 2, 4].map((k) => k * grid.cellSize);
  return chooseAndForecast(
    grid,
    events,
    options,
    bandwidths.map((bandwidth) => ({ kernel, bandwidth })),
  );
}

/** The prospective (time-decayed) kernel, with bandwidth and decay chosen jointly by backtest. */
export function forecastProspectiveHotspots(
  grid: HotspotGrid,
  events: readonly HotspotEvent[],
  options: KdeBacktestOptions,
): KdeForecast {
  const kernel = options.kernel ?? 'gaussian';
  const bandwidths = options.bandwidths ?? [0.5, 1, 2, 4].map((k) => k * grid.cellSize);
  const decays = options.decays ?? [1, 2, 4, 8].map((k) => k * options.horizon);
  const candidates = bandwidths.flatMap((bandwidth) => decays.map((decay) => ({ kernel, bandwidth, decay })));
  return chooseAndForecast(grid, events, options, candidates);
}
