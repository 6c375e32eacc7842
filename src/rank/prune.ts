/**
 * Stage two without scoring every candidate: each candidate gets a cheap upper bound on its
 * score; candidates are fully scored in order of that bound, and scoring stops once the next
 * bound is below the lowest score of a full page. The page is then exactly the page that
 * scoring everyone would give (same scores, same order, ties included), because every skipped
 * candidate scores strictly less than everything on it.
 *
 * A bound is valid when it is >= the candidate's score. Feature values are in [0, 1], so a
 * feature not computed for the bound is bounded by max(weight, 0).
 *
 * Tree models: rankFreelancers bounds them by the largest leaf reachable given the cheap features
 * (tree-bound.ts); recommendJobs uses NO_BOUND (every candidate that passed the filters is scored,
 * which keeps "the page is the slice of the full list" trivially). Only the returned page is explained.
 */
import type { LinearModel } from "./model.js";

/** The bound for models without a cheap valid one (trees): nothing is skipped. */
export const NO_BOUND = (): number => Infinity;

/** Floating-point headroom: a bound sums the same terms as the score in another order. */
export const BOUND_EPSILON = 1e-9;

/** Sum of max(weight, 0) over the model's weights for features outside `exact`: their most. */
export function slackOf(model: LinearModel, exact: ReadonlySet<string>): number {
  let slack = 0;
  for (const [feature, weight] of Object.entries(model.weights)) if (!exact.has(feature) && weight > 0) slack += weight;
  return slack;
}

/**
 * Scores candidates best bound first until `keep` scores are known and the next bound falls
 * below the lowest of them. Returns what was scored, in bound order.
 */
export function scoreByBound<C>(docs: readonly number[], bound: (doc: number) => number, scoreOf: (doc: number) => { candidate: C; score: number }, keep: number): C[] {
  if (keep <= 0) return [];
  const bounds = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) bounds[i] = bound(docs[i]);
  const order = Array.from(docs.keys()).sort((a, b) => bounds[b] - bounds[a] || a - b);
  const out: C[] = [];
  // The `keep` best scores so far, ascending: best[0] is the score a newcomer must reach.
  const best: number[] = [];
  for (const i of order) {
    if (best.length === keep && bounds[i] < best[0]) break;
    const { candidate, score } = scoreOf(docs[i]);
    out.push(candidate);
    if (best.length < keep) insertSorted(best, score);
    else if (score > best[0]) {
      best.shift();
      insertSorted(best, score);
    }
  }
  return out;
}

function insertSorted(sorted: number[], value: number): void {
  let at = sorted.length;
  while (at > 0 && sorted[at - 1] > value) at--;
  sorted.splice(at, 0, value);
}
