import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seasonFactor, syntheticIncidents, type ClauseLookup } from './synthetic-incidents.ts';
import { STREAMS } from './incident-calibration.ts';
import { weighPlaces, type PlaceUnit } from './synthetic-places.ts';

// The synthetic incident model on a tiny province: two old communes merged into one new one on
// 1 July 2025. Whatever the seed and the count asked for, the generator gives exactly that many
// incidents, in date order, each in a commune valid on its day, cleared (if at all) between its
// day and the last day of the data.

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 0.1, y],
      [x + 0.1, y + 0.1],
      [x, y + 0.1],
      [x, y],
    ] as [number, number][],
  ],
});

const units: PlaceUnit[] = [
  {
    key: 'a',
    code: '90001',
    name: 'Phường A',
    type: 'Phường',
    provinceCode: '90',
    validFrom: 20080101,
    validTo: 20250630,
    geometry: square(105, 9),
  },
  {
    key: 'b',
    code: '90002',
    name: 'Xã B',
    type: 'Xã',
    provinceCode: '90',
    validFrom: 20080101,
    validTo: 20250630,
    geometry: null,
  },
  {
    key: 'ab',
    code: '90001',
    name: 'Phường AB',
    type: 'Phường',
    provinceCode: '90',
    validFrom: 20250701,
    validTo: null,
    geometry: square(105, 9),
  },
];
const places = weighPlaces(
  units,
  [
    { fromKey: 'a', toKey: 'ab', weight: 1 },
    { fromKey: 'b', toKey: 'ab', weight: 1 },
  ],
  { '90': 100_000 },
);
const clauseOf: ClauseLookup = (_article, clause) => ({
  seriousness: clause >= 3 ? 'very_serious' : 'less_serious',
  group: 'social_order',
});

describe('synthetic incidents', () => {
  it('passes the old communes’ residents on to the commune they merged into', () => {
    const weight = (key: string) => places.find((p) => p.key === key)!.weight;
    expect(weight('a') + weight('b')).toBeCloseTo(100_000);
    expect(weight('ab')).toBeCloseTo(100_000);
    // A ward has more residents than a rural commune.
    expect(weight('a')).toBeGreaterThan(weight('b'));
  });

  it('gives exactly the count asked for, in date order, each valid on its day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 2 ** 31 }), (count, seed) => {
        const all = [
          ...syntheticIncidents({
            places,
            from: 20250601,
            to: 20250731,
            today: 20250801,
            seed,
            clauseOf,
            count,
          }),
        ];
        expect(all).toHaveLength(count);
        for (const [i, incident] of all.entries()) {
          const { place, occurredDay, clearedDay } = incident;
          if (i > 0) expect(occurredDay).toBeGreaterThanOrEqual(all[i - 1]!.occurredDay);
          expect(place.validFrom <= occurredDay && (place.validTo ?? Infinity) >= occurredDay).toBe(true);
          if (clearedDay !== null) {
            expect(clearedDay).toBeGreaterThanOrEqual(occurredDay);
            expect(clearedDay).toBeLessThanOrEqual(20250731);
          }
          if (incident.lon !== null) expect(place.geometry).not.toBeNull();
          if (incident.status === 'closed') expect(clearedDay).not.toBeNull();
        }
      }),
      { numRuns: 30 },
    );
  });

  it('is the same for the same seed', () => {
    const run = (seed: number) =>
      JSON.stringify([
        ...syntheticIncidents({
          places,
          from: 20240101,
          to: 20240331,
          today: 20240401,
          seed,
          clauseOf,
          count: 200,
        }),
      ]);
    expect(run(5)).toBe(run(5));
    expect(run(5)).not.toBe(run(6));
  });

  it('raises the traffic rate around Tết and at weekends', () => {
    const traffic = STREAMS.find((s) => s.key === 'traffic')!.season;
    // Tết 2026: Tuesday 17 February. Compared with Tuesday 12 May 2026.
    expect(seasonFactor(traffic, 20260217)).toBeGreaterThan(1.4 * seasonFactor(traffic, 20260512));
    // Sunday 10 May against Tuesday 12 May.
    expect(seasonFactor(traffic, 20260510)).toBeGreaterThan(seasonFactor(traffic, 20260512));
  });
});
