import { describe, expect, it } from 'vitest';
import { colourOf, mapClasses, NO_DATA_COLOUR } from './map-classes.ts';

describe('map colour classes', () => {
  it('makes at most five classes bounded by values that occur, each unit inside its class', () => {
    const values = [0, 1, 1, 2, 3, 3, 4, 5, 8, 9, 12, 15, 20, 21, 30, null];
    const classes = mapClasses(values, 'count', 'lower_is_better');
    expect(classes.length).toBeLessThanOrEqual(5);
    expect(classes[0]!.min).toBe(0);
    expect(classes.at(-1)!.max).toBe(30);
    for (const v of values) {
      if (v === null) continue;
      const c = classes.find((k) => k.colour === colourOf(v, 'count', classes))!;
      expect(v).toBeGreaterThanOrEqual(c.min);
      expect(v).toBeLessThanOrEqual(c.max);
    }
    expect(colourOf(null, 'count', classes)).toBe(NO_DATA_COLOUR);
  });

  it('colours the worse end darker: many crimes, a low clearance rate', () => {
    const crimes = mapClasses([1, 2, 3], 'count', 'lower_is_better');
    const clearance = mapClasses([60, 70, 80], 'percent', 'higher_is_better');
    expect(crimes.at(-1)!.colour).toBe(clearance[0]!.colour);
    expect(crimes[0]!.colour).toBe(clearance.at(-1)!.colour);
  });

  it('has no class when no unit has a figure', () => {
    expect(mapClasses([null, null], 'percent', 'neutral')).toEqual([]);
  });
});
