import { describe, expect, it } from 'vitest';
import { mean4Model, mean52Model, naiveModel, seasonalNaiveModel } from './baselines.ts';
import { Z80, Z95 } from './series.ts';

describe('naive', () => {
  it('repeats the last value with σ√h intervals from its one-step errors', () => {
    // One-step errors 2, −1, 3: σ = √(14/3).
    const forecast = naiveModel.forecast([3, 5, 4, 7], 1, 3);
    const sigma = Math.sqrt(14 / 3);
    expect(forecast.mean).toEqual([7, 7, 7]);
    [1, 2, 3].forEach((h, i) => {
      expect(forecast.hi80[i]).toBeCloseTo(7 + Z80 * sigma * Math.sqrt(h), 10);
      expect(forecast.hi95[i]).toBeCloseTo(7 + Z95 * sigma * Math.sqrt(h), 10);
    });
  });

  it('has interval half-widths of z·σ√h on a series whose σ is known to be 2', () => {
    // 0, 2, 0, 2, …: every one-step error is ±2, so σ = 2 and the sd four steps ahead is 4.
    const series = Array.from({ length: 20 }, (_, i) => (i % 2) * 2);
    const forecast = naiveModel.forecast(series, 1, 4);
    expect(forecast.mean[3]).toBe(2);
    expect((forecast.hi80[3] ?? 0) - 2).toBeCloseTo(Z80 * 4, 10);
    expect((forecast.hi95[3] ?? 0) - 2).toBeCloseTo(Z95 * 4, 10);
  });

  it('never gives a negative lower bound', () => {
    const forecast = naiveModel.forecast([0, 0, 0, 5, 0], 1, 2);
    expect(forecast.mean).toEqual([0, 0]);
    expect(forecast.lo80).toEqual([0, 0]);
    expect(forecast.lo95).toEqual([0, 0]);
    expect(forecast.hi80[0]).toBeGreaterThan(0);
  });

  it('refuses a history with a NaN or a negative count', () => {
    expect(() => naiveModel.forecast([1, Number.NaN, 2], 1, 1)).toThrow(RangeError);
    expect(() => naiveModel.forecast([1, -1, 2], 1, 1)).toThrow(RangeError);
    expect(() => naiveModel.forecast([1], 1, 1)).toThrow(RangeError);
  });
});

describe('seasonal naive', () => {
  it('repeats the last season with σ√(⌊(h−1)/m⌋+1) intervals', () => {
    // Season 4, every value one above the same quarter a year before: σ = 1.
    const forecast = seasonalNaiveModel.forecast([1, 2, 3, 4, 2, 3, 4, 5], 4, 6);
    expect(forecast.mean).toEqual([2, 3, 4, 5, 2, 3]);
    const sds = [1, 1, 1, 1, Math.SQRT2, Math.SQRT2];
    sds.forEach((sd, i) => {
      expect((forecast.hi95[i] ?? 0) - (forecast.mean[i] ?? 0)).toBeCloseTo(Z95 * sd, 10);
      expect((forecast.mean[i] ?? 0) - (forecast.lo80[i] ?? 0)).toBeCloseTo(Z80 * sd, 10);
    });
  });

  it('needs more than one season', () => {
    expect(() => seasonalNaiveModel.forecast([1, 2, 3, 4], 4, 1)).toThrow(RangeError);
  });
});

describe('moving means', () => {
  it('forecasts the mean of the last 4 with a flat band σ√(1 + 1/4)', () => {
    // Mean of 2, 4, 6, 8 = 5. The one in-sample error is 8 − mean(10, 2, 4, 6) = 2.5, which
    // is σ√(1 + 1/4) itself, so every step's sd is 2.5.
    const forecast = mean4Model.forecast([10, 2, 4, 6, 8], 1, 3);
    expect(forecast.mean).toEqual([5, 5, 5]);
    forecast.hi80.forEach((hi) => expect(hi).toBeCloseTo(5 + Z80 * 2.5, 10));
    forecast.lo95.forEach((lo) => expect(lo).toBeCloseTo(Math.max(0, 5 - Z95 * 2.5), 10));
  });

  it('averages the last 52 and needs 53 periods', () => {
    const series = Array.from({ length: 60 }, (_, i) => (i < 8 ? 100 : 10));
    expect(mean52Model.forecast(series, 52, 2).mean).toEqual([10, 10]);
    expect(() => mean52Model.forecast(series.slice(0, 52), 52, 1)).toThrow(RangeError);
  });
});
