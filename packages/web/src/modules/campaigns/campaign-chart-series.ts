import { addDays, dayFromIso, isoFromDay, type ProjectionDto } from '@antt/shared';

// The lines of a campaign's chart, one slot per day from the start to the end date: the
// province's value so far, then the projection to the end date with its interval. Only the
// interval at the end date is known; the band widens in a straight line from the last value
// to it, which draws the fan people expect without claiming more than the projection says.

export type CampaignChartSeries = {
  /** Every day of the campaign, YYYY-MM-DD. */
  days: string[];
  actual: (number | null)[];
  projected: (number | null)[];
  /** The band as a stack: its lower edge, and its height above that edge. */
  bandLow: (number | null)[];
  bandHeight: (number | null)[];
};

/** The campaign's days, start and end included (bounded, whatever the dates say). */
export function campaignDays(startDate: string, endDate: string, maxDays = 1_000): string[] {
  const days: string[] = [];
  const end = dayFromIso(endDate);
  for (let day = dayFromIso(startDate); day <= end && days.length < maxDays; day = addDays(day, 1)) {
    days.push(isoFromDay(day));
  }
  return days;
}

export function campaignChartSeries(
  startDate: string,
  endDate: string,
  series: readonly { date: string; value: number }[],
  projection: ProjectionDto | null,
): CampaignChartSeries {
  const days = campaignDays(startDate, endDate);
  const index = new Map(days.map((day, i) => [day, i]));
  const actual: (number | null)[] = days.map(() => null);
  let last: { at: number; value: number } | null = null;
  for (const point of series) {
    const at = index.get(point.date);
    if (at === undefined) continue;
    actual[at] = point.value;
    if (last === null || at > last.at) last = { at, value: point.value };
  }
  const projected: (number | null)[] = days.map(() => null);
  const bandLow: (number | null)[] = days.map(() => null);
  const bandHeight: (number | null)[] = days.map(() => null);
  const endAt = days.length - 1;
  if (projection && last && last.at < endAt) {
    const from = last;
    const along = (target: number, at: number) =>
      from.value + ((at - from.at) / (endAt - from.at)) * (target - from.value);
    for (let at = from.at; at <= endAt; at += 1) {
      projected[at] = along(projection.mean, at);
      const low = along(projection.lo, at);
      bandLow[at] = low;
      bandHeight[at] = along(projection.hi, at) - low;
    }
  }
  return { days, actual, projected, bandLow, bandHeight };
}
