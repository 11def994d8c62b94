// Student's t distribution for whole degrees of freedom: the distribution function by the
// finite series of Abramowitz & Stegun 26.7.3–26.7.4 (exact for integer ν, no special
// functions needed), and the quantile by bisection on it.

/** P(T ≤ t) for Student's t with `df` (a whole number ≥ 1) degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  if (!Number.isInteger(df) || df < 1)
    throw new RangeError(`degrees of freedom must be a whole number ≥ 1: ${df}`);
  if (t === 0) return 0.5;
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const theta = Math.atan(Math.abs(t) / Math.sqrt(df));
  const c2 = Math.cos(theta) ** 2;
  const s = Math.sin(theta);
  // A(t|ν) = P(|T| ≤ |t|), a sum of ⌊ν/2⌋ terms.
  let twoSided: number;
  if (df % 2 === 1) {
    let term = 1;
    let sum = df > 1 ? 1 : 0;
    for (let k = 3; k <= df - 2; k += 2) {
      term *= ((k - 1) / k) * c2;
      sum += term;
    }
    twoSided = (2 / Math.PI) * (theta + s * Math.cos(theta) * sum);
  } else {
    let term = 1;
    let sum = 1;
    for (let k = 2; k <= df - 2; k += 2) {
      term *= ((k - 1) / k) * c2;
      sum += term;
    }
    twoSided = s * sum;
  }
  const upper = (1 + Math.min(1, Math.max(0, twoSided))) / 2;
  return t > 0 ? upper : 1 - upper;
}

/** The p-quantile of Student's t with `df` whole degrees of freedom (0 < p < 1). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must lie strictly between 0 and 1: ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  // The 1 − 1e-12 quantile of t with one degree of freedom is about 3e11: 64 doublings suffice.
  for (let i = 0; i < 64 && studentTCdf(hi, df) < p; i++) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
