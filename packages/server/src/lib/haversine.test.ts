import { describe, expect, it } from 'vitest';
import { haversineMeters } from './haversine.ts';

describe('haversineMeters', () => {
  it('is zero for the same point and symmetric', () => {
    expect(haversineMeters(105.97, 9.6, 105.97, 9.6)).toBe(0);
    expect(haversineMeters(105.97, 9.6, 105.98, 9.61)).toBeCloseTo(
      haversineMeters(105.98, 9.61, 105.97, 9.6),
      6,
    );
  });

  it('measures one thousandth of a degree of latitude as about 111 m', () => {
    expect(haversineMeters(105.97, 9.6, 105.97, 9.601)).toBeGreaterThan(110);
    expect(haversineMeters(105.97, 9.6, 105.97, 9.601)).toBeLessThan(112);
  });

  it('puts Sóc Trăng about 60 km from Cần Thơ (Ninh Kiều)', () => {
    const km = haversineMeters(105.9737, 9.6025, 105.7469, 10.0341) / 1000;
    expect(km).toBeGreaterThan(50);
    expect(km).toBeLessThan(60);
  });
});
