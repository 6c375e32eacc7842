/**
 * Seeded randomness for the generator. sfc32 (Chris Doty-Humphrey's "small fast chaotic" PRNG,
 * as used by PractRand) seeded through a 32-bit integer hash, so every record draws from its own
 * stream `(seed, kind, index)`: output does not depend on generation order and never on Math.random.
 */

/** Stream kinds: one independent stream per (kind, record index). */
export const STREAM = {
  freelancer: 1,
  reviews: 2,
  letter: 3,
  job: 4,
  proposals: 5,
  roles: 6,
  overview: 7,
} as const;

/** murmur3's 32-bit finalizer: a cheap bijective mix. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, kind = 0, index = 0) {
    const h = fmix32(fmix32(fmix32(seed >>> 0) ^ Math.imul(kind + 1, 0x9e3779b9)) ^ (index >>> 0));
    this.a = fmix32(h ^ 0x243f6a88);
    this.b = fmix32(h ^ 0x85a308d3);
    this.c = fmix32(h ^ 0x13198a2e);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Standard normal (Box-Muller; one value per call keeps streams simple). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with the given median and log-space standard deviation. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

/** Samples indices in proportion to fixed weights (cumulative table + binary search). */
export class WeightedSampler {
  private readonly cumulative: Float64Array;
  readonly size: number;

  constructor(weights: ArrayLike<number>) {
    this.size = weights.length;
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i];
      this.cumulative[i] = sum;
    }
  }

  get total(): number {
    return this.size === 0 ? 0 : this.cumulative[this.size - 1];
  }

  /** An index in [0, size); callers check `size > 0` first. */
  sample(rng: Rng): number {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf weights 1/rank^s for ranks 1..n: a few items are very popular, most are rare. */
export function zipfWeights(n: number, s = 1): Float64Array {
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = 1 / Math.pow(i + 1, s);
  return w;
}
