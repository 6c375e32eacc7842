/**
 * `bestmatch train`: learns a task's model from a data folder's outcomes (hired > interviewed >
 * applied > no outcome): `--learner linear` (default) by pairwise logistic regression with L2
 * regularization toward the starting weights (src/learn/train.ts), `--learner trees` by LambdaMART
 * gradient-boosted trees (src/learn/train-trees.ts). Reports k-fold cross-validated quality (split by
 * query: a job is never in both the training and the test part of a fold) next to the best single
 * baseline of `bestmatch evaluate`, and writes a --model file every command accepts.
 * Feature values are read off bestmatch's own rankings (contributions), so training never drifts
 * from scoring.
 */
import { Option, type Command } from "commander";
import { formatDifference, formatInterval } from "../../learn/eval-report.js";
import { trainOnFolder, trainTreesOnFolder, type BaselineComparison, type TrainingOutcome, type TreesTrainingOutcome } from "../../learn/eval-session.js";
import { describeSelection } from "../../learn/train-select.js";
import { writeModelFile } from "../../learn/train-data.js";
import { toXgboostDump } from "../../learn/trees/xgboost.js";
import type { CliIO } from "../cli-io.js";
import { summary, withOutput } from "../common.js";
import { UsageError } from "../exit-codes.js";
import { createProgress } from "../progress.js";
import { addStudyOptions, jsonNumbers, loadStudy, progressOf, type StudyOptions } from "./evaluate.js";

export const LEARNERS = ["linear", "trees"] as const;

interface TrainOptions extends StudyOptions {
  out: string;
  learner: (typeof LEARNERS)[number];
  xgboostOut?: string;
}

export function registerTrain(program: Command, io: CliIO): void {
  const cmd = program.command("train").description("learn a task's model from outcomes; write a --model file and a cross-validated report");
  addStudyOptions(cmd)
    .requiredOption("-o, --out <file>", "model file to write (atomic), usable as --model by every command")
    .addOption(new Option("--learner <learner>", "linear weights, or LambdaMART gradient-boosted trees").choices(LEARNERS).default("linear"))
    .option("--xgboost-out <file>", "trees: also write the model as an XGBoost JSON dump (Elasticsearch/OpenSearch LTR model/xgboost+json, Vespa)")
    .addHelpText(
      "after",
      `
linear: --model gives the starting weights (the prior the regularization pulls toward); default:
built-in. The report lists each feature's weight (starting, trained, range over folds).
trees: learning rate, leaves and depth are chosen on the latest training queries, the number of
trees by early stopping there; the report lists each feature's importance (mean |contribution|
over held-out items). Tree models explain by exact TreeSHAP contributions.
Both report cross-validated NDCG@k and MRR (95% bootstrap intervals) of bestmatch as given vs the
trained model, and the trained model against the best single baseline of bestmatch evaluate.

Examples:
  $ bestmatch train --task proposals --data market/ --out proposals-model.json
  $ bestmatch train --task freelancers --data market/ --learner trees --out freelancers-trees.json --xgboost-out ltr.json
  $ bestmatch proposals --jobs jobs.csv --proposals proposals.csv --freelancers f.csv --model proposals-model.json`,
    )
    .action((opts: TrainOptions) => train(opts, io));
}

function formatCv(cv: TrainingOutcome["cv"], start: string): string[] {
  const lines = ["cross-validated on held-out queries (mean [95% CI]):"];
  for (const [metric, m] of Object.entries(cv)) {
    lines.push(`  ${metric.padEnd(8)} ${start} ${formatInterval(m.prior)}  trained ${formatInterval(m.trained)}  trained - ${start} ${formatDifference(m.difference)}`);
  }
  return lines;
}

function formatBaseline(b: BaselineComparison): string[] {
  if (!b.ranker) return [];
  const verdict = b.beats ? "beats it" : "does NOT beat it";
  return [`best single baseline on ${b.metric}: ${b.ranker} ${formatInterval(b.value!)}; trained - baseline ${formatDifference(b.difference!)}: ${verdict}`];
}

/** The plain statement when the trained model does not beat the best baseline (stderr unless --quiet; --json has beatsBestBaseline). */
export function baselineWarning(b: BaselineComparison): string | undefined {
  if (b.beats || !b.ranker) return undefined;
  return `the trained model does not beat the best single baseline on the validation folds: ${b.metric} trained - "${b.ranker}" = ${formatDifference(b.difference!)}; consider ranking by that baseline or adding features`;
}

export function formatTreesTraining(t: TreesTrainingOutcome): string {
  const lines = [`trained trees for "${t.task}" on ${t.queries} queries; ${t.folds}-fold cross-validation split by query`];
  const c = t.selection.chosen;
  lines.push(`final model: ${t.model.trees.length} trees, learning rate ${c.learningRate}, up to ${c.maxLeaves} leaves (depth ${c.maxDepth}), ${c.minDataInLeaf}+ items per leaf`);
  lines.push(`  chosen on the latest ${t.selection.validationQueries} queries (fit on ${t.selection.trainQueries}); NDCG@10 by setting: ${t.selection.validation.map((v) => `${v.maxLeaves} leaves/lr ${v.learningRate}: ${Number.isNaN(v.ndcg) ? "n/a" : v.ndcg.toFixed(4)} (${v.trees} trees)`).join(", ")}`);
  lines.push(`${"feature".padEnd(20)} importance (mean |contribution| over held-out items)`);
  for (const i of t.importance) lines.push(`${i.feature.padEnd(20)} ${i.meanAbsContribution.toFixed(4)}`);
  lines.push(...formatCv(t.cv, "start"), ...formatBaseline(t.baseline));
  return `${lines.join("\n")}\n`;
}

export function formatTraining(t: TrainingOutcome): string {
  const lines = [`trained "${t.task}" on ${t.queries} queries; ${t.folds}-fold cross-validation split by query`];
  lines.push(`${"feature".padEnd(20)} ${"start".padStart(7)} ${"trained".padStart(8)}  folds (mean, min-max)`);
  for (const w of t.weights) {
    lines.push(`${w.feature.padEnd(20)} ${w.prior.toFixed(3).padStart(7)} ${w.trained.toFixed(3).padStart(8)}  ${w.foldMean.toFixed(3)} (${w.foldMin.toFixed(3)}-${w.foldMax.toFixed(3)})`);
  }
  lines.push(...formatCv(t.cv, "start"), ...formatBaseline(t.baseline));
  lines.push(`final model: ${describeSelection(t.selection)}`);
  lines.push(`  pairwise loss per query ${t.report.lossBefore.toFixed(4)} -> ${t.report.lossAfter.toFixed(4)} (${t.report.pairs} pairs, ${t.report.iterations} Newton steps${t.report.converged ? "" : ", not converged"})`);
  return `${lines.join("\n")}\n`;
}

async function train(opts: TrainOptions, io: CliIO): Promise<void> {
  const started = Date.now();
  if (opts.folds < 2) throw new UsageError("train reports cross-validated quality: --folds must be at least 2");
  if (opts.xgboostOut !== undefined && opts.learner !== "trees") throw new UsageError("--xgboost-out needs --learner trees");
  const { folder, engineOptions } = await loadStudy(opts, io);
  const progress = createProgress(io, Boolean(opts.quiet));
  const session = {
    k: opts.k,
    folds: opts.folds,
    seed: opts.seed,
    engineOptions,
    onProgress: progressOf(progress, `reading features (${opts.task})`, opts.task === "jobs" ? "freelancers" : "jobs"),
  };
  let outcome: TrainingOutcome | TreesTrainingOutcome;
  try {
    outcome = opts.learner === "trees" ? await trainTreesOnFolder(folder, opts.task, session) : await trainOnFolder(folder, opts.task, session);
  } finally {
    progress.stop();
  }
  await writeModelFile(opts.out, opts.task, outcome.model);
  if (opts.xgboostOut !== undefined && outcome.model.type === "trees") {
    const dump = toXgboostDump(outcome.model);
    await withOutput(opts.xgboostOut, io, (out) => out.write(`${JSON.stringify(dump, null, 2)}\n`));
  }
  const { task, model, cv, queries, folds, baseline } = outcome;
  const beatsBestBaseline = baseline.beats;
  const details = "weights" in outcome ? { weights: outcome.weights, selection: outcome.selection } : { importance: outcome.importance, selection: outcome.selection, foldSelections: outcome.foldSelections };
  await withOutput("-", io, (out) =>
    out.write(
      opts.json
        ? `${JSON.stringify({ data: opts.data, task, learner: opts.learner, queries, folds, model, ...details, crossValidated: cv, bestBaseline: baseline, beatsBestBaseline, out: opts.out }, jsonNumbers, 2)}\n`
        : "weights" in outcome
          ? formatTraining(outcome)
          : formatTreesTraining(outcome),
    ),
  );
  const warning = baselineWarning(baseline);
  if (warning) summary(io, opts.quiet, warning);
  summary(io, opts.quiet, `wrote ${opts.out} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
