import type { CampaignStatusDto, CampaignVerdict } from '@antt/shared';

// The leaderboard: units in the server's order (rank 1 = the highest share of target of the
// campaign's first element), the best and the worst few marked so a leader sees at a glance
// whom to praise and whom to call. Units without a target have no rank and come last.

export type LeaderboardRow = {
  code: string;
  name: string;
  rank: number | null;
  share: number | null;
  value: number;
  target: number | null;
  verdict: CampaignVerdict;
  standing: 'top' | 'bottom' | null;
};

/** How many units are marked at each end: three, fewer on a short board so the marks still mean something. */
export function markedAtEachEnd(rankedCount: number): number {
  return Math.min(3, Math.floor(rankedCount / 4));
}

/**
 * How many units the board ranks. A user who sees only some of them (a commune's leader sees
 * their commune) still learns where it stands among all: the server says how many there are.
 */
export function rankedCount(status: CampaignStatusDto): number {
  const visible = status.units.filter((u) => u.rank !== null).length;
  return status.units.length < status.rankedUnits ? status.rankedUnits : visible;
}

/** True when the user's jurisdiction shows only part of the board. */
export function isPartialBoard(status: CampaignStatusDto): boolean {
  return status.units.length < status.rankedUnits;
}

export function leaderboardRows(status: CampaignStatusDto): LeaderboardRow[] {
  const ranked = rankedCount(status);
  const marked = markedAtEachEnd(ranked);
  return status.units
    .flatMap((u) => {
      const first = u.progress[0];
      if (!first) return [];
      const standing =
        u.rank === null ? null : u.rank <= marked ? 'top' : u.rank > ranked - marked ? 'bottom' : null;
      return [
        {
          code: u.unit.code,
          name: u.unit.name,
          rank: u.rank,
          share: first.share,
          value: first.value,
          target: first.target,
          verdict: first.verdict,
          standing,
        } satisfies LeaderboardRow,
      ];
    })
    .sort(
      (a, b) =>
        (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
        a.code.localeCompare(b.code),
    );
}

/** The rows with one of the chosen verdicts; no choice keeps them all. */
export function filterByVerdict(
  rows: readonly LeaderboardRow[],
  verdicts: readonly CampaignVerdict[],
): LeaderboardRow[] {
  return verdicts.length === 0 ? [...rows] : rows.filter((row) => verdicts.includes(row.verdict));
}

/** How many units have each verdict, for the filter's labels. */
export function verdictCounts(rows: readonly LeaderboardRow[]): Record<CampaignVerdict, number> {
  const counts: Record<CampaignVerdict, number> = {
    achieved: 0,
    on_track: 0,
    at_risk: 0,
    off_track: 0,
    no_target: 0,
  };
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}
