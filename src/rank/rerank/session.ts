/**
 * A batch of lists re-ranked one after another: diversity and cold-start slots per list, then the
 * exposure cap, whose counts carry over from list to list. Lists are handled in the order they
 * arrive and a list's result depends only on the lists before it, so the same session serves a
 * batch given at once (rankFreelancersBatch) and lists that arrive over time (a replay, a live
 * marketplace) with identical results.
 */
import { AUDIT_TOP, RERANK_RULES, activeRules, type RerankRule, type ResolvedRerank } from "./options.js";
import type { RerankCandidate } from "./candidate.js";
import { diversify } from "./diversity.js";
import { coldStartSlots, exposureCap, isNewcomer } from "./exposure.js";
import { exposureFigures, type AuditItem, type BatchAudit, type ListAudit } from "./audit.js";

export interface ListResult {
  /** Candidate indices (into the list given, the model's order) after re-ranking. */
  order: number[];
  audit: ListAudit;
}

export class RerankSession {
  readonly rules: RerankRule[];
  private readonly tops = new Map<string, number>();
  private readonly before: string[][] = [];
  private readonly after: string[][] = [];
  /** Per list: its candidates who were newcomers then. */
  private readonly newcomers: Set<string>[] = [];
  private readonly population = new Set<string>();
  private readonly moved: Record<RerankRule, number> = { diversity: 0, coldStart: 0, exposureCap: 0 };
  private capUnmet = 0;

  constructor(readonly options: ResolvedRerank) {
    this.rules = activeRules(options);
  }

  /** `candidates`: one list in the model's order (best first). */
  rerank(id: string, candidates: readonly RerankCandidate[]): ListResult {
    const o = this.options;
    let order = candidates.map((_, i) => i);
    const movedBy = candidates.map((): RerankRule[] => []);
    let capUnmet = false;
    for (const rule of this.rules) {
      let next: number[];
      if (rule === "diversity") next = diversify(candidates, order, o.diversity!);
      else if (rule === "coldStart") next = coldStartSlots(candidates, order, o.exposure);
      else {
        const capped = exposureCap(candidates, order, o.exposure, this.tops);
        next = capped.order;
        capUnmet = capped.capUnmet;
      }
      next.forEach((i, pos) => {
        if (order[pos] !== i) {
          movedBy[i].push(rule);
          this.moved[rule]++;
        }
      });
      order = next;
    }
    if (capUnmet) this.capUnmet++;
    for (const c of candidates) this.population.add(c.id);
    this.newcomers.push(new Set(candidates.filter((c) => isNewcomer(c, o.exposure)).map((c) => c.id)));
    this.before.push(candidates.slice(0, AUDIT_TOP).map((c) => c.id));
    this.after.push(order.slice(0, AUDIT_TOP).map((i) => candidates[i].id));
    const items = order.map((i, pos): AuditItem => ({ id: candidates[i].id, before: i + 1, after: pos + 1, movedBy: movedBy[i] }));
    return { order, audit: { id, items, capUnmet } };
  }

  /** Exposure before and after over every list so far. */
  audit(): BatchAudit {
    const newcomer = (id: string, list: number) => this.newcomers[list].has(id);
    return {
      lists: this.before.length,
      top: AUDIT_TOP,
      rules: this.rules,
      before: exposureFigures(this.before, this.population, newcomer, AUDIT_TOP),
      after: exposureFigures(this.after, this.population, newcomer, AUDIT_TOP),
      moved: Object.fromEntries(RERANK_RULES.map((r) => [r, this.moved[r]])) as Record<RerankRule, number>,
      capUnmet: this.capUnmet,
    };
  }
}
