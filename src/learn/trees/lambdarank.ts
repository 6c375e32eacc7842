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

/** Positions by score desc, ties by index (deterministic). */
function orderOf(scores: ArrayLike<number>): Int32Array {
  const order = Int32Array.from({ length: scores.length }, (_, i) => i);
  return order.sort((a, b) => scores[b] - scores[a] || a - b);
}

interface PairVisitor {
  (hi: number, lo: number, deltaNdcg: number): void;
}

/** Calls `visit` for every pair the objective uses, with its |ΔNDCG|. */
function forEachPair(scores: ArrayLike<number>, labels: ArrayLike<number>, options: LambdaRankOptions, visit: PairVisitor): void {
  const k = options.truncation ?? DEFAULT_LAMBDARANK.truncation;
  const inverse = inverseMaxDcg(labels, k);
  if (inverse === 0) return;
  const order = orderOf(scores);
  const n = order.length;
  for (let a = 0; a < Math.min(k, n); a++) {
    for (let b = a + 1; b < n; b++) {
      const i = order[a];
      const j = order[b];
      if (labels[i] === labels[j]) continue;
      const [hi, lo, rankHi, rankLo] = labels[i] > labels[j] ? [i, j, a, b] : [j, i, b, a];
      // Discounts count only within the cut-off: NDCG@k ignores everything below it.
      const dHi = rankHi < k ? discount(rankHi) : 0;
      const dLo = rankLo < k ? discount(rankLo) : 0;
      visit(hi, lo, (labelGain(labels[hi]) - labelGain(labels[lo])) * Math.abs(dHi - dLo) * inverse);
    }
  }
}

/** Gradients (d loss / d score; negative = push up) and hessians of one query, written into `grad` and `hess`. */
export function lambdaRankGradients(scores: ArrayLike<number>, labels: ArrayLike<number>, grad: Float64Array, hess: Float64Array, options: LambdaRankOptions = {}): void {
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
  });
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
export function queryNdcg(scores: ArrayLike<number>, labels: ArrayLike<number>, k: number): number {
  const inverse = inverseMaxDcg(labels, k);
  if (inverse === 0) return NaN;
  const order = orderOf(scores);
  let dcg = 0;
  for (let r = 0; r < Math.min(k, order.length); r++) dcg += labelGain(labels[order[r]]) * discount(r);
  return dcg * inverse;
}
