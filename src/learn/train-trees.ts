/**
 * Training tree models from the same training queries the linear learner uses (feature values read
 * off rankings, graded gains), with hyperparameters chosen on time: every grid point is boosted on
 * the earlier queries with early stopping on the latest ones (booster.ts), the best validation NDCG
 * wins (ties: the earlier, simpler grid point), and the final model is boosted on all the queries
 * with that point and its best number of trees.
 *
 * Also k-fold cross-validation split by query (as eval-cv.ts does for linear weights: selection runs
 * inside each fold's training part) and feature importance: the mean |TreeSHAP contribution| of
 * each feature over held-out items.
 */
import { TASK_FEATURES, type RankTask, type TreesModel } from "../rank/model.js";
import { boost, type BoosterOptions, type BoostQuery, type BoostReport } from "./trees/booster.js";
import { compileTrees, predictTrees } from "./trees/trees-model.js";
import { shapValues } from "./trees/tree-shap.js";
import { kFoldByQuery, DEFAULT_FOLDS } from "./eval-cv.js";
import type { QueryResult } from "./eval-run.js";
import type { TrainingExample, TrainingQuery } from "./train.js";

/** One hyperparameter setting tried; the number of trees comes from early stopping. */
export interface TreesGridPoint {
  learningRate: number;
  maxLeaves: number;
  maxDepth: number;
  minDataInLeaf: number;
}

/**
 * Default grid: small trees, since LambdaMART on a few hundred queries overfits fast. Chosen on the
 * cardano Stack Exchange site, freelancers task (docs/evaluation.md), and reported on the ai site:
 * on the latest 20% of queries 4 and 8 leaves validated best (NDCG@10 0.379, 0.378), 16 leaves
 * 0.368, 31 leaves 0.362; in 5-fold CV, 16 leaves was never chosen, and early stopping after 20
 * rounds stopped too soon (CV NDCG@10 0.333 vs 0.392 after 50). Learning rate 0.2 with 30 rounds
 * of patience gave 0.391 in 40% of the time of 0.1 with 50, so that is the default.
 */
export const DEFAULT_TREES_GRID: readonly TreesGridPoint[] = [
  { learningRate: 0.2, maxLeaves: 4, maxDepth: 2, minDataInLeaf: 20 },
  { learningRate: 0.2, maxLeaves: 8, maxDepth: 3, minDataInLeaf: 20 },
];

export interface TreesTrainOptions extends BoosterOptions {
  /** Settings tried. Default DEFAULT_TREES_GRID. */
  grid?: readonly TreesGridPoint[];
}

export interface TreesSelection {
  chosen: TreesGridPoint & { trees: number };
  /** Validation NDCG and best tree count per grid point, in grid order. */
  validation: Array<TreesGridPoint & { ndcg: number; trees: number }>;
  trainQueries: number;
  validationQueries: number;
}

export interface TreesTrainResult {
  model: TreesModel;
  report: BoostReport;
  selection: TreesSelection;
}

/** Training queries as booster input: rows in the task's feature order (a feature left out counts as 0). */
export function boostQueries(task: RankTask, queries: readonly TrainingQuery[]): BoostQuery[] {
  const names: readonly string[] = TASK_FEATURES[task];
  return queries.map((q) => {
    const x = new Float64Array(q.length * names.length);
    q.forEach((e, i) => names.forEach((n, f) => (x[i * names.length + f] = e.features[n] ?? 0)));
    return { x, labels: Float64Array.from(q, (e) => Math.max(0, e.gain)) };
  });
}

export function trainTreesWithSelection(task: RankTask, queries: readonly TrainingQuery[], options: TreesTrainOptions = {}): TreesTrainResult {
  const { grid = DEFAULT_TREES_GRID, ...booster } = options;
  const data = boostQueries(task, queries);
  const features = [...TASK_FEATURES[task]];
  let validationQueries = 0;
  let trainQueries = data.length;
  const validation = grid.map((point) => {
    const { report } = boost(data, features, { ...booster, ...point });
    validationQueries = report.validationQueries;
    trainQueries = report.trainQueries;
    return { ...point, ndcg: report.validationNdcg, trees: report.trees };
  });
  const best = validation.reduce((a, b) => (b.ndcg > a.ndcg || Number.isNaN(a.ndcg) ? b : a));
  const chosen = { learningRate: best.learningRate, maxLeaves: best.maxLeaves, maxDepth: best.maxDepth, minDataInLeaf: best.minDataInLeaf, trees: Math.max(1, best.trees) };
  // Without a usable validation part, booster options decide the tree count.
  const final = Number.isNaN(best.ndcg)
    ? boost(data, features, { ...booster, ...chosen, validationShare: 0 })
    : boost(data, features, { ...booster, ...chosen, maxTrees: chosen.trees, validationShare: 0 });
  return { model: final.model, report: final.report, selection: { chosen, validation, trainQueries, validationQueries } };
}

/** Candidate ids ordered by a trees model (score desc, then id), from logged feature values. */
export function orderByTrees(task: RankTask, examples: readonly TrainingExample[], model: TreesModel): string[] {
  const compiled = compileTrees(model);
  const [q] = boostQueries(task, [examples]);
  const width = TASK_FEATURES[task].length;
  const index = new Map(compiled.features.map((f, i) => [f, (TASK_FEATURES[task] as readonly string[]).indexOf(f)]));
  const x = new Float64Array(compiled.features.length);
  return examples
    .map((e, i) => {
      compiled.features.forEach((f, k) => (x[k] = q.x[i * width + (index.get(f) as number)]));
      return { id: e.id as string, s: predictTrees(compiled, x) };
    })
    .sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => r.id);
}

/** Items per held-out query whose contributions count toward importance: the top of the fold model's order (what a page shows). */
export const IMPORTANCE_TOP = 20;

export interface TreesCrossValidation {
  folds: number;
  foldOf: number[];
  models: Array<{ model: TreesModel; selection: TreesSelection; trainQueries: number; testQueries: number }>;
  orderings: string[][];
  /** Mean |contribution| per feature over the top IMPORTANCE_TOP held-out items of every test query, largest first. */
  importance: Array<{ feature: string; meanAbsContribution: number }>;
}

export function crossValidateTrees(task: RankTask, queries: readonly QueryResult[], options: TreesTrainOptions & { folds?: number; foldSeed?: number } = {}): TreesCrossValidation {
  const { folds = DEFAULT_FOLDS, foldSeed = 1, ...train } = options;
  const foldOf = kFoldByQuery(queries.length, folds, foldSeed);
  const orderings: string[][] = new Array(queries.length);
  const models: TreesCrossValidation["models"] = [];
  const names = TASK_FEATURES[task] as readonly string[];
  const sums = new Float64Array(names.length);
  let items = 0;
  for (let f = 0; f < folds; f++) {
    const trainQueries = queries.filter((_, i) => foldOf[i] !== f).map((q) => q.examples);
    const { model, selection } = trainTreesWithSelection(task, trainQueries, train);
    const compiled = compileTrees(model);
    const test = queries.flatMap((_, i) => (foldOf[i] === f ? [i] : []));
    for (const i of test) {
      orderings[i] = orderByTrees(task, queries[i].examples, model);
      const byId = new Map(queries[i].examples.map((e) => [e.id, e]));
      for (const id of orderings[i].slice(0, IMPORTANCE_TOP)) {
        const e = byId.get(id)!;
        const phi = shapValues(compiled, compiled.features.map((name) => e.features[name] ?? 0));
        compiled.features.forEach((name, k) => (sums[names.indexOf(name)] += Math.abs(phi[k])));
        items++;
      }
    }
    models.push({ model, selection, trainQueries: trainQueries.length, testQueries: test.length });
  }
  const importance = names.map((feature, k) => ({ feature, meanAbsContribution: items ? sums[k] / items : 0 })).sort((a, b) => b.meanAbsContribution - a.meanAbsContribution || (a.feature < b.feature ? -1 : 1));
  return { folds, foldOf, models, orderings, importance };
}
