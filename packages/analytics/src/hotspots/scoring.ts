// Hotspot accuracy measures (hit rate, PAI, PEI) and the rule that turns scores into flagged cells.

export type HotspotScore = {
  /** Test events inside the study area (N) and inside the flagged cells (n). */
  totalEvents: number;
  caughtEvents: number;
  flaggedCells: number;
  /** Flagged area (a) and study area (A). */
  flaggedArea: number;
  studyArea: number;
  /** n / N; NaN when there are no test events. */
  hitRate: number;
  /** (n / N) / (a / A); NaN when there are no test events or nothing is flagged. */
  pai: number;
  /** n / n*, n* = the most events the same number of cells could have caught; NaN when n* = 0. */
  pei: number;
};

/**
 * Flags the highest-scored cells while their total area stays within `maxArea`. Ties go to the lower
 * cell index so the same scores always flag the same cells. The walk stops at the first cell that no
 * longer fits, so the flagged set is always a prefix of the ranking.
 */
export function flagTopCells(
  scores: readonly number[],
  areas: readonly number[] | number,
  maxArea: number,
): boolean[] {
  const areaOf = (index: number): number => (typeof areas === 'number' ? areas : (areas[index] ?? 0));
  const order = rankCells(scores);
  const flagged = new Array<boolean>(scores.length).fill(false);
  // Tolerance for a budget that is an exact multiple of the cell area but not exactly representable.
  const budget = maxArea * (1 + 1e-12);
  let used = 0;
  for (const index of order) {
    const area = areaOf(index);
    if (used + area > budget) break;
    used += area;
    flagged[index] = true;
  }
  return flagged;
}

/** Cell indexes from the highest score down; ties (and NaN, ranked last) by index. */
export function rankCells(scores: readonly number[]): number[] {
  const value = (index: number): number => {
    const score = scores[index] ?? Number.NaN;
    return Number.isNaN(score) ? -Infinity : score;
  };
  return scores.map((_, index) => index).sort((a, b) => value(b) - value(a) || a - b);
}

/**
 * Scores a flagging against the test-window counts per cell. Cells are of equal area when `areas` is a
 * number; PEI's n* then is the sum of the largest counts over as many cells as were flagged.
 */
export function scoreHotspots(
  testCounts: readonly number[],
  flagged: readonly boolean[],
  areas: readonly number[] | number,
): HotspotScore {
  const areaOf = (index: number): number => (typeof areas === 'number' ? areas : (areas[index] ?? 0));
  let totalEvents = 0;
  let caughtEvents = 0;
  let flaggedCells = 0;
  let flaggedArea = 0;
  let studyArea = 0;
  testCounts.forEach((count, index) => {
    totalEvents += count;
    studyArea += areaOf(index);
    if (flagged[index]) {
      caughtEvents += count;
      flaggedCells += 1;
      flaggedArea += areaOf(index);
    }
  });
  const best = [...testCounts].sort((a, b) => b - a).slice(0, flaggedCells);
  const bestCaught = best.reduce((sum, count) => sum + count, 0);
  const hitRate = totalEvents > 0 ? caughtEvents / totalEvents : Number.NaN;
  const pai = totalEvents > 0 && flaggedArea > 0 ? hitRate / (flaggedArea / studyArea) : Number.NaN;
  const pei = bestCaught > 0 ? caughtEvents / bestCaught : Number.NaN;
  return { totalEvents, caughtEvents, flaggedCells, flaggedArea, studyArea, hitRate, pai, pei };
}
