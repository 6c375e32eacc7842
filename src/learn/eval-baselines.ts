/**
 * Baselines for the three evaluation tasks on any data folder. Each one sees only what a ranker
 * could know at the query's instant: the market's records as of then, and proposals submitted
 * before it (by their submitted_at; undated proposals count as past).
 *
 *   proposals:   arrival order; seeded random (mean of several shuffles); reputation alone (total stars:
 *                rating x review count, then completed jobs); BM25 of each proposal against the job (MiniSearch).
 *   freelancers: BM25 of the job against profile text (MiniSearch); most active (most proposals before the job);
 *                highest rated (rating smoothed toward 4.0 by 5 pseudo-reviews).
 *   jobs:        BM25 of the freelancer's profile against the later jobs (MiniSearch); newest first; seeded random.
 */
import MiniSearch from "minisearch";
import type { FreelancerRecord, JobRecord, ProposalRecord } from "../model/records.js";
import { timeOf, type Market } from "./eval-market.js";
import { seededShuffles } from "../util/prng.js";

export interface JobQuery {
  job: JobRecord;
  /** The job's posting instant (NaN when undated). */
  at: number;
  market: Market;
  /** The job's proposals (proposals task). */
  proposals: readonly ProposalRecord[];
  /** Ids wanted, at most. */
  limit: number;
}

export interface FreelancerQuery {
  freelancer: FreelancerRecord;
  market: Market;
  /** The jobs to rank. */
  candidates: readonly JobRecord[];
  limit: number;
}

export interface Ranker<Q> {
  name: string;
  /** Called with the freelancer records that changed since the last call, before queries at that instant. */
  onAdvance?(changed: readonly FreelancerRecord[]): void;
  /** Ids best first; several rankings (seeded random) are averaged per query. */
  rank(q: Q): string[][];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function jobText(job: JobRecord): string {
  return [job.title, job.description, (job.skills ?? []).join(" "), (job.niceToHaveSkills ?? []).join(" ")].filter(Boolean).join("\n");
}

export function profileText(f: FreelancerRecord): string {
  return [f.title, f.overview, (f.skills ?? []).map((s) => (typeof s === "string" ? s : s.name)).join(" ")].filter(Boolean).join("\n");
}

function arrival(proposals: readonly ProposalRecord[]): ProposalRecord[] {
  const t = (p: ProposalRecord) => (Number.isNaN(timeOf(p.submittedAt)) ? Infinity : timeOf(p.submittedAt));
  return [...proposals].sort((a, b) => t(a) - t(b) || byId(a.id, b.id));
}

/** Proposals handed out in submission order as time advances (undated ones first: always past). */
class PastProposals {
  private next = 0;
  private readonly sorted: ProposalRecord[];
  constructor(proposals: readonly ProposalRecord[]) {
    const t = (p: ProposalRecord) => (Number.isNaN(timeOf(p.submittedAt)) ? -Infinity : timeOf(p.submittedAt));
    this.sorted = [...proposals].sort((a, b) => t(a) - t(b) || byId(a.id, b.id));
  }
  /** Proposals submitted strictly before `at` not handed out yet (all of them when `at` is NaN). */
  take(at: number): ProposalRecord[] {
    const out: ProposalRecord[] = [];
    while (this.next < this.sorted.length) {
      const p = this.sorted[this.next];
      const t = timeOf(p.submittedAt);
      if (!Number.isNaN(at) && !Number.isNaN(t) && t >= at) break;
      out.push(p);
      this.next++;
    }
    return out;
  }
}

export const arrivalOrder: Ranker<JobQuery> = { name: "arrival order", rank: (q) => [arrival(q.proposals).map((p) => p.id)] };

export function randomOrder(runs: number, seed: number): Ranker<JobQuery> {
  return { name: `random (mean of ${runs} seeds)`, rank: (q) => seededShuffles(q.proposals.map((p) => p.id), runs, seed) };
}

export const reputationAlone: Ranker<JobQuery> = {
  name: "reputation alone",
  rank: (q) => {
    const stars = (p: ProposalRecord) => {
      const f = q.market.record(p.freelancerId);
      return [(f?.rating ?? 0) * (f?.reviewCount ?? 0), f?.completedJobs ?? 0];
    };
    const order = arrival(q.proposals).map((p) => ({ id: p.id, s: stars(p) }));
    return [order.sort((a, b) => b.s[0] - a.s[0] || b.s[1] - a.s[1]).map((x) => x.id)];
  },
};

/** BM25 of each proposal's text against the job; term statistics from past proposals plus the job's own. */
export function bm25Proposals(all: readonly ProposalRecord[]): Ranker<JobQuery> {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], storeFields: [], autoVacuum: false });
  const past = new PastProposals(all);
  const text = (p: ProposalRecord) => [p.coverLetter, ...(p.screeningAnswers ?? [])].filter(Boolean).join("\n");
  return {
    name: "BM25 proposal vs job (MiniSearch)",
    rank(q) {
      for (const p of past.take(q.at)) if (!index.has(p.id)) index.add({ id: p.id, text: text(p) });
      const own = new Set(q.proposals.map((p) => p.id));
      const fresh = q.proposals.filter((p) => !index.has(p.id));
      index.addAll(fresh.map((p) => ({ id: p.id, text: text(p) })));
      const hits = index.search(jobText(q.job), { filter: (r) => own.has(String(r.id)) }).map((r) => String(r.id));
      for (const p of fresh) index.discard(p.id);
      const seen = new Set(hits);
      return [[...hits, ...arrival(q.proposals).map((p) => p.id).filter((id) => !seen.has(id))]];
    },
  };
}

/** BM25 of the job against each candidate's profile text (MiniSearch). */
export function bm25Freelancers(): Ranker<JobQuery> {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], storeFields: [], autoVacuum: false });
  return {
    name: "BM25 profile vs job (MiniSearch)",
    onAdvance(changed) {
      for (const f of changed) {
        const doc = { id: f.id, text: profileText(f) };
        if (index.has(f.id)) index.replace(doc);
        else index.add(doc);
      }
    },
    rank: (q) => [index.search(jobText(q.job), { filter: (r) => q.market.isCandidate(String(r.id)) }).slice(0, q.limit).map((r) => String(r.id))],
  };
}

/** Candidates with the most proposals submitted before the job; ties by completed jobs, then id. */
export function mostActive(all: readonly ProposalRecord[]): Ranker<JobQuery> {
  const past = new PastProposals(all);
  const counts = new Map<string, number>();
  const known = new Set<string>();
  return {
    name: "most active (proposals before the job)",
    onAdvance(changed) {
      for (const f of changed) known.add(f.id);
    },
    rank(q) {
      for (const p of past.take(q.at)) if (p.jobId !== q.job.id) counts.set(p.freelancerId, (counts.get(p.freelancerId) ?? 0) + 1);
      const done = (id: string) => q.market.record(id)?.completedJobs ?? 0;
      const ids = [...known].filter((id) => q.market.isCandidate(id));
      return [ids.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || done(b) - done(a) || byId(a, b)).slice(0, q.limit)];
    },
  };
}

export const RATING_PRIOR = { mean: 4, weight: 5 } as const;

/** Candidates by rating smoothed toward 4.0 with 5 pseudo-reviews (so one 5-star review is not the top); ties by review count. */
export function highestRated(): Ranker<JobQuery> {
  const known = new Set<string>();
  return {
    name: "highest rated (smoothed)",
    onAdvance(changed) {
      for (const f of changed) known.add(f.id);
    },
    rank(q) {
      const score = (id: string) => {
        const f = q.market.record(id);
        const n = f?.reviewCount ?? 0;
        return [((f?.rating ?? RATING_PRIOR.mean) * n + RATING_PRIOR.mean * RATING_PRIOR.weight) / (n + RATING_PRIOR.weight), n];
      };
      const scored = [...known].filter((id) => q.market.isCandidate(id)).map((id) => ({ id, s: score(id) }));
      return [scored.sort((a, b) => b.s[0] - a.s[0] || b.s[1] - a.s[1] || byId(a.id, b.id)).slice(0, q.limit).map((x) => x.id)];
    },
  };
}

/** BM25 of the freelancer's profile text against the candidate jobs (MiniSearch). */
export function bm25Jobs(candidates: readonly JobRecord[]): Ranker<FreelancerQuery> {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], storeFields: [], autoVacuum: false });
  index.addAll(candidates.map((j) => ({ id: j.id, text: jobText(j) })));
  return {
    name: "BM25 jobs vs profile (MiniSearch)",
    rank: (q) => [index.search(profileText(q.freelancer)).slice(0, q.limit).map((r) => String(r.id))],
  };
}

export const newestFirst: Ranker<FreelancerQuery> = {
  name: "newest first",
  rank: (q) => {
    const t = (j: JobRecord) => (Number.isNaN(timeOf(j.postedAt)) ? -Infinity : timeOf(j.postedAt));
    return [[...q.candidates].sort((a, b) => t(b) - t(a) || byId(a.id, b.id)).slice(0, q.limit).map((j) => j.id)];
  },
};

export function randomJobs(runs: number, seed: number): Ranker<FreelancerQuery> {
  return { name: `random (mean of ${runs} seeds)`, rank: (q) => seededShuffles(q.candidates.map((j) => j.id), runs, seed).map((ids) => ids.slice(0, q.limit)) };
}
