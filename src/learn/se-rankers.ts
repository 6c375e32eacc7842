/**
 * Rankers for the Stack Exchange tasks: bestmatch itself and the simple baselines that need no
 * search library (arrival order, seeded random, reputation, most active users, newest, tag overlap).
 * Every one sees only the QuestionContext / RecommendContext, i.e. the past.
 */
import type { ProposalRecord } from "../model/records.js";
import type { FreelancerRanker, JobRecommender, ProposalRanker } from "./se-eval.js";
import type { ReputationAsOf } from "./se-history.js";
import { mulberry32 } from "../util/prng.js";

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Seeded PRNG, so random baselines are reproducible. */
export const prng = mulberry32;

/** `runs` seeded Fisher-Yates shuffles of `ids` (sorted first, so input order does not matter). */
export function seededShuffles(ids: readonly string[], runs: number, seed = 1): string[][] {
  const base = [...ids].sort(byId);
  return Array.from({ length: runs }, (_, run) => {
    const next = prng(seed * 1_000_003 + run);
    const out = [...base];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  });
}

function arrival(proposals: readonly ProposalRecord[]): ProposalRecord[] {
  return [...proposals].sort((a, b) => (a.submittedAt as number) - (b.submittedAt as number) || byId(a.id, b.id));
}

export const RANDOM_RUNS = 100;

export const bestmatchProposals: ProposalRanker = {
  name: "bestmatch",
  rank: (q, proposals) => [q.replay.withProposalsOf(q.job.id, () => q.replay.engine.rankProposals(q.job.id, { limit: proposals.length }).items.map((i) => i.id))],
};

export const arrivalOrder: ProposalRanker = { name: "arrival order", rank: (_q, proposals) => [arrival(proposals).map((p) => p.id)] };

export const randomProposals: ProposalRanker = {
  name: `random (mean of ${RANDOM_RUNS} seeds)`,
  rank: (_q, proposals) => seededShuffles(proposals.map((p) => p.id), RANDOM_RUNS),
};

/** Answerer reputation at the question's creation, higher first; ties by arrival. */
export function reputationProposals(reputation: ReputationAsOf): ProposalRanker {
  return {
    name: "answerer reputation",
    rank: (q, proposals) => {
      const order = arrival(proposals);
      const rep = new Map(order.map((p) => [p.id, reputation.at(p.freelancerId, q.at)]));
      return [order.map((p) => p.id).sort((a, b) => (rep.get(b) as number) - (rep.get(a) as number))];
    },
  };
}

export function bestmatchFreelancers(exhaustive: boolean): FreelancerRanker {
  return {
    name: exhaustive ? "bestmatch (exhaustive)" : "bestmatch (two-stage)",
    rank: (q, limit) => [q.replay.engine.rankFreelancers(q.job.id, { limit, exhaustive }).items.map((i) => i.id)],
  };
}

/** Users with the most answers before the question; ties by the most recent answer, then id. */
export const mostActiveUsers: FreelancerRanker = {
  name: "most active users",
  rank: (q, limit) => [
    q.history
      .users()
      .sort((a, b) => q.history.count(b) - q.history.count(a) || q.history.lastAnswer(b) - q.history.lastAnswer(a) || byId(a, b))
      .slice(0, limit),
  ],
};

export function bestmatchRecommend(exhaustive: boolean): JobRecommender {
  return {
    name: exhaustive ? "bestmatch (exhaustive)" : "bestmatch (two-stage)",
    rank: (user, ctx, limit) => [
      ctx.replay.engine.recommendJobs(user, { limit, exhaustive, filters: { postedAfter: ctx.split + 1 } }).items.map((i) => i.id),
    ],
  };
}

export const randomRecommend: JobRecommender = {
  name: "random (mean of 20 seeds)",
  rank: (_user, ctx) => seededShuffles(ctx.candidates.map((j) => j.id), 20),
};

export const newestFirst: JobRecommender = {
  name: "newest first",
  rank: (_user, ctx, limit) => [
    [...ctx.candidates]
      .sort((a, b) => (b.postedAt as number) - (a.postedAt as number) || byId(a.id, b.id))
      .slice(0, limit)
      .map((j) => j.id),
  ],
};

/** Sum over a question's tags of how often the user answered that tag before the split; ties oldest first. */
export const tagOverlap: JobRecommender = {
  name: "tag overlap with past answers",
  rank: (user, ctx, limit) => {
    const counts = ctx.history.tagCounts(user);
    const score = (tags: readonly string[] | undefined) => (tags ?? []).reduce((s, t) => s + (counts.get(t) ?? 0), 0);
    return [
      ctx.candidates
        .map((j, i) => ({ id: j.id, i, s: score(j.skills) }))
        .sort((a, b) => b.s - a.s || a.i - b.i)
        .slice(0, limit)
        .map((x) => x.id),
    ];
  },
};
