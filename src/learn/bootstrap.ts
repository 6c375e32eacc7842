/**
 * Percentile bootstrap over queries (Efron & Tibshirani 1993, ch. 13): resample the per-query
 * values with replacement, take the mean of each resample, and read the interval off the sorted
 * means. Seeded, so the same values always give the same interval.
 *
 * The paired form resamples the same queries for both systems and bootstraps the per-query
 * difference: two systems scored on the same queries are correlated, and the interval of the
 * difference is what tells whether a win is real (it excludes 0), which two overlapping
 * per-system intervals cannot.
 */
import { mulberry32 } from "../util/prng.js";
import { mean } from "./metrics.js";

export interface BootstrapOptions {
  /** Resamples drawn. Default 1000. */
  resamples?: number;
  /** Confidence level. Default 0.95. */
  level?: number;
  /** PRNG seed. Default 1. */
  seed?: number;
}

export interface Interval {
  /** Mean of the values (not of the resamples). */
  mean: number;
  low: number;
  high: number;
  /** Number of values (queries). */
  n: number;
}

export const DEFAULT_BOOTSTRAP = { resamples: 1000, level: 0.95, seed: 1 } as const;

/** Quantile q of sorted values, by linear interpolation between order statistics. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function check(options: BootstrapOptions): Required<BootstrapOptions> {
  const o = { ...DEFAULT_BOOTSTRAP, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (!(Number.isInteger(o.resamples) && o.resamples >= 1)) throw new RangeError(`resamples must be an integer >= 1 (got ${o.resamples})`);
  if (!(o.level > 0 && o.level < 1)) throw new RangeError(`level must be in (0, 1) (got ${o.level})`);
  return o;
}

/** Percentile bootstrap interval of the mean of `values`; NaN bounds for no values. */
export function bootstrapMean(values: readonly number[], options: BootstrapOptions = {}): Interval {
  const { resamples, level, seed } = check(options);
  const n = values.length;
  if (n === 0) return { mean: NaN, low: NaN, high: NaN, n };
  const random = mulberry32(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)];
    means[r] = sum / n;
  }
  const sorted = Array.from(means).sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { mean: mean(values), low: quantile(sorted, tail), high: quantile(sorted, 1 - tail), n };
}

/** Interval of mean(a - b) over paired values (a[i] and b[i] from the same query). */
export function pairedBootstrap(a: readonly number[], b: readonly number[], options: BootstrapOptions = {}): Interval {
  if (a.length !== b.length) throw new RangeError(`paired values must have the same length (${a.length} vs ${b.length})`);
  return bootstrapMean(a.map((x, i) => x - b[i]), options);
}
