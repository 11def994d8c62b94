import { describe, expect, it } from 'vitest';
import { cellArea, cellCentre, countEventsByCell, squareGrid, type HotspotEvent } from './grid.ts';
import {
  forecastKdeHotspots,
  forecastProspectiveHotspots,
  kernelDensityScores,
  rollingOrigins,
} from './kde.ts';
import { mulberry32 } from './prng.ts';
import { flagTopCells, rankCells, scoreHotspots } from './scoring.ts';

const box = { xMin: 0, yMin: 0, xMax: 1000, yMax: 1000 };
const cellSize = 50; // 20 × 20 = 400 cells of 2,500 units².

function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * A clustered process over days [0, days): 80 % of events scatter (sd 40) around three fixed centres,
 * the rest fall uniformly over the box.
 */
function clusteredEvents(seed: number, days: number, perDay: number): HotspotEvent[] {
  const random = mulberry32(seed);
  const centres = [
    [210, 730],
    [640, 320],
    [820, 860],
  ] as const;
  const events: HotspotEvent[] = [];
  for (let day = 0; day < days; day += 1) {
    for (let k = 0; k < perDay; k += 1) {
      const time = day + random();
      if (random() < 0.8) {
        const [cx, cy] = centres[Math.floor(random() * centres.length)] ?? [0, 0];
        const x = Math.min(999, Math.max(0, cx + 40 * gaussian(random)));
        const y = Math.min(999, Math.max(0, cy + 40 * gaussian(random)));
        events.push({ time, x, y });
      } else {
        events.push({ time, x: random() * 1000, y: random() * 1000 });
      }
    }
  }
  return events;
}

describe('kernel density', () => {
  it('puts the top cell on a cluster of events', () => {
    const grid = squareGrid(box, cellSize);
    const random = mulberry32(7);
    const events: HotspotEvent[] = [];
    for (let i = 0; i < 60; i += 1)
      events.push({ time: i, x: 312 + 10 * gaussian(random), y: 587 + 10 * gaussian(random) });
    for (let i = 0; i < 30; i += 1) events.push({ time: i, x: random() * 1000, y: random() * 1000 });
    for (const kernel of ['gaussian', 'quartic'] as const) {
      const scores = kernelDensityScores(grid, events, 100, { kernel, bandwidth: 60 });
      const top = grid.cells[rankCells(scores)[0] ?? -1];
      expect(top && [top.col, top.row]).toEqual([6, 11]);
    }
  });

  it('uses only events dated before the origin, and weighs them down with age when decayed', () => {
    const grid = squareGrid(box, cellSize);
    const at = (time: number, x: number, y: number): HotspotEvent => ({ time, x, y });
    const scores = kernelDensityScores(grid, [at(5, 100, 100), at(10, 900, 900)], 10, {
      kernel: 'quartic',
      bandwidth: 100,
    });
    const nearest = (x: number, y: number): number =>
      grid.cells.findIndex((cell) => cellCentre(cell).x === x && cellCentre(cell).y === y);
    expect(scores[nearest(125, 125)]).toBeGreaterThan(0);
    expect(scores[nearest(875, 875)]).toBe(0); // dated at the origin: excluded
    const decayed = kernelDensityScores(grid, [at(5, 100, 100), at(9, 900, 900)], 10, {
      kernel: 'quartic',
      bandwidth: 100,
      decay: 2,
    });
    // Ages 5 and 1 at mirror-image positions: the ratio of scores is exp(−1/2) / exp(−5/2) = e².
    expect((decayed[nearest(875, 875)] ?? 0) / (decayed[nearest(125, 125)] ?? 1)).toBeCloseTo(Math.E ** 2, 9);
  });

  it('lays its rolling origins one horizon apart, the last window closing at the origin', () => {
    expect(rollingOrigins(100, 7, 3)).toEqual([79, 86, 93]);
  });
});

describe('KDE forecasts with backtested parameters', () => {
  const grid = squareGrid(box, cellSize);
  const events = clusteredEvents(42, 140, 6);
  const origin = 112;
  const horizon = 7;
  const maxArea = 0.05 * 1000 * 1000; // 5 % of the study area: 20 cells.

  it('never flags more than the area budget', () => {
    for (const forecast of [
      forecastKdeHotspots(grid, events, { origin, horizon, maxArea, backtestOrigins: 4 }),
      forecastProspectiveHotspots(grid, events, { origin, horizon, maxArea, backtestOrigins: 4 }),
    ]) {
      const flaggedCells = forecast.flagged.filter(Boolean).length;
      expect(flaggedCells * cellArea(grid)).toBeLessThanOrEqual(maxArea);
      expect(flaggedCells).toBe(20);
    }
  });

  it('ignores every event at or after the origin, poisoned or not', () => {
    // Poison: a dense cluster where nothing happened before, and moved copies of every later event.
    const poisoned = events.map((event) => (event.time >= origin ? { ...event, x: 50, y: 50 } : event));
    for (let i = 0; i < 500; i += 1) poisoned.push({ time: origin + (i % 20), x: 60, y: 60 });
    poisoned.push({ time: origin, x: 975, y: 25 });
    const options = { origin, horizon, maxArea, backtestOrigins: 4 };
    for (const forecast of [forecastKdeHotspots, forecastProspectiveHotspots]) {
      const clean = forecast(grid, events, options);
      const dirty = forecast(grid, poisoned, options);
      expect(dirty.parameters).toEqual(clean.parameters);
      expect(dirty.backtest).toEqual(clean.backtest);
      expect(dirty.scores).toEqual(clean.scores);
      expect(dirty.flagged).toEqual(clean.flagged);
    }
  });

  it('chooses the bandwidth with the best mean PAI, and beats uniform random flagging', () => {
    const forecast = forecastKdeHotspots(grid, events, { origin, horizon, maxArea, backtestOrigins: 6 });
    const best = Math.max(...forecast.backtest.map((result) => result.meanPai));
    expect(forecast.backtest.find((r) => r.parameters === forecast.parameters)?.meanPai).toBe(best);
    expect(forecast.backtest.every((result) => result.origins === 6)).toBe(true);

    const test = events.filter((event) => event.time >= origin && event.time < origin + horizon);
    const testCounts = countEventsByCell(grid, test);
    const kde = scoreHotspots(testCounts, forecast.flagged, cellArea(grid));

    // Uniform random flagging of the same number of cells, averaged over 200 seeded draws.
    const random = mulberry32(99);
    let randomPaiSum = 0;
    const draws = 200;
    for (let draw = 0; draw < draws; draw += 1) {
      const randomScores = grid.cells.map(() => random());
      const flagged = flagTopCells(randomScores, cellArea(grid), maxArea);
      randomPaiSum += scoreHotspots(testCounts, flagged, cellArea(grid)).pai;
    }
    const randomPai = randomPaiSum / draws;
    // Random flagging has expected PAI 1; the clusters hold 80 % of events in a few % of the area.
    expect(randomPai).toBeGreaterThan(0.6);
    expect(randomPai).toBeLessThan(1.4);
    expect(kde.pai).toBeGreaterThan(5);
    expect(kde.pai).toBeGreaterThan(3 * randomPai);
  });

  it('prospective variant picks both parameters from the candidate lists', () => {
    const forecast = forecastProspectiveHotspots(grid, events, {
      origin,
      horizon,
      maxArea,
      backtestOrigins: 3,
      bandwidths: [25, 50],
      decays: [7, 28],
    });
    expect(forecast.backtest).toHaveLength(4);
    expect([25, 50]).toContain(forecast.parameters.bandwidth);
    expect([7, 28]).toContain(forecast.parameters.decay);
  });
});
