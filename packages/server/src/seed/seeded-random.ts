// A small seeded pseudo-random generator for synthetic data (the demo's incidents, the bench's
// files): the same seed gives the same data on every machine, which Math.random cannot. sfc32
// (Chris Doty-Humphrey's "small fast chaotic" generator, 128-bit state) passes PractRand and is
// plenty for sampling; it is not for anything secret.

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads a small integer seed over the whole state.
    let s = seed >>> 0;
    const mix = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /**
   * Binomial(n, p): by inversion when the mean is small (exact), by the normal approximation
   * when it is large (a national file draws thousands a day, where the difference is noise).
   */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    const mean = n * p;
    if (mean > 200 && n * (1 - p) > 200) {
      const k = Math.round(mean + Math.sqrt(mean * (1 - p)) * this.normal());
      return Math.min(n, Math.max(0, k));
    }
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    // Inversion: walk the probabilities up from k = 0 until the uniform draw is used up.
    const ratio = p / (1 - p);
    let probability = Math.pow(1 - p, n);
    let u = this.next();
    for (let k = 0; k <= n; k++) {
      if (u < probability) return k;
      u -= probability;
      probability *= (ratio * (n - k)) / (k + 1);
    }
    return n;
  }
}

/** Items drawn in proportion to their weights; binary search over the running totals. */
export class WeightedTable<T> {
  private readonly totals: number[] = [];
  private readonly items: T[] = [];
  readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [item, weight] of entries) {
      if (!(weight >= 0)) throw new Error(`negative or missing weight: ${String(weight)}`);
      if (weight === 0) continue;
      sum += weight;
      this.totals.push(sum);
      this.items.push(item);
    }
    if (sum <= 0) throw new Error('a weighted table needs a positive weight');
    this.total = sum;
  }

  draw(random: SeededRandom): T {
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.totals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.totals[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}
