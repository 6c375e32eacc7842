/**
 * Diversity by maximal marginal relevance (Carbonell & Goldstein 1998): the first `window` slots are
 * filled one at a time with the candidate maximizing lambda * relevance - (1 - lambda) * redundancy,
 * where relevance is the model score rescaled to [0, 1] over the pool and redundancy the greatest
 * similarity (skills, country, rate band) to a candidate already placed. Ties go to the earlier
 * position, so lambda = 1 is the identity and the result is deterministic.
 */
import { type RerankCandidate, similarity } from "./candidate.js";
import type { DiversityOptions } from "./options.js";

/** `order`: candidate indices, current order. Returns the new order. */
export function diversify(candidates: readonly RerankCandidate[], order: readonly number[], o: DiversityOptions): number[] {
  if (o.lambda >= 1 || order.length < 2) return [...order];
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of order) {
    lo = Math.min(lo, candidates[i].score);
    hi = Math.max(hi, candidates[i].score);
  }
  const relevance = (i: number) => (hi > lo ? (candidates[i].score - lo) / (hi - lo) : 1);
  const remaining = [...order];
  const placed: number[] = [];
  // Greatest similarity of each remaining candidate to those placed, updated as each is placed.
  const redundancy = new Float64Array(candidates.length);
  while (placed.length < o.window && remaining.length) {
    let best = 0;
    let bestValue = -Infinity;
    for (let r = 0; r < remaining.length; r++) {
      const i = remaining[r];
      const value = o.lambda * relevance(i) - (1 - o.lambda) * redundancy[i];
      if (value > bestValue) {
        bestValue = value;
        best = r;
      }
    }
    const chosen = remaining.splice(best, 1)[0];
    placed.push(chosen);
    for (const i of remaining) redundancy[i] = Math.max(redundancy[i], similarity(candidates[i], candidates[chosen]));
  }
  return [...placed, ...remaining];
}
