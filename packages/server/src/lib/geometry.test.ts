import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  mergeGeometries,
  parseAreaGeometry,
  pointInGeometry,
  type AreaGeometry,
  type Ring,
} from './geometry.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

describe('point in polygon', () => {
  // A 10 × 10 square with a 2 × 2 hole in the middle, like a commune around a town it does not include.
  const withHole: AreaGeometry = { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] };

  it('finds points inside the outer ring and outside the hole', () => {
    expect(pointInGeometry(1, 1, withHole)).toBe(true);
    expect(pointInGeometry(9.9, 5, withHole)).toBe(true);
    expect(pointInGeometry(5, 5, withHole)).toBe(false);
    expect(pointInGeometry(11, 5, withHole)).toBe(false);
    expect(pointInGeometry(-0.1, 5, withHole)).toBe(false);
  });

  it('handles a concave ring (a U shape) whose ray crosses it several times', () => {
    const u: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [6, 0],
          [6, 6],
          [4, 6],
          [4, 2],
          [2, 2],
          [2, 6],
          [0, 6],
          [0, 0],
        ],
      ],
    };
    expect(pointInGeometry(1, 5, u)).toBe(true);
    expect(pointInGeometry(3, 5, u)).toBe(false); // in the notch
    expect(pointInGeometry(5, 5, u)).toBe(true);
    expect(pointInGeometry(3, 1, u)).toBe(true);
  });

  it('treats a MultiPolygon as the union of its parts (an island commune)', () => {
    const islands = mergeGeometries([
      { type: 'Polygon', coordinates: [square(0, 0, 1, 1)] },
      { type: 'Polygon', coordinates: [square(5, 5, 6, 6)] },
    ]);
    expect(islands.type).toBe('MultiPolygon');
    expect(pointInGeometry(0.5, 0.5, islands)).toBe(true);
    expect(pointInGeometry(5.5, 5.5, islands)).toBe(true);
    expect(pointInGeometry(3, 3, islands)).toBe(false);
    expect(boundingBox(islands)).toEqual({ minLon: 0, minLat: 0, maxLon: 6, maxLat: 6 });
  });
});

describe('geometry validation', () => {
  it('accepts Polygon and MultiPolygon', () => {
    expect(parseAreaGeometry({ type: 'Polygon', coordinates: [square(105, 9, 106, 10)] })).toHaveProperty(
      'geometry',
    );
    expect(
      parseAreaGeometry({ type: 'MultiPolygon', coordinates: [[square(105, 9, 106, 10)]] }),
    ).toHaveProperty('geometry');
  });

  it('names what is wrong', () => {
    expect(parseAreaGeometry({ type: 'Point', coordinates: [105, 9] })).toEqual({
      problem: expect.stringContaining('Polygon or MultiPolygon'),
    });
    expect(
      parseAreaGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      }),
    ).toEqual({ problem: expect.stringContaining('end where it starts') });
    expect(
      parseAreaGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      }),
    ).toEqual({ problem: expect.stringContaining('at least 4') });
    expect(parseAreaGeometry({ type: 'Polygon', coordinates: [square(0, 0, 200, 1)] })).toEqual({
      problem: expect.stringContaining('longitude, latitude'),
    });
    expect(
      parseAreaGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            ['1', 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toEqual({ problem: 'coordinates must be numbers' });
    expect(parseAreaGeometry(null)).toEqual({ problem: 'no geometry' });
  });
});
