/**
 * The LambdaMART objective (Burges 2010, "From RankNet to LambdaRank to LambdaMART"; LightGBM's
 * src/objective/rank_objective.hpp): for one query, scores and graded labels in, gradients and
 * hessians of the loss with respect to each score out. Knows nothing about trees.
 *
 * For every pair (hi, lo) with label(hi) > label(lo), at least one of them within the top
 * `truncation` by the current scores, the pair's loss is
 *   |ΔNDCG(hi, lo)| * log(1 + exp(-σ (s_hi - s_lo)))
 * where |ΔNDCG| is the change of NDCG@truncation (gain 2^label - 1, discount 1 / log2(2 + rank))
 * from swapping the two in the current order. |ΔNDCG| is held fixed while differentiating (ranks do
 * not move under an infinitesimal change of scores with no ties), so the gradient and the diagonal of
 * the hessian below are exactly those of that smoothed loss (`lambdaRankLoss`).
 */

export interface LambdaRankOptions {
  /** Sigmoid steepness σ. Default 1. */
  sigma?: number;
  /** Pairs need one member in the top this many (and NDCG is measured at this cut-off). Default 20. */
  truncation?: number;
}

export const DEFAULT_LAMBDARANK = { sigma: 1, truncation: 20 } as const;

/** Gain of a graded label: 2^label - 1 (labels below 0 count as 0). */
export const labelGain = (label: number): number => 2 ** Math.max(0, label) - 1;
const discount = (rank: number): number => 1 / Math.log2(2 + rank);

/** 1 / ideal DCG@k of the labels (0 when no label is positive: the query teaches nothing). */
export function inverseMaxDcg(labels: ArrayLike<number>, k: number): number {
  const sorted = Array.from(labels).sort((a, b) => b - a);
  let dcg = 0;
  for (let r = 0; r < Math.min(k, sorted.length); r++) dcg += labelGain(sorted[r]) * discount(r);
  return dcg > 0 ? 1 / dcg : 0;
}

/** True when item a ranks above item b (score desc, ties by index). */
const above = (scores: ArrayLike<number>, a: number, b: number): boolean => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);

interface PairVisitor {
  (hi: number, lo: number, deltaNdcg: number): void;
}

/**
 * Calls `visit` for every pair the objective uses, with its |ΔNDCG|: pairs of differing labels
 * with at least one member in the top `truncation` (LightGBM's enumeration). Only the top k and
 * the items with a positive label need a rank, so no full sort: an item below the top k with label
 * 0 pairs only with positives in the top k and has discount 0 there.
 */
function forEachPair(scores: ArrayLike<number>, labels: ArrayLike<number>, options: LambdaRankOptions, visit: PairVisitor, inverse = inverseMaxDcg(labels, options.truncation ?? DEFAULT_LAMBDARANK.truncation)): void {
  const k = options.truncation ?? DEFAULT_LAMBDARANK.truncation;
  if (inverse === 0) return;
  const n = scores.length;
  // Top k by insertion (k is small), then the rank of every positive outside it by counting.
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    if (top.length === k && !above(scores, i, top[k - 1])) continue;
    let at = top.length < k ? top.length : k - 1;
    if (top.length < k) top.push(i);
    while (at > 0 && above(scores, i, top[at - 1])) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = i;
  }
  const rank = new Int32Array(n).fill(-1);
  top.forEach((item, r) => (rank[item] = r));
  for (let i = 0; i < n; i++) {
    if (rank[i] >= 0 || !(labels[i] > 0)) continue;
    let r = 0;
    for (let j = 0; j < n; j++) if (j !== i && above(scores, j, i)) r++;
    rank[i] = r;
  }
  const disc = (r: number) => (r >= 0 && r < k ? discount(r) : 0);
  // Each unordered pair once: i is the higher label; ranked members (top k or positive) drive the loop.
  for (let i = 0; i < n; i++) {
    if (!(labels[i] > 0)) continue;
    const inTop = rank[i] < k;
    const dHi = disc(rank[i]);
    const gHi = labelGain(labels[i]);
    if (inTop) {
      for (let j = 0; j < n; j++) {
        if (!(labels[j] < labels[i])) continue;
        visit(i, j, (gHi - labelGain(labels[j])) * Math.abs(dHi - disc(rank[j])) * inverse);
      }
    } else {
      for (const j of top) if (labels[j] < labels[i]) visit(i, j, (gHi - labelGain(labels[j])) * Math.abs(dHi - disc(rank[j])) * inverse);
    }
  }
}

/** Gradients (d loss / d score; negative = push up) and hessians of one query, written into `grad` and `hess`. */
export function lambdaRankGradients(scores: ArrayLike<number>, labels: ArrayLike<number>, grad: Float64Array, hess: Float64Array, options: LambdaRankOptions = {}, inverse?: number): void {
  const sigma = options.sigma ?? DEFAULT_LAMBDARANK.sigma;
  grad.fill(0);
  hess.fill(0);
  forEachPair(scores, labels, options, (hi, lo, delta) => {
    // p = sigmoid(-σ (s_hi - s_lo)): the smoothed chance the pair is ordered wrong.
    const p = 1 / (1 + Math.exp(sigma * (scores[hi] - scores[lo])));
    const lambda = -sigma * delta * p;
    const h = sigma * sigma * delta * p * (1 - p);
    grad[hi] += lambda;
    grad[lo] -= lambda;
    hess[hi] += h;
    hess[lo] += h;
  }, inverse);
}

/** The smoothed loss whose derivatives lambdaRankGradients returns (|ΔNDCG| at the order of `scores`). */
export function lambdaRankLoss(scores: ArrayLike<number>, labels: ArrayLike<number>, options: LambdaRankOptions = {}, weightsAt: ArrayLike<number> = scores): number {
  const sigma = options.sigma ?? DEFAULT_LAMBDARANK.sigma;
  let loss = 0;
  forEachPair(weightsAt, labels, options, (hi, lo, delta) => {
    loss += delta * Math.log1p(Math.exp(-sigma * (scores[hi] - scores[lo])));
  });
  return loss;
}

/** NDCG@k of the order by `scores` (ties by index), as src/learn/metrics.ts computes it with exponential gain; NaN when no label is positive. */
export function queryNdcg(scores: ArrayLike<number>, labels: ArrayLike<number>, k: number, inverse = inverseMaxDcg(labels, k)): number {
  if (inverse === 0) return NaN;
  // Only positives add to DCG: each one's rank by counting who is above it.
  let dcg = 0;
  for (let i = 0; i < scores.length; i++) {
    if (!(labels[i] > 0)) continue;
    let r = 0;
    for (let j = 0; j < scores.length && r < k; j++) if (j !== i && above(scores, j, i)) r++;
    if (r < k) dcg += labelGain(labels[i]) * discount(r);
  }
  return dcg * inverse;
}
