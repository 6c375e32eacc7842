/**
 * What `bestmatch evaluate` and `bestmatch train` share: read a folder, run one task's evaluation
 * pass (bestmatch with the given model, plus the baselines), cross-validate trained weights on the
 * same logged features, and summarize. Kept out of the CLI so scripts and tests call it directly.
 */
import { BestMatchError } from "../errors.js";
import type { EngineOptions } from "../options.js";
import { defaultModels, isTreesModel, type LinearModel } from "../rank/model.js";
import { bootstrapMean, pairedBootstrap, type Interval } from "./bootstrap.js";
import { crossValidate, DEFAULT_FOLDS, type CrossValidation } from "./eval-cv.js";
import type { EvalFolder } from "./eval-market.js";
import { headlineMetric, summarize, TRAINED_CV, TRAINED_TREES_CV, withCrossValidated, type EvalSummary } from "./eval-report.js";
import { crossValidateTrees, trainTreesWithSelection, type TreesCrossValidation, type TreesSelection } from "./train-trees.js";
import type { BoostReport } from "./trees/booster.js";
import type { TreesModel } from "../rank/model.js";
import { runEvaluation, type EvalOptions, type EvalRun, type EvalTask } from "./eval-run.js";
import { trainWithSelection, type Selection } from "./train-select.js";
import type { TrainReport } from "./train.js";

export interface SessionOptions extends Omit<EvalOptions, "engineOptions"> {
  engineOptions?: Partial<EngineOptions>;
  /** Cross-validation folds; 0 = no trained row. Default 5. */
  folds?: number;
  /** Bootstrap resamples. Default 1000. */
  resamples?: number;
  /** Also cross-validate a trees model (the "bestmatch trained trees (CV)" row). Default true. */
  trees?: boolean;
}

export interface Evaluation {
  run: EvalRun;
  summary: EvalSummary;
  cv?: CrossValidation;
  treesCv?: TreesCrossValidation;
}

/**
 * Training settings for evaluation and the CLI: a coarser regularization grid and fewer sampled pairs
 * per query than the library defaults, since cross-validation trains (grid + 1) x folds models; with
 * hundreds of queries, 200 pairs each still pin a dozen weights down.
 */
export const SESSION_TRAINING = { grid: [0.1, 1, 10, 100], maxPairsPerQuery: 200 } as const;

/** The linear learner's prior: the engine's model for the task when linear, else the default weights. */
function priorOf(task: EvalTask, engineOptions: Partial<EngineOptions> | undefined): LinearModel {
  const given = engineOptions?.model?.[task];
  return given && !isTreesModel(given) ? given : defaultModels[task];
}

export async function evaluateFolder(folder: EvalFolder, task: EvalTask, options: SessionOptions = {}): Promise<Evaluation> {
  const base = await runEvaluation(folder, task, options);
  if (base.queries.length === 0) {
    throw new BestMatchError("INVALID_INPUT", `no usable queries for "${task}": nothing to measure (${base.note})`, {
      file: folder.dir,
      expected: "outcomes.csv with hired/interviewed/applied rows",
    });
  }
  const folds = options.folds ?? DEFAULT_FOLDS;
  const cv = folds >= 2 && base.queries.length >= folds ? crossValidate(task, base.queries, { ...SESSION_TRAINING, folds, foldSeed: options.seed, prior: priorOf(task, options.engineOptions) }) : undefined;
  const treesCv = cv && options.trees !== false ? crossValidateTrees(task, base.queries, { folds, foldSeed: options.seed }) : undefined;
  const withLinear = cv ? withCrossValidated(base, cv) : base;
  const run = treesCv ? withCrossValidated(withLinear, treesCv, TRAINED_TREES_CV) : withLinear;
  return { run, cv, treesCv, summary: summarize(run, { resamples: options.resamples, seed: options.seed }) };
}

export interface FeatureWeight {
  feature: string;
  prior: number;
  trained: number;
  /** Mean and range of the weight over the cross-validation folds. */
  foldMean: number;
  foldMin: number;
  foldMax: number;
}

export interface TrainingOutcome {
  task: EvalTask;
  model: LinearModel;
  report: TrainReport;
  selection: Selection;
  weights: FeatureWeight[];
  folds: number;
  queries: number;
  /** Cross-validated test metrics: prior weights vs trained weights, and trained minus prior (paired). */
  cv: Record<string, { prior: Interval; trained: Interval; difference: Interval }>;
  baseline: BaselineComparison;
}

/** The trained model's cross-validated headline metric against the best single baseline of `bestmatch evaluate`. */
export interface BaselineComparison {
  /** MRR for proposals, NDCG@k otherwise. */
  metric: string;
  /** The baseline with the best mean (undefined when there are none). */
  ranker?: string;
  value?: Interval;
  /** Trained minus baseline, paired over queries. */
  difference?: Interval;
  /** True when the trained model's mean is above the baseline's on the held-out folds. */
  beats: boolean;
}

function compareWithBaselines(run: EvalRun, trained: string, boot: { resamples?: number; seed?: number }): BaselineComparison {
  const metric = headlineMetric(run.task, run.k);
  const column = (ranker: string) => run.queries.map((q) => q.values.get(ranker)?.[metric] ?? NaN);
  const baselines = run.rankers.slice(1).filter((r) => r !== TRAINED_CV && r !== TRAINED_TREES_CV);
  if (baselines.length === 0) return { metric, beats: true };
  const means = baselines.map((r) => bootstrapMean(column(r), boot));
  const best = means.reduce((b, m, i) => (m.mean > means[b].mean ? i : b), 0);
  const difference = pairedBootstrap(column(trained), column(baselines[best]), boot);
  return { metric, ranker: baselines[best], value: means[best], difference, beats: difference.mean > 0 };
}

/** Cross-validated metrics of `trained` against the reference (first) ranker, as TrainingOutcome.cv. */
function cvMetricsOf(run: EvalRun, trained: string, boot: { resamples?: number; seed?: number }): TrainingOutcome["cv"] {
  const column = (ranker: string, metric: string) => run.queries.map((q) => q.values.get(ranker)?.[metric] ?? NaN);
  const reference = run.rankers[0];
  return Object.fromEntries(
    [`NDCG@${run.k}`, "MRR"].map((m) => [
      m,
      { prior: bootstrapMean(column(reference, m), boot), trained: bootstrapMean(column(trained, m), boot), difference: pairedBootstrap(column(trained, m), column(reference, m), boot) },
    ]),
  );
}

async function trainingRun(folder: EvalFolder, task: EvalTask, options: SessionOptions): Promise<EvalRun> {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const run = await runEvaluation(folder, task, options);
  if (run.queries.length < Math.max(2, folds)) {
    throw new BestMatchError("INVALID_INPUT", `only ${run.queries.length} usable queries for "${task}": training needs at least ${Math.max(2, folds)} (${run.note})`, {
      file: folder.dir,
      expected: "outcomes.csv with hired/interviewed/applied rows for enough jobs",
    });
  }
  return run;
}

/** Evaluation pass (bestmatch and the baselines), k-fold CV report against both, then the final model on every query. */
export async function trainOnFolder(folder: EvalFolder, task: EvalTask, options: SessionOptions = {}): Promise<TrainingOutcome> {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const run = await trainingRun(folder, task, options);
  const prior = priorOf(task, options.engineOptions);
  const cv = crossValidate(task, run.queries, { ...SESSION_TRAINING, folds, foldSeed: options.seed, prior });
  const withCv = withCrossValidated(run, cv);
  const { model, report, selection } = trainWithSelection(task, run.queries.map((q) => q.examples), { ...SESSION_TRAINING, prior });
  const boot = { resamples: options.resamples, seed: options.seed };
  const cvMetrics = cvMetricsOf(withCv, TRAINED_CV, boot);
  const weights = Object.keys(model.weights).map((feature) => {
    const perFold = cv.models.map((f) => f.model.weights[feature] ?? 0);
    return {
      feature,
      prior: prior.weights[feature] ?? 0,
      trained: model.weights[feature],
      foldMean: perFold.reduce((a, b) => a + b, 0) / perFold.length,
      foldMin: Math.min(...perFold),
      foldMax: Math.max(...perFold),
    };
  });
  return { task, model, report, selection, weights, folds, queries: run.queries.length, cv: cvMetrics, baseline: compareWithBaselines(withCv, TRAINED_CV, boot) };
}

export interface TreesTrainingOutcome {
  task: EvalTask;
  model: TreesModel;
  report: BoostReport;
  selection: TreesSelection;
  /** Mean |TreeSHAP contribution| per feature over held-out items (see crossValidateTrees), largest first. */
  importance: TreesCrossValidation["importance"];
  /** Settings each fold chose. */
  foldSelections: TreesSelection["chosen"][];
  folds: number;
  queries: number;
  /** Cross-validated test metrics: bestmatch with the engine's model vs trained trees. */
  cv: TrainingOutcome["cv"];
  baseline: BaselineComparison;
}

/** As trainOnFolder, for a trees model: CV (hyperparameters chosen inside each fold), importance, then the final model. */
export async function trainTreesOnFolder(folder: EvalFolder, task: EvalTask, options: SessionOptions = {}): Promise<TreesTrainingOutcome> {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const run = await trainingRun(folder, task, options);
  const cv = crossValidateTrees(task, run.queries, { folds, foldSeed: options.seed });
  const withCv = withCrossValidated(run, cv, TRAINED_TREES_CV);
  const { model, report, selection } = trainTreesWithSelection(task, run.queries.map((q) => q.examples));
  const boot = { resamples: options.resamples, seed: options.seed };
  return {
    task,
    model,
    report,
    selection,
    importance: cv.importance,
    foldSelections: cv.models.map((m) => m.selection.chosen),
    folds,
    queries: run.queries.length,
    cv: cvMetricsOf(withCv, TRAINED_TREES_CV, boot),
    baseline: compareWithBaselines(withCv, TRAINED_TREES_CV, boot),
  };
}
