/**
 * BM25 baselines for the Stack Exchange tasks, through MiniSearch or Orama (see peer-text.ts).
 * Each index holds only the past: it is fed by the evaluator's onPast/onHistory hooks.
 */
import MiniSearch from "minisearch";
import type { JobRecord, ProposalRecord } from "../../src/model/records.js";
import type { FreelancerRanker, JobRecommender, ProposalRanker } from "../../src/learn/se-eval.js";
import type { PeerIndex } from "./peer-text.js";

export function questionText(job: JobRecord): string {
  return [job.title, job.description, (job.skills ?? []).join(" ")].filter(Boolean).join("\n");
}

/**
 * BM25 of each answer against its question (MiniSearch). Term statistics come from the answers
 * submitted before the question plus the question's own answers, which are discarded right after.
 */
export function bm25Proposals(): ProposalRanker {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], storeFields: [] });
  return {
    name: "BM25 answer vs question (MiniSearch)",
    onPast(proposals) {
      for (const p of proposals) if (!index.has(p.id)) index.add({ id: p.id, text: p.coverLetter ?? "" });
    },
    rank(q, proposals) {
      const own = new Set(proposals.map((p) => p.id));
      const fresh = proposals.filter((p) => !index.has(p.id));
      index.addAll(fresh.map((p) => ({ id: p.id, text: p.coverLetter ?? "" })));
      const hits = index.search(questionText(q.job), { filter: (r) => own.has(String(r.id)) }).map((r) => String(r.id));
      for (const p of fresh) index.discard(p.id);
      const arrival = [...proposals].sort((a: ProposalRecord, b: ProposalRecord) => (a.submittedAt as number) - (b.submittedAt as number) || (a.id < b.id ? -1 : 1));
      const seen = new Set(hits);
      return [[...hits, ...arrival.map((p) => p.id).filter((id) => !seen.has(id))]];
    },
  };
}

/** One document per user: their past answers (with each answered question's title and tags). */
export function bm25Freelancers(peer: PeerIndex): FreelancerRanker {
  return {
    name: `BM25 over past answers (${peer.name})`,
    async onHistory(users, history) {
      for (const user of users) await peer.replace(user, history.text(user));
    },
    rank: async (q, limit) => [await peer.search(questionText(q.job), limit)],
  };
}

/** Later questions ranked by BM25 against the user's 20 most recent answers before the split. */
export function bm25Recommend(peer: PeerIndex): JobRecommender {
  return {
    name: `BM25 past answers vs question (${peer.name})`,
    prepare: (ctx) => peer.addAll(ctx.candidates.map((j) => ({ id: j.id, text: questionText(j) }))),
    rank: async (user, ctx, limit) => [await peer.search(ctx.history.text(user, 20), limit)],
  };
}
