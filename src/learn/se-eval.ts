/**
 * The three Stack Exchange evaluation tasks (see ../shared/data/README.md), leak-free:
 * questions are visited in creation order and every ranker sees only what was known at the
 * question's creation (LeakFreeReplay for the engine, AnswerHistory for baselines).
 *
 *   proposals:   questions with a hired answer among >= 2; rank the answers. MRR, NDCG, P@1 of the hired one.
 *   freelancers: every question; rank the users active before it (the asker excluded). Relevant: its
 *                answerers who were active before it (accepted = 2, other = 1). NDCG@10, recall@20, MRR.
 *   recommend:   one time split T (70% of questions before it); users with >= 3 answers before T and at least
 *                one after; rank the questions posted after T (their own excluded). Relevant: the ones they
 *                answered (accepted = 2, other = 1). NDCG@10, recall@20.
 * Rankers may return several rankings for one query (a seeded random baseline): metrics are averaged.
 * With a `split` instant, the two question tasks score only questions posted at or after it; the
 * earlier ones are shown to rankers through `observe` (a ranker that learns trains on them).
 */
import type { JobRecord, ProposalRecord } from "../model/records.js";
import type { OutcomeRow } from "./dataset.js";
import { mean, ndcgAtK, recallAtK, reciprocalRank } from "./metrics.js";
import type { LeakFreeReplay } from "./replay.js";
import { AnswerHistory } from "./se-history.js";

type Rankings = string[][] | Promise<string[][]>;

export interface QuestionContext {
  job: JobRecord;
  /** The question's creation: nothing after it is known. */
  at: number;
  /** Freelancer id of the asker, when known. */
  asker?: string;
  replay: LeakFreeReplay;
  /** Answers submitted before `at`. */
  history: AnswerHistory;
}

export interface ProposalRanker {
  name: string;
  /** Called after time advanced, with the answers that became past (submitted before the question). */
  onPast?(proposals: readonly ProposalRecord[]): void | Promise<void>;
  /** Proposal ids, best first. */
  rank(q: QuestionContext, proposals: readonly ProposalRecord[]): Rankings;
  /** A question before the split (not scored), with its answers. */
  observe?(q: QuestionContext, proposals: readonly ProposalRecord[]): void | Promise<void>;
}

export interface FreelancerRanker {
  name: string;
  /** Called after time advanced, with the users whose past answers changed. */
  onHistory?(users: readonly string[], history: AnswerHistory): void | Promise<void>;
  /** Freelancer ids, best first, at least `limit` when there are that many candidates (the asker is removed after). */
  rank(q: QuestionContext, limit: number): Rankings;
  /** A question before the split (not scored). */
  observe?(q: QuestionContext): void | Promise<void>;
}

export interface RecommendContext {
  split: number;
  replay: LeakFreeReplay;
  history: AnswerHistory;
  /** Questions posted after the split: the candidates. */
  candidates: readonly JobRecord[];
}

export interface JobRecommender {
  name: string;
  prepare?(ctx: RecommendContext): void | Promise<void>;
  /** Job ids, best first (the user's own questions are removed after). */
  rank(user: string, ctx: RecommendContext, limit: number): Rankings;
}

export interface TaskRow {
  ranker: string;
  metrics: Record<string, number>;
}

export interface TaskResult {
  task: "proposals" | "freelancers" | "recommend";
  queries: number;
  note: string;
  rows: TaskRow[];
}

export interface SeEvalInput {
  jobs: readonly JobRecord[];
  proposals: readonly ProposalRecord[];
  outcomes: readonly OutcomeRow[];
  /** Question id -> asker's freelancer id. */
  askers: ReadonlyMap<string, string>;
}

const K_NDCG = 10;
const K_RECALL = 20;

/** Collects per-query metric values per ranker, averaging a ranker's several rankings of one query. */
class Scoreboard {
  private readonly values = new Map<string, Map<string, number[]>>();
  queries = 0;

  add(ranker: string, rankings: string[][], metrics: Record<string, (ranked: string[]) => number>): void {
    const byMetric = this.values.get(ranker) ?? new Map<string, number[]>();
    this.values.set(ranker, byMetric);
    for (const [name, fn] of Object.entries(metrics)) {
      const list = byMetric.get(name) ?? [];
      list.push(mean(rankings.map(fn)));
      byMetric.set(name, list);
    }
  }

  rows(): TaskRow[] {
    return [...this.values].map(([ranker, byMetric]) => ({ ranker, metrics: Object.fromEntries([...byMetric].map(([m, v]) => [m, mean(v)])) }));
  }
}

function byTime(jobs: readonly JobRecord[]): JobRecord[] {
  return [...jobs].sort((a, b) => (a.postedAt as number) - (b.postedAt as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function grades(outcomes: readonly OutcomeRow[]): Map<string, Map<string, number>> {
  const byJob = new Map<string, Map<string, number>>();
  for (const o of outcomes) {
    const m = byJob.get(o.jobId) ?? new Map<string, number>();
    byJob.set(o.jobId, m);
    const grade = o.outcome === "hired" ? 2 : 1;
    m.set(o.freelancerId, Math.max(grade, m.get(o.freelancerId) ?? 0));
  }
  return byJob;
}

export interface QuestionTaskOptions {
  /** Score only questions posted at or after this instant; earlier ones go to `observe`. */
  split?: number;
}

/** The instant before which `share` of the questions were posted (the first question after them). */
export function timeSplit(jobs: readonly JobRecord[], share: number): number {
  const ordered = byTime(jobs);
  return ordered[Math.min(ordered.length - 1, Math.floor(ordered.length * share))].postedAt as number;
}

/** Tasks "proposals" and "freelancers" in one chronological pass. */
export async function evaluateQuestionTasks(
  input: SeEvalInput,
  replay: LeakFreeReplay,
  proposalRankers: readonly ProposalRanker[],
  freelancerRankers: readonly FreelancerRanker[],
  options: QuestionTaskOptions = {},
): Promise<TaskResult[]> {
  const split = options.split ?? -Infinity;
  let observed = 0;
  const jobsById = new Map(input.jobs.map((j) => [j.id, j]));
  const history = new AnswerHistory(jobsById);
  const proposalsByJob = new Map<string, ProposalRecord[]>();
  for (const p of input.proposals) proposalsByJob.set(p.jobId, [...(proposalsByJob.get(p.jobId) ?? []), p]);
  const hiredProposal = new Map(input.outcomes.filter((o) => o.outcome === "hired" && o.proposalId).map((o) => [o.jobId, o.proposalId as string]));
  const gradesByJob = grades(input.outcomes);
  const proposalBoard = new Scoreboard();
  const freelancerBoard = new Scoreboard();

  for (const job of byTime(input.jobs)) {
    const at = job.postedAt as number;
    const past = replay.advanceTo(at);
    const changed = history.add(past);
    for (const r of proposalRankers) await r.onPast?.(past);
    for (const r of freelancerRankers) await r.onHistory?.(changed, history);
    const q: QuestionContext = { job, at, asker: input.askers.get(job.id), replay, history };

    const own = proposalsByJob.get(job.id) ?? [];
    if (at < split) {
      observed++;
      for (const r of proposalRankers) await r.observe?.(q, own);
      for (const r of freelancerRankers) await r.observe?.(q);
      continue;
    }
    const hired = hiredProposal.get(job.id);
    if (hired !== undefined && own.length >= 2 && own.some((p) => p.id === hired)) {
      proposalBoard.queries++;
      const judged = new Set([hired]);
      for (const r of proposalRankers) {
        proposalBoard.add(r.name, await r.rank(q, own), {
          MRR: (ranked) => reciprocalRank(ranked, judged),
          NDCG: (ranked) => ndcgAtK(ranked, judged, own.length),
          "P@1": (ranked) => (ranked[0] === hired ? 1 : 0),
        });
      }
    }

    const judged = new Map([...(gradesByJob.get(job.id) ?? [])].filter(([user]) => user !== q.asker && replay.isActive(user)));
    if (judged.size > 0) {
      freelancerBoard.queries++;
      for (const r of freelancerRankers) {
        const rankings = (await r.rank(q, K_RECALL + 1)).map((ranked) => ranked.filter((id) => id !== q.asker));
        freelancerBoard.add(r.name, rankings, {
          "NDCG@10": (ranked) => ndcgAtK(ranked, judged, K_NDCG),
          "recall@20": (ranked) => recallAtK(ranked, judged, K_RECALL),
          MRR: (ranked) => reciprocalRank(ranked.slice(0, K_RECALL), judged),
        });
      }
    }
  }
  const period = Number.isFinite(split) ? `; questions from ${new Date(split).toISOString().slice(0, 10)} on (${observed} earlier ones for training)` : "";
  return [
    { task: "proposals", queries: proposalBoard.queries, note: `questions with a hired answer among >= 2 answers${period}`, rows: proposalBoard.rows() },
    {
      task: "freelancers",
      queries: freelancerBoard.queries,
      note: `questions with >= 1 answerer active before them; candidates: all users active before the question${period}`,
      rows: freelancerBoard.rows(),
    },
  ];
}

export const MIN_HISTORY = 3;
export const SPLIT_SHARE = 0.7;

/** Task "recommend": one time split; `replay` must be fresh (it is advanced to the split). */
export async function evaluateRecommend(input: SeEvalInput, replay: LeakFreeReplay, recommenders: readonly JobRecommender[]): Promise<TaskResult> {
  const ordered = byTime(input.jobs);
  const split = timeSplit(input.jobs, SPLIT_SHARE);
  const history = new AnswerHistory(new Map(input.jobs.map((j) => [j.id, j])));
  history.add(replay.advanceTo(split));
  const candidates = ordered.filter((j) => (j.postedAt as number) > split);
  // The candidates themselves are what is ranked, so their records are known; their answers are not.
  replay.engine.addJobs(candidates);
  const later = new Set(candidates.map((j) => j.id));
  const gradesByJob = grades(input.outcomes);
  const relevant = new Map<string, Map<string, number>>();
  for (const jobId of later) {
    for (const [user, grade] of gradesByJob.get(jobId) ?? []) {
      if (input.askers.get(jobId) === user) continue;
      const m = relevant.get(user) ?? new Map<string, number>();
      relevant.set(user, m.set(jobId, grade));
    }
  }
  const users = [...relevant.keys()].filter((u) => history.count(u) >= MIN_HISTORY && replay.isActive(u)).sort();
  const ownQuestions = new Map<string, Set<string>>();
  for (const [jobId, user] of input.askers) if (later.has(jobId)) ownQuestions.set(user, (ownQuestions.get(user) ?? new Set()).add(jobId));

  const ctx: RecommendContext = { split, replay, history, candidates };
  const board = new Scoreboard();
  for (const r of recommenders) await r.prepare?.(ctx);
  for (const user of users) {
    board.queries++;
    const judged = relevant.get(user) as Map<string, number>;
    const own = ownQuestions.get(user) ?? new Set<string>();
    for (const r of recommenders) {
      const rankings = (await r.rank(user, ctx, K_RECALL + own.size)).map((ranked) => ranked.filter((id) => !own.has(id)));
      board.add(r.name, rankings, {
        "NDCG@10": (ranked) => ndcgAtK(ranked, judged, K_NDCG),
        "recall@20": (ranked) => recallAtK(ranked, judged, K_RECALL),
      });
    }
  }
  return {
    task: "recommend",
    queries: board.queries,
    note: `split at ${new Date(split).toISOString().slice(0, 10)}: ${candidates.length} later questions; users with >= ${MIN_HISTORY} answers before and >= 1 after`,
    rows: board.rows(),
  };
}
