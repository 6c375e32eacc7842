/**
 * Query-relative forms of a raw signal: a value is read against the other candidates of the same
 * query, not against corpus-wide bounds. "Twice the best BM25 of this job's candidates" is the same
 * evidence whether the job's text is long or short; a corpus-wide squash is not.
 */

/**
 * The raw values of one signal over a query's candidates, prepared once. Signals are never
 * negative, and most candidates have none (no query term, no history): those are counted in
 * `zeros` instead of listed, so a spread over a million candidates costs what its non-zero values do.
 */
export interface SignalSpread {
  max: number;
  /** Sorted ascending, for rank percentiles. */
  sorted: Float64Array;
  /** Candidates whose value is 0 and not listed in `sorted`. */
  zeros: number;
}

/** Only the best value: all the share-of-best forms need (they never rank). */
export type BestOf = Pick<SignalSpread, "max">;

export function signalSpread(values: Iterable<number>, zeros = 0): SignalSpread {
  const sorted = Float64Array.from(values).sort();
  return { max: sorted.length ? Math.max(0, sorted[sorted.length - 1]) : 0, sorted, zeros };
}

/** x / (the best candidate's x): 1 for the best, 0 when nobody has any (x >= 0). */
export function shareOfBest(x: number, spread: BestOf): number {
  return spread.max > 0 ? Math.max(0, x) / spread.max : 0;
}

/**
 * Share of the other candidates that x beats, ties counting half (the mid-rank percentile):
 * 1 for a strict best, 0 for a strict worst, 0.5 when everyone ties. Monotone in x.
 */
export function rankPercentile(x: number, spread: SignalSpread): number {
  const n = spread.sorted.length + spread.zeros;
  if (n <= 1) return 0.5;
  const listedBelow = lowerBound(spread.sorted, x);
  const below = listedBelow + (x > 0 ? spread.zeros : 0);
  const ties = lowerBound(spread.sorted, nextUp(x)) - listedBelow + (x === 0 ? spread.zeros : 0);
  return (below + (ties - 1) / 2) / (n - 1);
}

/**
 * How deep a ranked signal is read: a candidate's rank is taken among the population's best
 * RANK_DEPTH, and everyone below them reads 0. Up to RANK_DEPTH + 1 candidates this is exactly the
 * mid-rank percentile; beyond, it is that percentile among the best RANK_DEPTH. Rank differences
 * deep in a list of a hundred thousand matches say nothing about a Best Match page, and a bounded
 * depth lets retrieval find the ranked ones without reading every posting (corpus/text-top.ts).
 */
export const RANK_DEPTH = 1000;

/**
 * A signal's best values over a population of `size`: every value at least the RANK_DEPTH-th best
 * (ties included), ascending; or every non-zero value when fewer are non-zero (`complete`).
 */
export interface TopSpread {
  max: number;
  top: Float64Array;
  complete: boolean;
  size: number;
}

/** The spread of explicit values (zeros included or not: they are counted from `size`). */
export function topSpread(values: Iterable<number>, size: number): TopSpread {
  const sorted = Float64Array.from(values).filter((v) => v > 0).sort();
  const complete = sorted.length < RANK_DEPTH;
  const top = complete ? sorted : sorted.subarray(lowerBound(sorted, sorted[sorted.length - RANK_DEPTH]));
  return { max: sorted.length ? sorted[sorted.length - 1] : 0, top, complete, size };
}

/**
 * Mid-rank share among the best RANK_DEPTH (see RANK_DEPTH): (depth - above - (ties - 1) / 2) / depth
 * with depth = min(size - 1, RANK_DEPTH), floored at 0; 0.5 when the population is one. With a
 * population of at most RANK_DEPTH + 1 it equals rankPercentile bit for bit (same halves, same division).
 */
export function topRank(x: number, spread: TopSpread): number {
  if (spread.size <= 1) return 0.5;
  const depth = Math.min(spread.size - 1, RANK_DEPTH);
  const { top } = spread;
  const from = lowerBound(top, x);
  const to = lowerBound(top, nextUp(x));
  let ties = to - from;
  if (x === 0 && spread.complete) ties += spread.size - top.length;
  // Not listed: below the depth-th best, so at least `depth` are above.
  if (ties === 0) return 0;
  return Math.max(0, (depth - (top.length - to) - (ties - 1) / 2) / depth);
}

/** Log-scaled share of the best: ln(1 + x) / ln(1 + max), for counts with a long tail. */
export function logShareOfBest(x: number, spread: BestOf): number {
  return spread.max > 0 ? Math.log1p(Math.max(0, x)) / Math.log1p(spread.max) : 0;
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// One shared buffer: rankPercentile runs for every scored candidate of every query.
const NEXT_UP_FLOAT = new Float64Array(1);
const NEXT_UP_BITS = new BigInt64Array(NEXT_UP_FLOAT.buffer);

/** The smallest double above x (so values equal to x sit in [lowerBound(x), lowerBound(nextUp(x)))). */
function nextUp(x: number): number {
  if (x === Infinity || Number.isNaN(x)) return x;
  if (x === 0) return Number.MIN_VALUE;
  NEXT_UP_FLOAT[0] = x;
  NEXT_UP_BITS[0] += x > 0 ? 1n : -1n;
  return NEXT_UP_FLOAT[0];
}
