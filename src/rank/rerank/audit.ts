/**
 * The re-ranking audit: per list, every candidate's rank before and after and the rules that moved
 * it; per batch, how concentrated exposure is, before and after: the Gini coefficient of top-10
 * appearances, the share of lists topped by the most frequent first-placed freelancer, and the share
 * of top-10 slots held by newcomers.
 */
import type { RerankRule } from "./options.js";

export interface AuditItem {
  id: string;
  /** 1-based rank in the model's list. */
  before: number;
  /** 1-based rank after re-ranking. */
  after: number;
  /** Rules, in the order they ran, whose step changed this item's position (empty: not moved). */
  movedBy: RerankRule[];
}

export interface ListAudit {
  /** Job id. */
  id: string;
  /**
   * In the order after re-ranking: every candidate ranked within offset + limit before or after
   * re-ranking (the page as shown and everyone who was on it), so the page's changes are all accounted for.
   */
  items: AuditItem[];
  /** The exposure cap could not be met: fewer candidates under the cap than top positions. */
  capUnmet: boolean;
}

export interface ExposureFigures {
  /** Gini coefficient of top-`top` appearances over every freelancer in any list's pool (0 = even, 1 = one holds all). */
  gini: number;
  /** The freelancer first in the most lists (ties by id), how many, and their share of the lists. */
  mostTopped: { id: string; lists: number; share: number } | null;
  /** Share of top-`top` slots held by newcomers (see ExposureOptions.newcomerReviews). */
  newcomerShare: number;
}

export interface BatchAudit {
  lists: number;
  /** The cut-off of the top-k figures (AUDIT_TOP). */
  top: number;
  /** Rules that ran. */
  rules: RerankRule[];
  before: ExposureFigures;
  after: ExposureFigures;
  /** Items whose rank changed, over all lists, per rule. */
  moved: Record<RerankRule, number>;
  /** Lists where the exposure cap could not be met. */
  capUnmet: number;
}

/** Gini coefficient of non-negative counts: sum_i sum_j |x_i - x_j| / (2 n^2 mean); 0 for no counts. */
export function gini(counts: readonly number[]): number {
  const n = counts.length;
  const total = counts.reduce((a, b) => a + b, 0);
  if (n === 0 || total === 0) return 0;
  const sorted = [...counts].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((x, i) => (weighted += (i + 1) * x));
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/**
 * `lists`: each list's ids in ranked order; `population`: every freelancer that could appear;
 * `isNewcomer(id, n)`: whether the freelancer was a newcomer when list n was ranked.
 */
export function exposureFigures(lists: readonly (readonly string[])[], population: Iterable<string>, isNewcomer: (id: string, list: number) => boolean, top: number): ExposureFigures {
  const appearances = new Map<string, number>();
  for (const id of population) appearances.set(id, 0);
  const firsts = new Map<string, number>();
  let slots = 0;
  let newcomers = 0;
  lists.forEach((list, n) => {
    const head = list.slice(0, top);
    for (const id of head) {
      appearances.set(id, (appearances.get(id) ?? 0) + 1);
      slots++;
      if (isNewcomer(id, n)) newcomers++;
    }
    if (head.length) firsts.set(head[0], (firsts.get(head[0]) ?? 0) + 1);
  });
  let mostTopped: ExposureFigures["mostTopped"] = null;
  for (const [id, count] of [...firsts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!mostTopped || count > mostTopped.lists) mostTopped = { id, lists: count, share: count / lists.length };
  }
  return { gini: gini([...appearances.values()]), mostTopped, newcomerShare: slots ? newcomers / slots : 0 };
}
