import { describe, expect, it } from 'vitest';
import {
  bandFlag,
  baselineBand,
  changeBetween,
  indicatorValue,
  judgeChange,
  meetsTarget,
} from './indicator-math.ts';

describe('indicator value', () => {
  it('is a count, a rate in percent, or nothing when the denominator is zero', () => {
    expect(indicatorValue(42, null, 1)).toBe(42);
    expect(indicatorValue(80, 100, 100)).toBe(80);
    expect(indicatorValue(1, 3, 100)).toBeCloseTo(33.3333, 3);
    expect(indicatorValue(0, 0, 100)).toBeNull();
  });
});

describe('change against the same period last year', () => {
  it('gives the absolute and relative change', () => {
    expect(changeBetween(238, 250)).toEqual({ absolute: -12, relative: -0.048 });
    expect(changeBetween(5, 0)).toEqual({ absolute: 5, relative: null });
    expect(changeBetween(null, 3)).toEqual({ absolute: null, relative: null });
  });

  it('is judged by the indicator’s direction', () => {
    expect(judgeChange('lower_is_better', -12)).toBe('better');
    expect(judgeChange('lower_is_better', 3)).toBe('worse');
    expect(judgeChange('higher_is_better', 3)).toBe('better');
    expect(judgeChange('higher_is_better', 0)).toBe('same');
    expect(judgeChange('neutral', 3)).toBeNull();
  });
});

describe('baseline band', () => {
  it('is mean ± 2 sample SD of earlier years, never below zero', () => {
    const band = baselineBand([10, 12, 14])!;
    expect(band.mean).toBe(12);
    expect(band.sd).toBe(2);
    expect([band.low, band.high]).toEqual([8, 16]);
    expect(baselineBand([1, 2, 9])!.low).toBe(0);
  });

  it('needs three earlier years with values', () => {
    expect(baselineBand([10, null, 12])).toBeNull();
    expect(baselineBand([])).toBeNull();
  });

  it('flags a value outside it, and only then', () => {
    const band = baselineBand([10, 12, 14]);
    expect(bandFlag(17, band)).toBe('above');
    expect(bandFlag(7, band)).toBe('below');
    expect(bandFlag(16, band)).toBeNull();
    expect(bandFlag(17, null)).toBeNull();
  });
});

describe('targets', () => {
  it('are met at or beyond their value', () => {
    expect(meetsTarget(75, { op: 'at_least', value: 75 })).toBe(true);
    expect(meetsTarget(74.9, { op: 'at_least', value: 75 })).toBe(false);
    expect(meetsTarget(3, { op: 'at_most', value: 5 })).toBe(true);
    expect(meetsTarget(null, { op: 'at_least', value: 75 })).toBeNull();
  });
});
