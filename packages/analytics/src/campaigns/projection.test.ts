import { describe, expect, it } from 'vitest';
import { campaignVerdict, projectCumulative, type CumulativeObservation } from './projection.ts';
import { studentTCdf, studentTQuantile } from './student-t.ts';

/** mulberry32: a tiny seeded generator, so the synthetic cases are the same on every run. */
function seeded(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4_294_967_296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const poisson = (mean: number) => {
    // Knuth's product of uniforms for small means, the normal approximation for large ones.
    if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = next(); p > limit && k < 1_000; p *= next()) k++;
    return k;
  };
  return { next, normal, poisson, between: (lo: number, hi: number) => lo + (hi - lo) * next() };
}

type SyntheticCase = { observations: CumulativeObservation[]; endDay: number; trueEnd: number };

/**
 * A series with known growth: a starting stock, daily gains around a fixed drift (Poisson
 * counts, or normal with extra noise), reports on most days but not all, and the true value on
 * the end day drawn from the same process.
 */
function syntheticCase(random: ReturnType<typeof seeded>): SyntheticCase {
  const drift = random.between(2, 150);
  const poisson = random.next() < 0.5;
  const noise = random.between(0.2, 0.9) * drift;
  const observedDays = Math.floor(random.between(15, 81));
  const horizon = Math.floor(random.between(5, 61));
  const missing = random.between(0, 0.25);
  let value = Math.round(random.between(0, 50_000));
  const observations: CumulativeObservation[] = [];
  for (let day = 0; day < observedDays + horizon; day++) {
    value += poisson ? random.poisson(drift) : Math.max(0, Math.round(drift + noise * random.normal()));
    const reported = day === observedDays - 1 || random.next() >= missing;
    if (day < observedDays && reported) observations.push({ day, value });
  }
  return { observations, endDay: observedDays + horizon - 1, trueEnd: value };
}

function coverage(cases: readonly SyntheticCase[], widen = 1): number {
  let inside = 0;
  for (const c of cases) {
    const p = projectCumulative({ observations: c.observations, endDay: c.endDay, level: 0.9 })!;
    const half = (p.hi - p.lo) / 2;
    const mid = (p.hi + p.lo) / 2;
    if (c.trueEnd >= mid - widen * half && c.trueEnd <= mid + widen * half) inside++;
  }
  return inside / cases.length;
}

describe('campaign projection on synthetic series with known growth', () => {
  const random = seeded(20_261_001);
  const cases = Array.from({ length: 200 }, () => syntheticCase(random));

  // These 200 cases give 0.865; the same generator over 20,000 cases gives 0.900 (Poisson and
  // normal gains alike), so the interval is calibrated and 85 % leaves room for sampling noise
  // (one standard deviation of the share over 200 cases is 2.1 points).
  it('holds the true end value inside the 90 % interval in at least 85 % of 200 cases', () => {
    expect(cases.every((c) => c.observations.length >= 3)).toBe(true);
    const share = coverage(cases);
    expect(share).toBeGreaterThanOrEqual(0.85);
    // An honest 90 % interval is not much wider than it claims either.
    expect(share).toBeLessThanOrEqual(0.97);
  });

  it('would fail with an interval too narrow (the check has teeth)', () => {
    expect(coverage(cases, 0.6)).toBeLessThan(0.85);
  });

  it('follows a change of pace: the recent four weeks count, not the slow start', () => {
    const observations = Array.from({ length: 60 }, (_, day) => ({
      day,
      value: day < 30 ? day * 10 : 300 + (day - 30) * 50,
    }));
    const p = projectCumulative({ observations, endDay: 89, level: 0.9 })!;
    expect(p.perDay).toBe(50);
    expect(p.mean).toBe(300 + 29 * 50 + 30 * 50);
  });
});

describe('campaign projection, hand-checked', () => {
  it('extends the drift, widens with the horizon and gives the pace still needed', () => {
    // Gains 10, 14, 6, 10 over single days: drift 10, σ² = (0 + 16 + 16 + 0) / 3.
    const observations = [0, 10, 24, 30, 40].map((value, day) => ({ day, value }));
    const p = projectCumulative({ observations, endDay: 14, level: 0.9, target: 200 })!;
    expect(p.perDay).toBe(10);
    expect(p.mean).toBe(140);
    const variance = 32 / 3;
    const spread = Math.sqrt(10 * variance + (100 * variance) / 4);
    expect(p.hi - p.mean).toBeCloseTo(studentTQuantile(0.95, 3) * spread, 9);
    expect(p.mean - p.lo).toBeCloseTo(p.hi - p.mean, 9);
    expect(p.requiredPerDay).toBe(16);
  });

  it('reads gaps between reports as several days of gain', () => {
    const p = projectCumulative({
      observations: [
        { day: 0, value: 100 },
        { day: 3, value: 130 },
        { day: 4, value: 140 },
        { day: 9, value: 190 },
      ],
      endDay: 19,
      level: 0.9,
    })!;
    expect(p.perDay).toBe(10);
    expect(p.mean).toBe(290);
    // Gains exactly proportional to the gaps: no noise, a point forecast.
    expect(p.hi).toBe(290);
    expect(p.lo).toBe(290);
  });

  it('needs three reports, and never projects below the last report', () => {
    expect(
      projectCumulative({
        observations: [
          { day: 0, value: 1 },
          { day: 1, value: 2 },
        ],
        endDay: 9,
        level: 0.9,
      }),
    ).toBeNull();
    const flat = projectCumulative({
      observations: [0, 50, 50, 50, 51].map((value, day) => ({ day, value })),
      endDay: 60,
      level: 0.9,
    })!;
    expect(flat.lo).toBeGreaterThanOrEqual(51);
  });

  it('on the last day the projection is the value reached', () => {
    const p = projectCumulative({
      observations: [0, 5, 9, 16].map((value, day) => ({ day, value })),
      endDay: 3,
      level: 0.9,
      target: 20,
    })!;
    expect([p.lo, p.mean, p.hi]).toEqual([16, 16, 16]);
    expect(p.requiredPerDay).toBeNull();
  });
});

describe('campaign verdict', () => {
  it('says achieved, on track, at risk, off track or no target', () => {
    const p = { mean: 90, hi: 110 };
    expect(campaignVerdict(50, null, p)).toBe('no_target');
    expect(campaignVerdict(120, 100, p)).toBe('achieved');
    expect(campaignVerdict(100, 100, p)).toBe('achieved');
    expect(campaignVerdict(50, 90, p)).toBe('on_track');
    expect(campaignVerdict(50, 100, p)).toBe('at_risk');
    expect(campaignVerdict(50, 110, p)).toBe('at_risk');
    expect(campaignVerdict(50, 111, p)).toBe('off_track');
    expect(campaignVerdict(50, 100, null)).toBe('at_risk');
  });
});

describe("Student's t", () => {
  it('matches published quantiles', () => {
    expect(studentTQuantile(0.95, 1)).toBeCloseTo(6.3138, 4);
    expect(studentTQuantile(0.95, 2)).toBeCloseTo(2.92, 4);
    expect(studentTQuantile(0.95, 5)).toBeCloseTo(2.015, 3);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281, 4);
    expect(studentTQuantile(0.95, 30)).toBeCloseTo(1.6973, 4);
    expect(studentTQuantile(0.05, 7)).toBeCloseTo(-1.8946, 4);
    expect(studentTQuantile(0.95, 1000)).toBeCloseTo(1.6464, 3);
  });

  it('has a distribution function symmetric about zero', () => {
    for (const df of [1, 2, 3, 8, 25]) {
      expect(studentTCdf(1.3, df) + studentTCdf(-1.3, df)).toBeCloseTo(1, 12);
      expect(studentTCdf(0, df)).toBe(0.5);
    }
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
  });
});
