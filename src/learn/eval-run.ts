/**
 * One evaluation pass over a data folder for one task: every query is ranked by bestmatch and by
 * each baseline, and scored against the outcomes. bestmatch's ranked candidates are kept with their
 * feature values (read off the ranking's contributions: the same code path that scores), so training
 * and cross-validation reuse them without a second feature implementation.
 *
 *   proposals:   a query per job with >= 2 proposals, at least one hired or interviewed and one not;
 *                grades by proposal: hired 2, interviewed 1. Every proposal is ranked.
 *   freelancers: a query per job with an outcome for a freelancer who can be ranked at the job's time;
 *                grades by freelancer: hired 3, interviewed 2, applied 1. Everyone is scored (exhaustive),
 *                the top `pool` kept.
 *   jobs:        a time split (the latest 30% of jobs are the candidates, everything before is known); a
 *                query per freelancer with an outcome on a candidate; grades by job as for freelancers.
 */
import type { EngineOptions } from "../options.js";
import type { JobRecord, ProposalRecord } from "../model/records.js";
import type { Model, RankTask } from "../rank/model.js";
import type { RankedItem } from "../rank/results.js";
import type { RankFreelancersBatchOptions } from "../rank/rank-freelancers-batch.js";
import type { BatchAudit } from "../rank/rerank/audit.js";
import type { OutcomeRow } from "./dataset.js";
import {
  arrivalOrder,
  bm25Freelancers,
  bm25Jobs,
  bm25Proposals,
  highestRated,
  mostActive,
  newestFirst,
  randomJobs,
  randomOrder,
  reputationAlone,
  type FreelancerQuery,
  type JobQuery,
  type Ranker,
} from "./eval-baselines.js";
import { marketBeforeSplit, newMarket, timeOf, type EvalFolder, type Market } from "./eval-market.js";
import { averagePrecision, mean, ndcgAtK, precisionAtK, recallAtK, reciprocalRank } from "./metrics.js";
import { featureExamplesFromRanking, OUTCOME_GAINS } from "./train-examples.js";
import type { TrainingExample } from "./train.js";

export type EvalTask = RankTask;
export const EVAL_TASKS: readonly EvalTask[] = ["proposals", "freelancers", "jobs"];

export interface QueryResult {
  /** Job id (proposals, freelancers) or freelancer id (jobs). */
  id: string;
  /** Graded relevance by ranked id. */
  judgments: Map<string, number>;
  /** Metric values per ranker name. */
  values: Map<string, Record<string, number>>;
  /** bestmatch's ranked candidates, in its order, with feature values and gains. */
  examples: TrainingExample[];
}

export interface EvalRun {
  task: EvalTask;
  k: number;
  /** Candidates kept per ranking (freelancers, jobs). */
  pool: number;
  metrics: string[];
  /** Ranker names in display order; the first is bestmatch. */
  rankers: string[];
  queries: QueryResult[];
  dated: boolean;
  note: string;
  /** Freelancers task with `rerank`: each re-ranked row's batch audit (exposure before and after), by ranker name. */
  exposure?: Record<string, BatchAudit>;
}

/** A re-ranked variant of bestmatch, evaluated as its own row (the whole pass is one batch, in posting order). */
export interface RerankVariant {
  /** Row name, e.g. "bestmatch + exposure cap 39". */
  name: string;
  /** Reciprocal and re-ranking options (limit and exhaustive are the evaluation's own). */
  options: Pick<RankFreelancersBatchOptions, "rerank" | "reciprocal">;
}

export interface EvalOptions {
  /** Cut-off of NDCG, precision and recall. Default 10. */
  k?: number;
  /** Candidates kept per ranking for freelancers and jobs. Default 200. */
  pool?: number;
  /** Engine options (model, taxonomy) for bestmatch. */
  engineOptions?: Partial<EngineOptions>;
  /** Name shown for bestmatch. Default "bestmatch default". */
  name?: string;
  /** Shuffles averaged by the random baseline. Default 20. */
  randomRuns?: number;
  seed?: number;
  /** Share of the jobs (oldest first) known before the job recommendation split. Default 0.7. */
  splitShare?: number;
  onProgress?: (done: number, total: number) => void;
  /** Run the baselines too. Default true (training needs bestmatch alone). */
  baselines?: boolean;
  /**
   * Freelancers task: re-ranked variants of bestmatch, each a row right after it. Every variant
   * ranks the queries as one batch in posting order (startFreelancerBatch), so exposure rules see
   * only earlier lists, as they would live. Default none.
   */
  rerank?: RerankVariant[];
}

export const DEFAULT_EVAL = { k: 10, pool: 200, randomRuns: 20, seed: 1, splitShare: 0.7 } as const;

export function metricNames(k: number): string[] {
  return [`NDCG@${k}`, "MAP", "MRR", `P@${k}`, `recall@${k}`];
}

function scoreRankings(rankings: readonly string[][], judgments: Map<string, number>, k: number): Record<string, number> {
  const [ndcg, map, mrr, p, r] = metricNames(k);
  const avg = (fn: (ranked: string[]) => number) => mean(rankings.map(fn));
  return {
    [ndcg]: avg((x) => ndcgAtK(x, judgments, k)),
    [map]: avg((x) => averagePrecision(x, judgments)),
    [mrr]: avg((x) => reciprocalRank(x, judgments)),
    [p]: avg((x) => precisionAtK(x, judgments, k)),
    [r]: avg((x) => recallAtK(x, judgments, k)),
  };
}

/** Metric values of one ranking of a query (for orderings computed after the pass, e.g. cross-validated). */
export function scoreRanking(ranked: readonly string[], judgments: Map<string, number>, k: number): Record<string, number> {
  return scoreRankings([[...ranked]], judgments, k);
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Jobs oldest first (undated ones last), then by id. */
export function jobsByTime(jobs: readonly JobRecord[]): JobRecord[] {
  const t = (j: JobRecord) => (Number.isNaN(timeOf(j.postedAt)) ? Infinity : timeOf(j.postedAt));
  return [...jobs].sort((a, b) => t(a) - t(b) || byId(a.id, b.id));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function bestGrades(rows: readonly OutcomeRow[], key: (o: OutcomeRow) => string, gains: Readonly<Record<string, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of rows) {
    const g = gains[o.outcome] ?? 0;
    if (g > 0) out.set(key(o), Math.max(g, out.get(key(o)) ?? 0));
  }
  return out;
}

function runQuery<Q>(rankers: readonly Ranker<Q>[], q: Q, judgments: Map<string, number>, k: number): Map<string, Record<string, number>> {
  return new Map(rankers.map((r) => [r.name, scoreRankings(r.rank(q), judgments, k)]));
}

function bestmatchRanker(name: string, items: () => RankedItem[]): Ranker<unknown> & { last: RankedItem[] } {
  const ranker = { name, last: [] as RankedItem[], rank: () => [(ranker.last = items()).map((i) => i.id)] };
  return ranker;
}

export async function runEvaluation(folder: EvalFolder, task: EvalTask, options: EvalOptions = {}): Promise<EvalRun> {
  const o = { ...DEFAULT_EVAL, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as typeof DEFAULT_EVAL & EvalOptions;
  if (!(Number.isInteger(o.k) && o.k >= 1)) throw new RangeError(`k must be an integer >= 1 (got ${o.k})`);
  const name = o.name ?? "bestmatch default";
  const run = task === "jobs" ? evaluateJobs(folder, o, name) : evaluateJobQueries(folder, task, o, name);
  return run;
}

function evaluateJobQueries(folder: EvalFolder, task: "proposals" | "freelancers", o: typeof DEFAULT_EVAL & EvalOptions, name: string): EvalRun {
  const { data } = folder;
  const market: Market = newMarket(folder, o.engineOptions);
  const proposalsByJob = groupBy(data.proposals, (p) => p.jobId);
  const outcomesByJob = groupBy(data.outcomes, (r) => r.jobId);
  const gains = OUTCOME_GAINS[task];
  let current: { job: JobRecord; own: readonly ProposalRecord[] } | undefined;
  const bestmatch = bestmatchRanker(name, () => {
    const { job, own } = current!;
    return task === "proposals"
      ? market.withProposalsOf(job.id, () => market.engine.rankProposals(job.id, { limit: own.length }).items)
      : market.engine.rankFreelancers(job.id, { exhaustive: true, limit: o.pool }).items;
  });
  const variants = task === "freelancers" ? (o.rerank ?? []).map((v) => ({ name: v.name, batch: market.engine.startFreelancerBatch({ ...v.options, exhaustive: true, limit: o.pool }) })) : [];
  const reranked: Ranker<JobQuery>[] = variants.map(({ name: variant, batch }) => ({ name: variant, rank: (q) => [batch.rank(q.job.id).items.map((i) => i.id)] }));
  const baselines: Ranker<JobQuery>[] =
    o.baselines === false
      ? []
      : task === "proposals"
      ? [arrivalOrder, randomOrder(o.randomRuns, o.seed), reputationAlone, bm25Proposals(data.proposals)]
      : [bm25Freelancers(), mostActive(data.proposals), highestRated()];
  const rankers = [bestmatch as Ranker<JobQuery>, ...reranked, ...baselines];
  const queries: QueryResult[] = [];
  const jobs = jobsByTime(data.jobs);
  jobs.forEach((job, n) => {
    o.onProgress?.(n, jobs.length);
    const rows = outcomesByJob.get(job.id);
    if (!rows) return;
    const at = timeOf(job.postedAt);
    const changed = market.advanceTo(Number.isNaN(at) ? Infinity : at);
    for (const r of rankers) r.onAdvance?.(changed);
    const own = proposalsByJob.get(job.id) ?? [];
    let judgments: Map<string, number>;
    if (task === "proposals") {
      const byFreelancer = bestGrades(rows.filter((r) => r.proposalId === undefined), (r) => r.freelancerId, gains);
      const byProposal = bestGrades(rows, (r) => r.proposalId ?? "", gains);
      judgments = new Map(own.map((p) => [p.id, byProposal.get(p.id) ?? byFreelancer.get(p.freelancerId) ?? 0]));
      const positives = [...judgments.values()].filter((g) => g > 0).length;
      if (own.length < 2 || positives === 0 || positives === own.length) return;
    } else {
      judgments = new Map([...bestGrades(rows, (r) => r.freelancerId, gains)].filter(([id]) => market.isCandidate(id)));
      if (judgments.size === 0) return;
    }
    current = { job, own };
    const q: JobQuery = { job, at, market, proposals: own, limit: o.pool };
    const values = runQuery(rankers, q, judgments, o.k);
    const gainOf = task === "proposals" ? (item: RankedItem) => judgments.get(item.id) ?? 0 : judgments;
    queries.push({ id: job.id, judgments, values, examples: featureExamplesFromRanking(bestmatch.last, gainOf) });
  });
  const note =
    task === "proposals"
      ? "jobs with >= 2 proposals, at least one hired or interviewed and one not; every proposal ranked"
      : `jobs with an outcome for a freelancer who could be ranked then; everyone scored, top ${o.pool} kept`;
  const exposure = variants.length ? Object.fromEntries(variants.map((v) => [v.name, v.batch.audit()])) : undefined;
  return {
    task,
    k: o.k,
    pool: o.pool,
    metrics: metricNames(o.k),
    rankers: rankers.map((r) => r.name),
    queries,
    dated: market.dated,
    note: `${note}${market.dated ? "; leak-free replay of dated data" : "; data as given"}`,
    ...(exposure ? { exposure } : {}),
  };
}

function evaluateJobs(folder: EvalFolder, o: typeof DEFAULT_EVAL & EvalOptions, name: string): EvalRun {
  const { data } = folder;
  const ordered = jobsByTime(data.jobs);
  const cut = Math.min(ordered.length - 1, Math.floor(ordered.length * o.splitShare));
  const candidates = ordered.slice(cut);
  const splitAt = timeOf(candidates[0]?.postedAt);
  const market = marketBeforeSplit(folder, splitAt, candidates, o.engineOptions);
  const candidateIds = new Set(candidates.map((j) => j.id));
  const gains = OUTCOME_GAINS.freelancers;
  const laterOutcomes = groupBy(
    data.outcomes.filter((r) => candidateIds.has(r.jobId)),
    (r) => r.freelancerId,
  );
  const allJobs = market.engine.stats().jobs;
  let current: string | undefined;
  const bestmatch = bestmatchRanker(name, () => {
    const items = market.engine.recommendJobs(current!, { exhaustive: true, limit: allJobs }).items;
    return items.filter((i) => candidateIds.has(i.id)).slice(0, o.pool);
  });
  const rankers = [bestmatch as Ranker<FreelancerQuery>, ...(o.baselines === false ? [] : [bm25Jobs(candidates), newestFirst, randomJobs(o.randomRuns, o.seed)])];
  const users = [...laterOutcomes.keys()].filter((id) => market.isCandidate(id)).sort(byId);
  const queries: QueryResult[] = [];
  users.forEach((user, n) => {
    o.onProgress?.(n, users.length);
    const judgments = bestGrades(laterOutcomes.get(user)!, (r) => r.jobId, gains);
    if (judgments.size === 0) return;
    current = user;
    const q: FreelancerQuery = { freelancer: market.record(user)!, market, candidates, limit: o.pool };
    const values = runQuery(rankers, q, judgments, o.k);
    queries.push({ id: user, judgments, values, examples: featureExamplesFromRanking(bestmatch.last, judgments) });
  });
  const when = Number.isNaN(splitAt) ? `the last ${candidates.length} jobs in file order` : `${candidates.length} jobs posted from ${new Date(splitAt).toISOString().slice(0, 10)} on`;
  return {
    task: "jobs",
    k: o.k,
    pool: o.pool,
    metrics: metricNames(o.k),
    rankers: rankers.map((r) => r.name),
    queries,
    dated: market.dated,
    note: `candidates: ${when}; freelancers with an outcome on one of them; the engine knows only what came before`,
  };
}
