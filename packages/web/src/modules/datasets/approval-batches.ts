import type { DataApprovalState } from '@antt/shared';

// The approval list lets a leader choose days of many communes at once; the API acts on one
// unit's periods per call. This picks, for an action, the chosen days it applies to and
// groups them by unit.

export type LeaderAction = 'approve' | 'return' | 'unapprove';

/** The state a day must be in for each action: submitted days are approved or returned, approved ones un-approved. */
export const ACTION_APPLIES_TO: Record<LeaderAction, readonly DataApprovalState[]> = {
  approve: ['submitted'],
  return: ['submitted'],
  unapprove: ['approved'],
};

export type QueueDay = { unit: string; period: string; state: DataApprovalState };

export function queueDayKey(day: { unit: string; period: string }): string {
  return `${day.unit}|${day.period}`;
}

/** The chosen days an action applies to, one batch per unit, units and periods in order. */
export function actionBatches(
  days: readonly QueueDay[],
  chosen: ReadonlySet<string>,
  action: LeaderAction,
): Array<{ unit: string; periods: string[] }> {
  const byUnit = new Map<string, string[]>();
  for (const day of days) {
    if (!chosen.has(queueDayKey(day)) || !ACTION_APPLIES_TO[action].includes(day.state)) continue;
    const periods = byUnit.get(day.unit) ?? [];
    periods.push(day.period);
    byUnit.set(day.unit, periods);
  }
  return [...byUnit]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unit, periods]) => ({ unit, periods: [...new Set(periods)].sort() }));
}

export function dayCount(batches: readonly { periods: readonly string[] }[]): number {
  return batches.reduce((sum, batch) => sum + batch.periods.length, 0);
}
