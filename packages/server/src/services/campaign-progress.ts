import {
  campaignVerdict,
  projectCumulative,
  type CumulativeObservation,
  type Projection,
} from '@antt/analytics';
import { addDays, daysBetween, isoFromDay, type CampaignProgressDto, type DayNumber } from '@antt/shared';
import type { ReportedValue } from '../repositories/campaign.repository.ts';

// The progress of one campaign element, per unit and for the campaign's unit as a whole, from
// the values already read: the value reached, the daily cumulative series since the start, the
// projection of that series to the last day, and the verdict against the target.

export const PROJECTION_LEVEL = 0.9;
/**
 * A unit silent for longer than this is taken to have stopped reporting: the total's series is
 * no longer held back to its last report (the others' recent days would be lost).
 */
const STALE_REPORT_DAYS = 7;

export type CampaignWindow = {
  start: DayNumber;
  end: DayNumber;
  /** The last day counted: the asked day, or the end day once it is past. */
  through: DayNumber;
};

export type ElementValues = {
  /** `last`: a running total (its latest value counts); `sum`: a flow (summed since the start). */
  aggregation: 'sum' | 'last';
  /** Values of periods ending in [start, through]. */
  window: readonly ReportedValue[];
  /** For a running total: each unit's latest value before the start. */
  before: readonly ReportedValue[];
};

/** One unit's (or the total's) series: day since the start → cumulative value. */
type UnitSeries = {
  startValue: number;
  /** Days (since the start) with a known cumulative value, ascending. */
  observations: CumulativeObservation[];
  value: number;
  /** The last day whose report counts in `value`, null with no report at all. */
  lastDay: DayNumber | null;
};

export type ElementProgress = {
  perUnit: Map<string, UnitSeries>;
  total: UnitSeries;
};

/** Builds each unit's series and the total's. */
export function seriesOf(
  unitIds: readonly string[],
  values: ElementValues,
  w: CampaignWindow,
): ElementProgress {
  const byUnit = new Map<string, ReportedValue[]>(unitIds.map((id) => [id, []]));
  for (const v of values.window) byUnit.get(v.unitId)?.push(v);
  const beforeOf = new Map(values.before.map((v) => [v.unitId, v]));
  const perUnit = new Map<string, UnitSeries>();
  for (const id of unitIds) {
    const reports = dailyReports(byUnit.get(id)!);
    perUnit.set(
      id,
      values.aggregation === 'last'
        ? runningTotalSeries(reports, beforeOf.get(id) ?? null, w)
        : flowSeries(reports, w),
    );
  }
  return { perUnit, total: totalSeries([...perUnit.values()], values.aggregation, w) };
}

/** At most one value per day (the larger, should two periods end the same day). */
function dailyReports(values: readonly ReportedValue[]): ReportedValue[] {
  const byDay = new Map<number, ReportedValue>();
  for (const v of values) {
    const seen = byDay.get(v.day);
    if (!seen || v.value > seen.value) byDay.set(v.day, v);
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** A running total is observed on the days it was reported; the days between are gaps. */
function runningTotalSeries(
  reports: readonly ReportedValue[],
  before: ReportedValue | null,
  w: CampaignWindow,
): UnitSeries {
  const startValue = before?.value ?? 0;
  const last = reports[reports.length - 1];
  return {
    startValue,
    observations: reports.map((r) => ({ day: daysBetween(w.start, r.day), value: r.value })),
    value: last?.value ?? startValue,
    lastDay: last?.day ?? before?.day ?? null,
  };
}

/**
 * A flow's running sum since the start. Every day up to the unit's last report is observed: a
 * day left without a report adds nothing to the sum, now or at the end.
 */
function flowSeries(reports: readonly ReportedValue[], w: CampaignWindow): UnitSeries {
  const last = reports[reports.length - 1];
  const observations: CumulativeObservation[] = [];
  if (last) {
    const byDay = new Map(reports.map((r) => [daysBetween(w.start, r.day), r.value]));
    let sum = 0;
    for (let day = 0; day <= daysBetween(w.start, last.day); day++) {
      sum += byDay.get(day) ?? 0;
      observations.push({ day, value: sum });
    }
  }
  return {
    startValue: 0,
    observations,
    value: observations[observations.length - 1]?.value ?? 0,
    lastDay: last?.day ?? null,
  };
}

/**
 * The total: each day, the sum of every unit's cumulative value then (a running total's last
 * report carried forward, its value before the start until its first report). The series ends
 * on the last day every still-reporting unit has reported, so that units whose latest days are
 * not yet entered do not look like a slowdown.
 */
function totalSeries(
  units: readonly UnitSeries[],
  aggregation: 'sum' | 'last',
  w: CampaignWindow,
): UnitSeries {
  const lastDays = units.map((u) => u.observations[u.observations.length - 1]?.day ?? -1);
  const latest = Math.max(-1, ...lastDays);
  const active = lastDays.filter((d) => d >= 0 && d >= latest - STALE_REPORT_DAYS);
  const completeThrough = active.length > 0 ? Math.min(...active) : -1;
  const observations: CumulativeObservation[] = [];
  const cursor = units.map(() => 0);
  const current = units.map((u) => u.startValue);
  for (let day = 0; day <= completeThrough; day++) {
    let sum = 0;
    units.forEach((u, i) => {
      while (cursor[i]! < u.observations.length && u.observations[cursor[i]!]!.day <= day) {
        current[i] = u.observations[cursor[i]!]!.value;
        cursor[i]!++;
      }
      sum += current[i]!;
    });
    observations.push({ day, value: sum });
  }
  const lastDay = latest >= 0 ? addDays(w.start, latest) : null;
  return {
    startValue: aggregation === 'last' ? units.reduce((s, u) => s + u.startValue, 0) : 0,
    observations,
    value: units.reduce((s, u) => s + u.value, 0),
    lastDay,
  };
}

/** The progress DTO of one series against its target. */
export function progressOf(
  element: string,
  series: UnitSeries,
  target: number | null,
  w: CampaignWindow,
): CampaignProgressDto {
  const projection = projectCumulative({
    observations: series.observations,
    endDay: daysBetween(w.start, w.end),
    level: PROJECTION_LEVEL,
    target,
  });
  const reached = projection && atLeastReached(projection, series.value);
  return {
    element,
    value: series.value,
    startValue: series.startValue,
    asOf: series.lastDay === null ? null : isoFromDay(series.lastDay),
    target,
    share: target !== null && target > 0 ? series.value / target : null,
    projection: reached,
    verdict: campaignVerdict(series.value, target, reached),
  };
}

/**
 * The total's series may stop a few days before its value (some units are behind): what is
 * already reached is a floor for the end value.
 */
function atLeastReached(p: Projection, value: number): Projection {
  return { ...p, mean: Math.max(p.mean, value), lo: Math.max(p.lo, value), hi: Math.max(p.hi, value) };
}

/** Competition ranking by share, highest first ("1, 2, 2, 4"); no share, no rank. */
export function rankByShare(shares: ReadonlyMap<string, number | null>): Map<string, number | null> {
  const ranked = [...shares.entries()]
    .filter((e): e is [string, number] => e[1] !== null)
    .sort((a, b) => b[1] - a[1]);
  const out = new Map<string, number | null>([...shares.keys()].map((id) => [id, null]));
  ranked.forEach(([id, share], i) => {
    const previous = ranked[i - 1];
    out.set(id, previous && previous[1] === share ? out.get(previous[0])! : i + 1);
  });
  return out;
}
