/**
 * Training examples from rankings: every ranked item carries its feature values in `contributions`,
 * so a ranking plus what happened afterwards (outcomes) is a training query. Also the reverse:
 * ordering a ranking's items by another model's weights, exactly as an engine built with that model
 * orders them (same sum, same order of terms, ties by id), so one replay can evaluate both models.
 */
import type { Engine } from "../engine-types.js";
import type { Outcome } from "../io/columns.js";
import type { LinearModel, RankTask } from "../rank/model.js";
import type { RankedItem } from "../rank/results.js";
import type { OutcomeRow } from "./dataset.js";
import { mulberry32 as prng } from "../util/prng.js";
import type { TrainingExample, TrainingQuery } from "./train.js";

/**
 * Gain per outcome. Proposals: the client chose among applicants, so applying alone earns nothing.
 * Freelancers: the candidates are everyone, so having applied already sets one apart from those who did not.
 */
export const OUTCOME_GAINS: Readonly<Record<"proposals" | "freelancers", Readonly<Record<Outcome, number>>>> = {
  proposals: { hired: 2, interviewed: 1, applied: 0 },
  freelancers: { hired: 3, interviewed: 2, applied: 1 },
};

/** One training query from a ranking: feature values from contributions (the bias left out), gain by item id (0 when absent). */
export function featureExamplesFromRanking(items: readonly RankedItem[], gains: ReadonlyMap<string, number> | ((item: RankedItem) => number)): TrainingExample[] {
  const gainOf = typeof gains === "function" ? gains : (item: RankedItem) => gains.get(item.id) ?? 0;
  return items.map((item) => ({
    id: item.id,
    gain: gainOf(item),
    features: Object.fromEntries(item.contributions.filter((c) => c.feature !== "bias").map((c) => [c.feature, c.value])),
  }));
}

/** Score of an item under `model`: the engine's own sum (features in contribution order, then the bias). */
export function scoreWith(item: RankedItem, model: LinearModel): number {
  let score = 0;
  for (const c of item.contributions) if (c.feature !== "bias") score += (model.weights[c.feature] ?? 0) * c.value;
  return score + model.bias;
}

/** Item ids ordered as an engine with `model` would order them (score desc, then id). */
export function orderWith(items: readonly RankedItem[], model: LinearModel): string[] {
  return items
    .map((item) => ({ id: item.id, score: scoreWith(item, model) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((x) => x.id);
}

/**
 * Keeps every item with a positive gain and at most `negatives` others: the best-ranked half of them
 * (the hard cases the model must push down) and a seeded sample of the rest (so the model also sees
 * ordinary candidates). Keeps the original order.
 */
export function sampleNegatives(query: TrainingQuery, negatives: number, seed: number): TrainingExample[] {
  const others = query.flatMap((e, i) => (e.gain > 0 ? [] : [i]));
  if (others.length <= negatives) return [...query];
  const top = Math.ceil(negatives / 2);
  const keep = new Set(others.slice(0, top));
  const rest = others.slice(top);
  const random = prng(seed);
  for (let i = 0; i < negatives - top; i++) {
    const j = i + Math.floor(random() * (rest.length - i));
    [rest[i], rest[j]] = [rest[j], rest[i]];
    keep.add(rest[i]);
  }
  return query.filter((e, i) => e.gain > 0 || keep.has(i));
}

export interface QueriesFromEngineOptions {
  /** rank freelancers: non-positive candidates kept per job (see sampleNegatives). Default 200. */
  negatives?: number;
  /** Seed of the negative sampling. Default 1. */
  seed?: number;
}

/**
 * Training queries for `task` from an engine holding the data and the outcomes of `jobIds`:
 * proposals: every proposal of the job (gain by proposal id, else by freelancer);
 * freelancers: an exhaustive ranking of everyone, gain by freelancer (the best outcome counts),
 * with negatives sampled. Jobs with no outcome at all are skipped (they teach nothing).
 */
export function queriesFromEngine(
  engine: Engine,
  task: Extract<RankTask, "proposals" | "freelancers">,
  outcomes: readonly OutcomeRow[],
  jobIds: readonly string[],
  options: QueriesFromEngineOptions = {},
): TrainingExample[][] {
  const gainOf = OUTCOME_GAINS[task];
  const byJob = new Map<string, OutcomeRow[]>();
  for (const o of outcomes) byJob.set(o.jobId, [...(byJob.get(o.jobId) ?? []), o]);
  const everyone = engine.stats().freelancers;
  const queries: TrainingExample[][] = [];
  jobIds.forEach((jobId, n) => {
    const rows = byJob.get(jobId);
    if (!rows) return;
    if (task === "proposals") {
      const byProposal = new Map(rows.filter((o) => o.proposalId !== undefined).map((o) => [o.proposalId as string, gainOf[o.outcome]]));
      const byFreelancer = new Map(rows.map((o) => [o.freelancerId, gainOf[o.outcome]]));
      const items = engine.rankProposals(jobId, { limit: engine.stats().proposals }).items;
      queries.push(featureExamplesFromRanking(items, (item) => byProposal.get(item.id) ?? byFreelancer.get(item.freelancerId as string) ?? 0));
    } else {
      const best = new Map<string, number>();
      for (const o of rows) best.set(o.freelancerId, Math.max(best.get(o.freelancerId) ?? 0, gainOf[o.outcome]));
      const items = engine.rankFreelancers(jobId, { exhaustive: true, limit: everyone }).items;
      queries.push(sampleNegatives(featureExamplesFromRanking(items, best), options.negatives ?? 200, (options.seed ?? 1) * 1_000_003 + n));
    }
  });
  return queries;
}
