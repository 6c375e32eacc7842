/**
 * "bestmatch trained" for the Stack Exchange question tasks: learns weights from the questions
 * before a time split and ranks the later ones with them, leak-free.
 *
 *   - Features: read off the default engine's ranking at each training question's creation (the
 *     replay holds exactly what was known then).
 *   - Labels: only what was known before the split: an answer counts if submitted before it, an
 *     acceptance if its dated vote (known from the next day) came before it.
 *   - Test questions: the default engine ranks every candidate, then the items are ordered by the
 *     trained weights, exactly as an engine built with them would (orderWith, tested).
 * Training happens once, at the first scored question; the regularization strength is chosen on the
 * latest training questions (src/learn/train-select.ts).
 */
import type { ProposalRecord } from "../model/records.js";
import type { RankedItem } from "../rank/results.js";
import type { Model } from "../rank/model.js";
import type { FreelancerRanker, ProposalRanker, QuestionContext, SeEvalInput } from "./se-eval.js";
import { featureExamplesFromRanking, OUTCOME_GAINS, orderWith, sampleNegatives } from "./train-examples.js";
import type { TrainingExample, TrainOptions, TrainReport } from "./train.js";
import { trainWithSelection, type Selection } from "./train-select.js";

export interface SeLabels {
  /** Question id -> the instant its accepted answer became known (absent: not accepted, or undated). */
  acceptedKnownFrom: ReadonlyMap<string, number>;
}

/** Both question-task rankers share the training report they produce. */
export interface TrainedRanker {
  /** Training queries collected before the split. */
  readonly queries: TrainingExample[][];
  /** Set once trained (at the first scored question). */
  report?: TrainReport;
  model?: Model;
  /** How the regularization strength was chosen (on the later training queries). */
  selection?: Selection;
}

const DAY_MS = 86_400_000;

/**
 * When each acceptance became known: the accept vote's day is only known at the next day's start,
 * and never before the answer itself.
 */
export function acceptanceKnownFrom(input: SeEvalInput, votes: ReadonlyArray<{ postId: string; kind: string; day: number }>): Map<string, number> {
  const acceptedVote = new Map(votes.filter((v) => v.kind === "accepted").map((v) => [`a${v.postId}`, v.day + DAY_MS]));
  const submitted = new Map(input.proposals.map((p) => [p.id, p.submittedAt as number]));
  const out = new Map<string, number>();
  for (const o of input.outcomes) {
    if (o.outcome !== "hired" || o.proposalId === undefined) continue;
    const day = acceptedVote.get(o.proposalId);
    if (day !== undefined) out.set(o.jobId, Math.max(day, submitted.get(o.proposalId) ?? -Infinity));
  }
  return out;
}

class Labels {
  private readonly hired = new Map<string, ProposalRecord>();
  private readonly byJob = new Map<string, ProposalRecord[]>();

  constructor(
    input: SeEvalInput,
    private readonly known: SeLabels,
    private readonly split: number,
  ) {
    const proposals = new Map(input.proposals.map((p) => [p.id, p]));
    for (const o of input.outcomes) if (o.outcome === "hired" && o.proposalId && proposals.has(o.proposalId)) this.hired.set(o.jobId, proposals.get(o.proposalId)!);
    for (const p of input.proposals) this.byJob.set(p.jobId, [...(this.byJob.get(p.jobId) ?? []), p]);
  }

  /** The question's answers submitted before the split. */
  answersBeforeSplit(jobId: string): ProposalRecord[] {
    return (this.byJob.get(jobId) ?? []).filter((p) => (p.submittedAt as number) < this.split);
  }

  /** The accepted answer, if its acceptance was known before the split. */
  hiredBeforeSplit(jobId: string): ProposalRecord | undefined {
    const at = this.known.acceptedKnownFrom.get(jobId);
    return at !== undefined && at < this.split ? this.hired.get(jobId) : undefined;
  }
}

function train(state: TrainedRanker, task: "proposals" | "freelancers", queries: TrainingExample[][], options: TrainOptions): Model {
  if (!state.model) {
    // Queries are in time order: the strength is validated on the latest training questions.
    const result = trainWithSelection(task, queries, options);
    state.model = result.model;
    state.report = result.report;
    state.selection = result.selection;
  }
  return state.model;
}

export function trainedProposals(input: SeEvalInput, known: SeLabels, split: number, options: TrainOptions = {}): ProposalRanker & TrainedRanker {
  const labels = new Labels(input, known, split);
  const queries: TrainingExample[][] = [];
  const rankAll = (q: QuestionContext, proposals: readonly ProposalRecord[]): RankedItem[] =>
    q.replay.withProposalsOf(q.job.id, () => q.replay.engine.rankProposals(q.job.id, { limit: proposals.length }).items);
  const ranker: ProposalRanker & TrainedRanker = {
    name: "bestmatch trained",
    queries,
    observe(q, proposals) {
      const hired = labels.hiredBeforeSplit(q.job.id);
      const known = new Set(labels.answersBeforeSplit(q.job.id).map((p) => p.id));
      if (!hired || known.size < 2) return;
      const items = rankAll(q, proposals).filter((item) => known.has(item.id));
      queries.push(featureExamplesFromRanking(items, new Map([[hired.id, OUTCOME_GAINS.proposals.hired]])));
    },
    rank: (q, proposals) => [orderWith(rankAll(q, proposals), train(ranker, "proposals", queries, options))],
  };
  return ranker;
}

export interface TrainedFreelancersOptions extends TrainOptions {
  /** Non-answerers kept per training question. Default 200. */
  negatives?: number;
}

export function trainedFreelancers(input: SeEvalInput, known: SeLabels, split: number, options: TrainedFreelancersOptions = {}): FreelancerRanker & TrainedRanker {
  const labels = new Labels(input, known, split);
  const queries: TrainingExample[][] = [];
  const rankAll = (q: QuestionContext): RankedItem[] => q.replay.engine.rankFreelancers(q.job.id, { exhaustive: true, limit: q.replay.activeCount }).items;
  const ranker: FreelancerRanker & TrainedRanker = {
    name: "bestmatch trained (exhaustive)",
    queries,
    observe(q) {
      const gains = new Map<string, number>();
      for (const p of labels.answersBeforeSplit(q.job.id)) gains.set(p.freelancerId, OUTCOME_GAINS.freelancers.applied);
      const hired = labels.hiredBeforeSplit(q.job.id);
      if (hired) gains.set(hired.freelancerId, OUTCOME_GAINS.freelancers.hired);
      if (q.asker !== undefined) gains.delete(q.asker);
      // Only answerers the engine could rank (active before the question) make a query.
      const items = rankAll(q).filter((item) => item.id !== q.asker);
      if (!items.some((item) => gains.has(item.id))) return;
      queries.push(sampleNegatives(featureExamplesFromRanking(items, gains), options.negatives ?? 200, queries.length + 1));
    },
    rank: (q) => [orderWith(rankAll(q), train(ranker, "freelancers", queries, options))],
  };
  return ranker;
}
