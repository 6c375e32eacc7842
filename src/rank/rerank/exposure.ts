/**
 * Exposure rules. Both keep everyone in the list and the relative order of everyone they do not move.
 *   - Cold-start slots (per list): newcomers who meet the requirements get a share of the first
 *     positions; the best-ranked ones from lower down take the place of the lowest-placed others there.
 *   - Exposure cap (across a batch): a freelancer who has already topped `maxTop` lists is moved just
 *     below the top `depth` positions; counts carry from list to list in the batch's order.
 */
import type { RerankCandidate } from "./candidate.js";
import type { ExposureOptions } from "./options.js";

export const isNewcomer = (c: RerankCandidate, o: ExposureOptions): boolean => c.reviews < o.newcomerReviews;
const eligible = (c: RerankCandidate, o: ExposureOptions): boolean => isNewcomer(c, o) && c.requiredSkills >= o.minRequiredSkills;

export function coldStartSlots(candidates: readonly RerankCandidate[], order: readonly number[], o: ExposureOptions): number[] {
  const window = Math.min(o.newcomerWindow, order.length);
  const wanted = Math.round(o.newcomerShare * o.newcomerWindow);
  const head = order.slice(0, window);
  const tail = order.slice(window);
  const missing = wanted - head.filter((i) => eligible(candidates[i], o)).length;
  if (missing <= 0) return [...order];
  const promoted = tail.filter((i) => eligible(candidates[i], o)).slice(0, missing);
  if (promoted.length === 0) return [...order];
  // The lowest-placed non-eligible candidates of the window make room, in their order.
  const others = head.filter((i) => !eligible(candidates[i], o));
  const leaving = new Set(others.slice(others.length - promoted.length));
  const moved = new Set(promoted);
  return [...head.filter((i) => !leaving.has(i)), ...promoted, ...head.filter((i) => leaving.has(i)), ...tail.filter((i) => !moved.has(i))];
}

/**
 * `tops`: lists topped so far per freelancer id (updated). `capUnmet` is true when fewer than `depth`
 * candidates were under the cap, so someone over it had to keep a top slot.
 */
export function exposureCap(
  candidates: readonly RerankCandidate[],
  order: readonly number[],
  o: ExposureOptions,
  tops: Map<string, number>,
): { order: number[]; capUnmet: boolean } {
  const k = o.maxTop ?? Infinity;
  const depth = Math.min(o.depth, order.length);
  const top: number[] = [];
  for (const i of order) {
    if (top.length === depth) break;
    if ((tops.get(candidates[i].id) ?? 0) < k) top.push(i);
  }
  const capUnmet = top.length < depth;
  // Not enough candidates under the cap: the best-placed over it fill the rest, and the audit says so.
  for (const i of order) {
    if (top.length === depth) break;
    if (!top.includes(i)) top.push(i);
  }
  const chosen = new Set(top);
  const next = [...order.filter((i) => chosen.has(i)), ...order.filter((i) => !chosen.has(i))];
  for (const i of next.slice(0, depth)) tops.set(candidates[i].id, (tops.get(candidates[i].id) ?? 0) + 1);
  return { order: next, capUnmet };
}
