import { describe, expect, it } from 'vitest';
import {
  colourOf,
  COUNT_COLOURS,
  countClasses,
  fitProjection,
  NO_COUNT_COLOUR,
  svgPath,
} from './map-geometry.ts';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [105, 9],
      [106, 9],
      [106, 10],
      [105, 10],
      [105, 9],
    ],
  ],
};

describe('map geometry', () => {
  it('fits the province into the box, north up, keeping its proportions', () => {
    const projection = fitProjection([square], 200, 0)!;
    expect(projection.project(105, 10)).toEqual([0, 0]);
    const [x, y] = projection.project(106, 9);
    expect(x).toBeCloseTo(200);
    // One degree of longitude at 9.5° N is cos(9.5°) of a degree of latitude.
    expect(y).toBeCloseTo(200 / Math.cos((9.5 * Math.PI) / 180));
    expect(svgPath(square, projection)).toBe('M0,202.8L200,202.8L200,0L0,0L0,202.8Z');
  });

  it('classes counts from 1 in whole steps and keeps 0 apart', () => {
    expect(countClasses(0)).toEqual([]);
    expect(countClasses(2).map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    const classes = countClasses(23);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 5],
      [6, 10],
      [11, 15],
      [16, 20],
      [21, 23],
    ]);
    expect(colourOf(0, classes)).toBe(NO_COUNT_COLOUR);
    expect(colourOf(5.5, classes)).toBe(COUNT_COLOURS[1]);
    expect(colourOf(23, classes)).toBe(COUNT_COLOURS[4]);
    // Two classes take the two darkest shades.
    expect(countClasses(2).map((c) => c.colour)).toEqual([COUNT_COLOURS[3], COUNT_COLOURS[4]]);
  });
});
