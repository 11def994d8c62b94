import { studentTQuantile } from './student-t.ts';

// Where will a campaign figure stand on its last day? The cumulative series (a running total,
// or a flow summed since the start) is modelled as Brownian motion with drift: each interval
// between two reports adds drift × gap plus noise whose variance grows with the gap, so days
// without a report need no filling in. The drift and the noise are estimated from the recent
// window only, so a change of pace during the campaign shows in the projection. The prediction
// interval adds the uncertainty of the drift itself (h² σ²/Σg) to that of the future path
// (h σ²), and uses Student's t because σ is estimated from a few weeks of reports.

/** One report: the day (0 = the campaign's first day) and the cumulative value then. */
export type CumulativeObservation = { day: number; value: number };

export type ProjectionInput = {
  /** Reports since the start, any order, at most one per day; gaps allowed. */
  observations: readonly CumulativeObservation[];
  /** The campaign's last day, on the same scale as the observations' days. */
  endDay: number;
  /** Two-sided prediction level, e.g. 0.9. */
  level: number;
  /** The value to reach by the end day, if there is one. */
  target?: number | null;
  /** Days of recent reports the pace is estimated from (default 28). */
  windowDays?: number;
};

export type Projection = {
  /** Expected value on the end day, and the prediction interval at `level`. */
  mean: number;
  lo: number;
  hi: number;
  level: number;
  /** The recent gain per day that the projection extends. */
  perDay: number;
  /** Gain per day still needed from the last report to reach the target (null: no target, or no day left). */
  requiredPerDay: number | null;
};

export type ProjectionVerdict = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_target';

export const DEFAULT_PROJECTION_WINDOW_DAYS = 28;
/** Fewer reports than this leave no interval to estimate the noise from. */
export const MIN_PROJECTION_OBSERVATIONS = 3;

type Interval = { gain: number; gap: number };

/** The projection to the end day, or null with fewer than three reports. */
export function projectCumulative(input: ProjectionInput): Projection | null {
  const { level } = input;
  if (!(level > 0 && level < 1)) throw new RangeError(`level must lie strictly between 0 and 1: ${level}`);
  const points = [...input.observations]
    .filter((o) => Number.isFinite(o.day) && Number.isFinite(o.value))
    .sort((a, b) => a.day - b.day);
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.day === points[i - 1]!.day) throw new RangeError(`two reports on day ${points[i]!.day}`);
  }
  if (points.length < MIN_PROJECTION_OBSERVATIONS) return null;

  const last = points[points.length - 1]!;
  const intervals = recentIntervals(points, input.windowDays ?? DEFAULT_PROJECTION_WINDOW_DAYS);
  const totalGap = intervals.reduce((s, i) => s + i.gap, 0);
  const drift = intervals.reduce((s, i) => s + i.gain, 0) / totalGap;
  // σ² per day: each interval's deviation from the drift, scaled by its gap.
  const variance =
    intervals.reduce((s, i) => s + (i.gain - drift * i.gap) ** 2 / i.gap, 0) / (intervals.length - 1);

  const horizon = Math.max(0, input.endDay - last.day);
  const spread = Math.sqrt(horizon * variance + (horizon * horizon * variance) / totalGap);
  const t = studentTQuantile((1 + level) / 2, intervals.length - 1);
  // A cumulative figure never goes down: neither the expectation nor the interval falls below
  // the last report.
  const mean = Math.max(last.value, last.value + horizon * drift);
  const target = input.target ?? null;
  return {
    mean,
    lo: Math.max(last.value, mean - t * spread),
    hi: Math.max(last.value, mean + t * spread),
    level,
    perDay: drift,
    requiredPerDay:
      target === null ? null : horizon > 0 ? Math.max(0, (target - last.value) / horizon) : null,
  };
}

/**
 * The intervals ending within the window before the last report; at least two (so that σ has a
 * degree of freedom), reaching further back when the window holds fewer.
 */
function recentIntervals(points: readonly CumulativeObservation[], windowDays: number): Interval[] {
  const last = points[points.length - 1]!.day;
  const all: Interval[] = [];
  for (let i = 1; i < points.length; i++) {
    all.push({ gain: points[i]!.value - points[i - 1]!.value, gap: points[i]!.day - points[i - 1]!.day });
  }
  let first = all.length;
  while (first > 0 && last - points[first - 1]!.day <= windowDays) first--;
  return all.slice(Math.min(first, all.length - 2));
}

/**
 * The plain verdict: already reached; the expected end value reaches the target; only the
 * optimistic end of the interval does; or not even that. Without a projection (too few
 * reports) an unmet target is at risk: nothing yet shows it will be met.
 */
export function campaignVerdict(
  value: number,
  target: number | null,
  projection: Pick<Projection, 'mean' | 'hi'> | null,
): ProjectionVerdict {
  if (target === null) return 'no_target';
  if (value >= target) return 'achieved';
  if (!projection) return 'at_risk';
  if (projection.mean >= target) return 'on_track';
  if (projection.hi >= target) return 'at_risk';
  return 'off_track';
}
