/**
 * Learns a task's weights from outcomes: pairwise logistic regression (RankNet) on feature vectors
 * read off rankings, regularized toward the current weights so that little data changes little.
 *
 * A query is the list of candidates shown for one job (or one freelancer), each with its feature
 * values and a gain from what happened (hired 2, interviewed 1, otherwise 0). Every pair where one
 * candidate gained more than another says "score this one higher"; the loss is log(1 + e^-margin).
 *
 * The prior is the starting model's weights times the scale that fits the data best (a linear
 * ranking does not depend on scale, but the logistic loss does), so the regularization pulls toward
 * the starting model's direction, not toward arbitrary magnitudes. Weights are kept >= 0 by default:
 * a negative weight would explain a rank by "job success contributed -0.03", which reads as a bug.
 * The output is rescaled so the weights sum to 1 (scores stay in [0, 1]; with negative weights allowed,
 * their absolute values sum to 1) and keeps the starting model's bias.
 * Deterministic: pairs are sampled (when a query has too many) with a seeded PRNG.
 */
import { BestMatchError } from "../errors.js";
import { defaultModels, MODEL_FORMAT_VERSION, requireLinearModel, TASK_FEATURES, type LinearModel, type RankTask } from "../rank/model.js";
import { mean, ndcgAtK } from "./metrics.js";
import { dataLoss, evaluate, goldenSection, minimize, type QueryPairs } from "./train-optimize.js";
import { mulberry32 as prng } from "../util/prng.js";

export interface TrainingExample {
  /** Feature name -> value in [0, 1]. A feature of the task left out counts as 0. */
  features: Readonly<Record<string, number>>;
  /** Graded outcome: higher is better (hired 2, interviewed 1, otherwise 0). */
  gain: number;
  /** Candidate id, for diagnostics only. */
  id?: string;
}

/** The candidates of one ranking, in the order they were shown (ties keep this order). */
export type TrainingQuery = readonly TrainingExample[];

export interface TrainOptions {
  /** Model whose weights are the prior (regularization target) and whose bias is kept. Default: defaultModels[task]. */
  prior?: LinearModel;
  /** L2 strength toward the prior, in queries' worth of evidence. Default 10. */
  regularization?: number;
  /** Keep every weight >= 0. Default true. */
  nonNegative?: boolean;
  /** Pairs kept per query (a seeded sample beyond that). Default 500. */
  maxPairsPerQuery?: number;
  /** Seed of the pair sampling. Default 1. */
  seed?: number;
  /** Newton iterations at most. Default 100. */
  maxIterations?: number;
  /** Cut-off of the NDCG reported on the training queries. Default 10. */
  ndcgK?: number;
}

export const DEFAULT_TRAIN_OPTIONS = {
  regularization: 10,
  nonNegative: true,
  maxPairsPerQuery: 500,
  seed: 1,
  maxIterations: 100,
  ndcgK: 10,
} as const;

/** Scales tried for the prior: below 1 the prior says almost nothing, above 100 the loss is flat. */
const SCALE_RANGE = [1, 100] as const;

export interface TrainReport {
  task: RankTask;
  queries: number;
  /** Queries with at least one pair (some gain differs). */
  queriesWithPairs: number;
  pairs: number;
  /** The prior's fitted scale (see the module comment). */
  priorScale: number;
  regularization: number;
  /** Mean pairwise logistic loss per query with pairs, at the scaled prior and at the result. */
  lossBefore: number;
  lossAfter: number;
  /** Mean NDCG@ndcgK over training queries with a positive gain, prior vs result. */
  ndcgBefore: number;
  ndcgAfter: number;
  ndcgQueries: number;
  ndcgK: number;
  iterations: number;
  converged: boolean;
  /** True when every learned weight came out 0 and the prior was returned unchanged. */
  keptPrior: boolean;
}

export interface TrainResult {
  model: LinearModel;
  report: TrainReport;
}

function invalid(message: string, field: string, value: unknown, expected: string): never {
  throw new BestMatchError("INVALID_INPUT", message, { field, value, expected });
}

/** Feature vectors in the task's feature order, validated. */
function vectors(task: RankTask, query: TrainingQuery, q: number): Float64Array[] {
  const names: readonly string[] = TASK_FEATURES[task];
  return query.map((example, i) => {
    if (!Number.isFinite(example.gain)) invalid(`training query ${q}, example ${i}: gain must be a finite number`, "gain", example.gain, "a number");
    const v = new Float64Array(names.length);
    for (const [name, value] of Object.entries(example.features)) {
      const k = names.indexOf(name);
      if (k < 0) invalid(`training query ${q}, example ${i}: unknown feature "${name}" for "${task}"`, `features.${name}`, value, names.join(", "));
      if (!Number.isFinite(value)) invalid(`training query ${q}, example ${i}: feature value must be a finite number`, `features.${name}`, value, "a number in [0, 1]");
      v[k] = value;
    }
    return v;
  });
}

/** Every (better, worse) index pair of a query, or a seeded sample of `max` of them. */
function pairIndices(gains: readonly number[], max: number, random: () => number): Array<[number, number]> {
  const n = gains.length;
  // Pairs encoded as i * n + j in a typed array: a query of hundreds of candidates has tens of thousands.
  let count = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (gains[i] > gains[j]) count++;
  const all = new Int32Array(count);
  let p = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (gains[i] > gains[j]) all[p++] = i * n + j;
  const keep = Math.min(max, count);
  if (count > max) {
    for (let i = 0; i < max; i++) {
      const j = i + Math.floor(random() * (count - i));
      const t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
  }
  return Array.from(all.subarray(0, keep), (code): [number, number] => [Math.floor(code / n), code % n]);
}

function scores(xs: readonly Float64Array[], w: readonly number[]): number[] {
  return xs.map((x) => x.reduce((s, v, k) => s + v * w[k], 0));
}

/** NDCG@k of the order by score (ties keep the given order). */
function queryNdcg(xs: readonly Float64Array[], gains: readonly number[], w: readonly number[], k: number): number {
  const s = scores(xs, w);
  const order = xs.map((_, i) => i).sort((a, b) => s[b] - s[a] || a - b);
  return ndcgAtK(order.map(String), new Map(gains.map((g, i) => [String(i), Math.max(0, g)])), k);
}

export function trainModel(task: RankTask, examples: readonly TrainingQuery[], options: TrainOptions = {}): TrainResult {
  // Key by key, so an option given as undefined keeps its default.
  const opts = {
    regularization: options.regularization ?? DEFAULT_TRAIN_OPTIONS.regularization,
    nonNegative: options.nonNegative ?? DEFAULT_TRAIN_OPTIONS.nonNegative,
    maxPairsPerQuery: options.maxPairsPerQuery ?? DEFAULT_TRAIN_OPTIONS.maxPairsPerQuery,
    seed: options.seed ?? DEFAULT_TRAIN_OPTIONS.seed,
    maxIterations: options.maxIterations ?? DEFAULT_TRAIN_OPTIONS.maxIterations,
    ndcgK: options.ndcgK ?? DEFAULT_TRAIN_OPTIONS.ndcgK,
  };
  if (!(opts.regularization > 0)) invalid("regularization must be > 0", "regularization", opts.regularization, "a number > 0");
  if (!(Number.isInteger(opts.maxPairsPerQuery) && opts.maxPairsPerQuery >= 1)) invalid("maxPairsPerQuery must be an integer >= 1", "maxPairsPerQuery", opts.maxPairsPerQuery, "an integer >= 1");
  const prior = requireLinearModel(options.prior ?? defaultModels[task], task, "prior");
  const names: readonly string[] = TASK_FEATURES[task];
  const dim = names.length;
  const priorWeights = names.map((n) => prior.weights[n]);

  const random = prng(opts.seed);
  const queries = examples.map((query, q) => ({ xs: vectors(task, query, q), gains: query.map((e) => e.gain) }));
  const pairSets: QueryPairs[] = [];
  for (const { xs, gains } of queries) {
    const pairs = pairIndices(gains, opts.maxPairsPerQuery, random);
    if (pairs.length === 0) continue;
    const diffs = new Float64Array(pairs.length * dim);
    pairs.forEach(([i, j], p) => {
      for (let k = 0; k < dim; k++) diffs[p * dim + k] = xs[i][k] - xs[j][k];
    });
    pairSets.push({ diffs, count: pairs.length });
  }

  const scaleOf = (alpha: number) => priorWeights.map((w) => w * alpha);
  const priorScale = pairSets.length ? goldenSection((a) => dataLoss(pairSets, dim, scaleOf(a)), SCALE_RANGE[0], SCALE_RANGE[1], 30) : 1; // 30 steps: the scale to 1e-4, plenty for a prior
  const objective = { dim, queries: pairSets, prior: scaleOf(priorScale), lambda: opts.regularization };
  const before = evaluate(objective, objective.prior, false);
  const result = minimize(objective, objective.prior, { nonNegative: opts.nonNegative, maxIterations: opts.maxIterations, tolerance: 1e-9 });

  // Dividing by a negative sum would reverse the ranking: divide by the absolute values' sum.
  const total = result.w.reduce((a, b) => a + Math.abs(b), 0);
  const keptPrior = !(total > 1e-12);
  const weights = keptPrior ? priorWeights : result.w.map((w) => Math.round((w / total) * 1e6) / 1e6);
  const model = requireLinearModel({ version: MODEL_FORMAT_VERSION, bias: prior.bias, weights: Object.fromEntries(names.map((n, k) => [n, weights[k]])) }, task, "trained model");

  const judged = queries.filter((q) => q.gains.some((g) => g > 0));
  const perQuery = (loss: number) => (pairSets.length ? loss / pairSets.length : 0);
  return {
    model,
    report: {
      task,
      queries: examples.length,
      queriesWithPairs: pairSets.length,
      pairs: pairSets.reduce((s, q) => s + q.count, 0),
      priorScale,
      regularization: opts.regularization,
      lossBefore: perQuery(before.dataLoss),
      lossAfter: perQuery(result.evaluation.dataLoss),
      ndcgBefore: mean(judged.map((q) => queryNdcg(q.xs, q.gains, priorWeights, opts.ndcgK))),
      ndcgAfter: mean(judged.map((q) => queryNdcg(q.xs, q.gains, weights, opts.ndcgK))),
      ndcgQueries: judged.length,
      ndcgK: opts.ndcgK,
      iterations: result.iterations,
      converged: result.converged,
      keptPrior,
    },
  };
}

/** A report as lines of text (for scripts). */
export function describeTrainReport(r: TrainReport): string[] {
  return [
    `trained "${r.task}" on ${r.queries} queries (${r.queriesWithPairs} with pairs, ${r.pairs} pairs); prior scale ${r.priorScale.toFixed(2)}, regularization ${r.regularization}`,
    `  pairwise loss per query: ${r.lossBefore.toFixed(4)} -> ${r.lossAfter.toFixed(4)}; ${r.iterations} Newton steps${r.converged ? "" : " (not converged)"}${r.keptPrior ? "; no signal, prior kept" : ""}`,
    `  training NDCG@${r.ndcgK} over ${r.ndcgQueries} queries: ${r.ndcgBefore.toFixed(4)} -> ${r.ndcgAfter.toFixed(4)}`,
  ];
}
