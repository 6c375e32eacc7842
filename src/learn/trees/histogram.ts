/**
 * Feature binning and gradient histograms (LightGBM's and XGBoost's "hist" method): each feature's
 * values are cut at up to maxBins - 1 thresholds taken at quantiles of its distinct values, every
 * row stores its bin per feature, and a split search sums gradients and hessians per bin instead of
 * sorting rows.
 *
 * Bin b of a feature holds the values v with cuts[b - 1] <= v < cuts[b], so "bin < b" is exactly
 * "v < cuts[b - 1]": a split between bins is a threshold the model stores as is. Cuts sit midway
 * between neighbouring distinct values, rounded to a float32 when that still separates them, so a
 * consumer that reads thresholds as float32 (XGBoost, the Elasticsearch LTR plugin) takes the same
 * decisions.
 */

export interface Binned {
  rows: number;
  features: number;
  /** Per feature, ascending thresholds; bins = cuts.length + 1. */
  cuts: Float64Array[];
  /** bins[i * features + f]: the bin of row i for feature f (row-major: a histogram reads a row once). */
  bins: Uint8Array;
}

export const MAX_BINS_LIMIT = 256;

function cutBetween(lo: number, hi: number): number {
  const mid = lo + (hi - lo) / 2;
  const f32 = Math.fround(mid);
  return f32 > lo && f32 <= hi ? f32 : mid > lo ? mid : hi;
}

/** Thresholds for one feature's values: between distinct values, at most maxBins - 1, at quantiles when there are more. */
export function featureCuts(values: ArrayLike<number>, maxBins: number): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (const v of sorted) {
    if (distinct.length && distinct[distinct.length - 1] === v) counts[counts.length - 1]++;
    else {
      distinct.push(v);
      counts.push(1);
    }
  }
  if (distinct.length <= maxBins) return Float64Array.from(distinct.slice(1), (v, i) => cutBetween(distinct[i], v));
  // Quantiles: close a bin once it holds its share of the rows (heavy distinct values get bins of their own).
  const cuts: number[] = [];
  const share = sorted.length / maxBins;
  let inBin = 0;
  for (let d = 0; d < distinct.length - 1; d++) {
    inBin += counts[d];
    if (inBin >= share && cuts.length < maxBins - 1) {
      cuts.push(cutBetween(distinct[d], distinct[d + 1]));
      inBin = 0;
    }
  }
  return Float64Array.from(cuts);
}

function binOf(cuts: Float64Array, v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v < cuts[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Bins rows (x[i * features + f]) with cuts learned from them. */
export function binRows(x: Float64Array, rows: number, features: number, maxBins: number): Binned {
  const cuts: Float64Array[] = [];
  const bins = new Uint8Array(rows * features);
  const column = new Float64Array(rows);
  for (let f = 0; f < features; f++) {
    for (let i = 0; i < rows; i++) column[i] = x[i * features + f];
    const c = featureCuts(column, maxBins);
    cuts.push(c);
    for (let i = 0; i < rows; i++) bins[i * features + f] = binOf(c, column[i]);
  }
  return { rows, features, cuts, bins };
}

/** Per feature and bin: sum of gradients, of hessians, and row count. Layout [f * MAX_BINS_LIMIT + b]. */
export interface Histogram {
  grad: Float64Array;
  hess: Float64Array;
  count: Float64Array;
}

export function newHistogram(features: number): Histogram {
  const n = features * MAX_BINS_LIMIT;
  return { grad: new Float64Array(n), hess: new Float64Array(n), count: new Float64Array(n) };
}

/** Sums the rows `index[from..to)` into `h` (cleared first). */
export function buildHistogram(data: Binned, grad: Float64Array, hess: Float64Array, index: Int32Array, from: number, to: number, h: Histogram): void {
  h.grad.fill(0);
  h.hess.fill(0);
  h.count.fill(0);
  const { features, bins } = data;
  const { grad: hg, hess: hh, count: hc } = h;
  for (let k = from; k < to; k++) {
    const i = index[k];
    const g = grad[i];
    const w = hess[i];
    const row = i * features;
    for (let f = 0; f < features; f++) {
      const b = f * MAX_BINS_LIMIT + bins[row + f];
      hg[b] += g;
      hh[b] += w;
      hc[b] += 1;
    }
  }
}

/** out = parent - child: the sibling's histogram without reading its rows. */
export function subtractHistogram(parent: Histogram, child: Histogram, out: Histogram): void {
  for (let b = 0; b < parent.grad.length; b++) {
    out.grad[b] = parent.grad[b] - child.grad[b];
    out.hess[b] = parent.hess[b] - child.hess[b];
    out.count[b] = parent.count[b] - child.count[b];
  }
}
