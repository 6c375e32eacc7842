/**
 * Best Match lists for a batch of jobs, then the re-ranking stage (src/rank/rerank) over them:
 * each list is scored as rankFreelancers scores it (reciprocal too, when asked), its best `pool`
 * candidates are handed to the session, and the page is cut from the re-ranked order. Items keep
 * the model's score and exact contributions; their `rank` is the position after re-ranking and the
 * list's audit says who moved and why.
 */
import type { Corpus } from "../corpus/corpus.js";
import type { FreelancerDoc, JobDoc } from "../corpus/normalize.js";
import type { RankFreelancersOptions } from "../options.js";
import { checkPaging } from "./assemble.js";
import { rankFreelancers } from "./rank-freelancers.js";
import { rankReciprocal, resolveReciprocal } from "./reciprocal.js";
import type { RankResult, RankedItem } from "./results.js";
import type { BatchAudit, ListAudit } from "./rerank/audit.js";
import { type RerankCandidate, rateBand } from "./rerank/candidate.js";
import { activeRules, resolveRerank, type RerankOptions } from "./rerank/options.js";
import { RerankSession } from "./rerank/session.js";

export interface RankFreelancersBatchOptions extends RankFreelancersOptions {
  /** The re-ranking stage: diversity, exposure cap, cold-start slots. Default: every rule off (the model's lists). */
  rerank?: Partial<RerankOptions>;
}

export interface BatchList extends RankResult {
  /** The job's id. */
  id: string;
  audit: ListAudit;
}

export interface RankFreelancersBatchResult {
  /** One list per job, in the order given. */
  lists: BatchList[];
  audit: BatchAudit;
}

/** A batch whose jobs arrive one at a time; exposure counts carry over between calls of `rank`. */
export interface FreelancerBatch {
  rank(job: JobDoc): BatchList;
  /** The batch audit over every list ranked so far. */
  audit(): BatchAudit;
}

export function freelancerBatch(corpus: Corpus, options: RankFreelancersBatchOptions = {}): FreelancerBatch {
  const { rerank, ...rankOptions } = options;
  const { limit, offset } = checkPaging(rankOptions);
  const reciprocal = resolveReciprocal(rankOptions.reciprocal);
  const resolved = resolveRerank(rerank);
  const session = new RerankSession(resolved);
  // With every rule off the lists are the model's own; only the page is scored in detail.
  const depth = activeRules(resolved).length ? Math.max(resolved.pool, offset + limit) : offset + limit;
  const table = corpus.freelancers.table;
  const candidate = (item: RankedItem): RerankCandidate => {
    const doc = table.doc(item.id) as number;
    const f = table.get(doc) as FreelancerDoc;
    const r = f.record;
    const required = item.contributions.find((c) => c.feature === "requiredSkills" && c.group !== "jobFitsFreelancer");
    return {
      id: item.id,
      score: item.score,
      skills: f.skills.skills,
      country: r.country?.toLowerCase(),
      rateBand: rateBand(r.hourlyRate),
      reviews: corpus.reviewCount.get(doc) ?? 0,
      // A job that names no skills asks for none: every candidate meets it.
      requiredSkills: !required || required.defaulted ? 1 : required.value,
    };
  };
  return {
    rank(job) {
      const pooled = { ...rankOptions, offset: 0, limit: depth };
      const ranked = reciprocal ? rankReciprocal(corpus, job, pooled, reciprocal) : rankFreelancers(corpus, job, pooled);
      const { order, audit } = session.rerank(job.record.id, ranked.items.map(candidate));
      const items = order.slice(offset, offset + limit).map((i, n) => ({ ...ranked.items[i], rank: offset + n + 1 }));
      // The audit covers the page in both lists: who is on it now, and who was on it before.
      const shown = (a: { before: number; after: number }) => a.before <= offset + limit || a.after <= offset + limit;
      return { id: job.record.id, items, total: ranked.total, audit: { ...audit, items: audit.items.filter(shown) } };
    },
    audit: () => session.audit(),
  };
}
