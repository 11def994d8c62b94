import { describe, expect, it } from 'vitest';
import {
  filterByVerdict,
  isPartialBoard,
  leaderboardRows,
  markedAtEachEnd,
  rankedCount,
  verdictCounts,
} from './campaign-leaderboard.ts';
import { statusOf, type UnitFigures } from './campaign-status-fixture.ts';

const unit = (
  code: string,
  rank: number | null,
  verdict: UnitFigures['verdict'] = 'on_track',
): UnitFigures => ({
  code,
  name: `Xã ${code}`,
  population: 1000,
  value: rank === null ? 0 : 1000 - rank,
  target: rank === null ? null : 800,
  rank,
  verdict: rank === null ? 'no_target' : verdict,
});

describe('the campaign leaderboard', () => {
  it('lists units by rank whatever order they come in, units without a rank last', () => {
    const rows = leaderboardRows(
      statusOf([unit('92003', 3), unit('92009', null), unit('92001', 1), unit('92002', 2)]),
    );
    expect(rows.map((r) => [r.code, r.rank])).toEqual([
      ['92001', 1],
      ['92002', 2],
      ['92003', 3],
      ['92009', null],
    ]);
  });

  it('marks three units at each end of a long board, fewer on a short one, none on a tiny one', () => {
    expect(markedAtEachEnd(100)).toBe(3);
    expect(markedAtEachEnd(8)).toBe(2);
    expect(markedAtEachEnd(3)).toBe(0);
    const rows = leaderboardRows(
      statusOf(Array.from({ length: 12 }, (_, i) => unit(String(92001 + i), i + 1))),
    );
    expect(rows.filter((r) => r.standing === 'top').map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(rows.filter((r) => r.standing === 'bottom').map((r) => r.rank)).toEqual([10, 11, 12]);
  });

  it('marks the units a commune leader sees against the whole board, not only their own rows', () => {
    const partial = statusOf([unit('92050', 102), unit('92051', 2), unit('92052', 50)], 103);
    expect(isPartialBoard(partial)).toBe(true);
    expect(rankedCount(partial)).toBe(103);
    expect(leaderboardRows(partial).map((r) => [r.rank, r.standing])).toEqual([
      [2, 'top'],
      [50, null],
      [102, 'bottom'],
    ]);
    const whole = statusOf([unit('92001', 1), unit('92002', 2), unit('92003', null)]);
    expect(isPartialBoard(whole)).toBe(false);
    expect(rankedCount(whole)).toBe(2);
  });

  it('filters by verdict and counts each verdict', () => {
    const rows = leaderboardRows(
      statusOf([
        unit('92001', 1, 'achieved'),
        unit('92002', 2, 'at_risk'),
        unit('92003', 3, 'off_track'),
        unit('92004', null),
      ]),
    );
    expect(filterByVerdict(rows, ['at_risk', 'off_track']).map((r) => r.code)).toEqual(['92002', '92003']);
    expect(filterByVerdict(rows, [])).toHaveLength(4);
    expect(verdictCounts(rows)).toEqual({ achieved: 1, on_track: 0, at_risk: 1, off_track: 1, no_target: 1 });
  });
});
