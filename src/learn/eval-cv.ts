/**
 * k-fold cross-validation split by query: each query (a job, or a freelancer for job
 * recommendations) is in exactly one test fold, so no job's outcomes are ever used to train the
 * model that is tested on it. Each fold trains on the other folds (regularization chosen inside the
 * training part, src/learn/train-select.ts) and reorders its test queries' candidates by the fold's
 * weights, exactly as an engine with those weights would (score desc, then id).
 */
import type { LinearModel, RankTask } from "../rank/model.js";
import type { QueryResult } from "./eval-run.js";
import { mulberry32 } from "../util/prng.js";
import type { TrainingExample, TrainOptions, TrainReport } from "./train.js";
import { trainWithSelection, type SelectionOptions } from "./train-select.js";

/** Fold index (0..folds-1) per query, balanced: a seeded shuffle dealt round-robin. */
export function kFoldByQuery(count: number, folds: number, seed = 1): number[] {
  if (!(Number.isInteger(folds) && folds >= 2)) throw new RangeError(`folds must be an integer >= 2 (got ${folds})`);
  const order = Array.from({ length: count }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const fold = new Array<number>(count);
  order.forEach((q, n) => (fold[q] = n % folds));
  return fold;
}

/** Candidate ids ordered by `model` (score desc, then id), from logged feature values. */
export function orderExamples(examples: readonly TrainingExample[], model: LinearModel): string[] {
  const score = (e: TrainingExample) => {
    let s = 0;
    for (const [f, v] of Object.entries(e.features)) s += (model.weights[f] ?? 0) * v;
    return s + model.bias;
  };
  return examples
    .map((e) => ({ id: e.id as string, s: score(e) }))
    .sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((x) => x.id);
}

export interface CrossValidation {
  folds: number;
  /** Fold of each query, in query order. */
  foldOf: number[];
  /** Per fold: the model and its training report. */
  models: Array<{ model: LinearModel; report: TrainReport; regularization: number; trainQueries: number; testQueries: number }>;
  /** Test ordering of each query by its fold's model, in query order. */
  orderings: string[][];
}

export interface CrossValidateOptions extends TrainOptions, SelectionOptions {
  folds?: number;
  /** Seed of the fold assignment. Default 1. */
  foldSeed?: number;
}

export const DEFAULT_FOLDS = 5;

export function crossValidate(task: RankTask, queries: readonly QueryResult[], options: CrossValidateOptions = {}): CrossValidation {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const foldOf = kFoldByQuery(queries.length, folds, options.foldSeed ?? 1);
  const orderings: string[][] = new Array(queries.length);
  const models: CrossValidation["models"] = [];
  for (let f = 0; f < folds; f++) {
    // Query order is time order (or id order): selection validates on the latest training queries.
    const train = queries.filter((_, i) => foldOf[i] !== f).map((q) => q.examples);
    const { model, report, selection } = trainWithSelection(task, train, options);
    const test = queries.flatMap((_, i) => (foldOf[i] === f ? [i] : []));
    for (const i of test) orderings[i] = orderExamples(queries[i].examples, model);
    models.push({ model, report, regularization: selection.regularization, trainQueries: train.length, testQueries: test.length });
  }
  return { folds, foldOf, models, orderings };
}
