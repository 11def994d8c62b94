import { describe, expect, it } from 'vitest';
import { flagTopCells, rankCells, scoreHotspots } from './scoring.ts';

describe('flagging', () => {
  it('flags the highest scores within the area budget, ties by cell index', () => {
    const scores = [1, 5, 3, 5, 0, 2];
    expect(rankCells(scores)).toEqual([1, 3, 2, 5, 0, 4]);
    // Cells of area 4, budget 10: two cells fit.
    expect(flagTopCells(scores, 4, 10)).toEqual([false, true, false, true, false, false]);
    // An exact multiple fits despite floating point: 3 × 0.1 within 0.3.
    expect(flagTopCells(scores, 0.1, 0.3).filter(Boolean)).toHaveLength(3);
    expect(flagTopCells(scores, 4, 3).some(Boolean)).toBe(false);
  });

  it('never flags more area than the budget, whatever the scores and areas', () => {
    let seed = 1;
    const next = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let trial = 0; trial < 200; trial += 1) {
      const n = 1 + Math.floor(next() * 30);
      const scores = Array.from({ length: n }, () => Math.floor(next() * 5));
      const areas = Array.from({ length: n }, () => 0.5 + next() * 3);
      const budget = next() * 20;
      const flagged = flagTopCells(scores, areas, budget);
      const area = areas.reduce((sum, a, i) => sum + (flagged[i] ? a : 0), 0);
      expect(area).toBeLessThanOrEqual(budget);
      const square = flagTopCells(scores, 1.7, budget).filter(Boolean).length;
      expect(square * 1.7).toBeLessThanOrEqual(budget + 1e-9);
      expect(square).toBe(Math.min(n, Math.floor(budget / 1.7 + 1e-9)));
    }
  });
});

describe('hit rate, PAI and PEI', () => {
  it('match a hand-computed example', () => {
    // 10 cells of area 2 (A = 20); test counts below, N = 20.
    const counts = [6, 0, 4, 1, 0, 3, 5, 0, 1, 0];
    // Flag cells 2 and 5 (4 + 3 = 7 events, a = 4).
    const flagged = counts.map((_, i) => i === 2 || i === 5);
    const score = scoreHotspots(counts, flagged, 2);
    expect(score.totalEvents).toBe(20);
    expect(score.caughtEvents).toBe(7);
    expect(score.flaggedArea).toBe(4);
    expect(score.studyArea).toBe(20);
    // Hit rate 7/20 = 0.35; PAI = 0.35 / (4/20) = 1.75; best two cells hold 6 + 5 = 11 → PEI 7/11.
    expect(score.hitRate).toBeCloseTo(0.35, 12);
    expect(score.pai).toBeCloseTo(1.75, 12);
    expect(score.pei).toBeCloseTo(7 / 11, 12);
  });

  it('gives PEI 1 to the best possible flagging and leaves the measures undefined without events', () => {
    const counts = [6, 0, 4, 1];
    expect(scoreHotspots(counts, [true, false, true, false], 1).pei).toBe(1);
    const empty = scoreHotspots([0, 0, 0], [true, false, false], 1);
    expect(Number.isNaN(empty.hitRate) && Number.isNaN(empty.pai) && Number.isNaN(empty.pei)).toBe(true);
  });
});
