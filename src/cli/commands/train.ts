/**
 * `bestmatch train`: learns a task's weights from a data folder's outcomes (hired > interviewed >
 * applied > no outcome) by pairwise logistic regression with L2 regularization toward the starting
 * weights (src/learn/train.ts), reports k-fold cross-validated quality (split by query: a job is never
 * in both the training and the test part of a fold), and writes a --model file every command accepts.
 * Feature values are read off bestmatch's own rankings (contributions), so training never drifts
 * from scoring.
 */
import type { Command } from "commander";
import { formatDifference, formatInterval } from "../../learn/eval-report.js";
import { trainOnFolder, type TrainingOutcome } from "../../learn/eval-session.js";
import { describeSelection } from "../../learn/train-select.js";
import { writeModelFile } from "../../learn/train-data.js";
import type { CliIO } from "../cli-io.js";
import { summary, withOutput } from "../common.js";
import { UsageError } from "../exit-codes.js";
import { createProgress } from "../progress.js";
import { addStudyOptions, jsonNumbers, loadStudy, progressOf, type StudyOptions } from "./evaluate.js";

interface TrainOptions extends StudyOptions {
  out: string;
}

export function registerTrain(program: Command, io: CliIO): void {
  const cmd = program.command("train").description("learn a task's weights from outcomes; write a --model file and a cross-validated report");
  addStudyOptions(cmd)
    .requiredOption("-o, --out <file>", "model file to write (atomic), usable as --model by every command")
    .addHelpText(
      "after",
      `
--model gives the starting weights (the prior the regularization pulls toward); default: built-in.
The report lists each feature's weight (starting, trained, range over folds) and cross-validated
NDCG@k and MRR of the starting vs trained weights, with 95% bootstrap intervals.

Examples:
  $ bestmatch train --task proposals --data market/ --out proposals-model.json
  $ bestmatch proposals --jobs jobs.csv --proposals proposals.csv --freelancers f.csv --model proposals-model.json`,
    )
    .action((opts: TrainOptions) => train(opts, io));
}

export function formatTraining(t: TrainingOutcome): string {
  const lines = [`trained "${t.task}" on ${t.queries} queries; ${t.folds}-fold cross-validation split by query`];
  lines.push(`${"feature".padEnd(20)} ${"start".padStart(7)} ${"trained".padStart(8)}  folds (mean, min-max)`);
  for (const w of t.weights) {
    lines.push(`${w.feature.padEnd(20)} ${w.prior.toFixed(3).padStart(7)} ${w.trained.toFixed(3).padStart(8)}  ${w.foldMean.toFixed(3)} (${w.foldMin.toFixed(3)}-${w.foldMax.toFixed(3)})`);
  }
  lines.push("cross-validated on held-out queries (mean [95% CI]):");
  for (const [metric, m] of Object.entries(t.cv)) {
    lines.push(`  ${metric.padEnd(8)} start ${formatInterval(m.prior)}  trained ${formatInterval(m.trained)}  trained - start ${formatDifference(m.difference)}`);
  }
  lines.push(`final model: ${describeSelection(t.selection)}`);
  lines.push(`  pairwise loss per query ${t.report.lossBefore.toFixed(4)} -> ${t.report.lossAfter.toFixed(4)} (${t.report.pairs} pairs, ${t.report.iterations} Newton steps${t.report.converged ? "" : ", not converged"})`);
  return `${lines.join("\n")}\n`;
}

async function train(opts: TrainOptions, io: CliIO): Promise<void> {
  const started = Date.now();
  if (opts.folds < 2) throw new UsageError("train reports cross-validated quality: --folds must be at least 2");
  const { folder, engineOptions } = await loadStudy(opts, io);
  const progress = createProgress(io, Boolean(opts.quiet));
  let outcome: TrainingOutcome;
  try {
    outcome = await trainOnFolder(folder, opts.task, {
      k: opts.k,
      folds: opts.folds,
      seed: opts.seed,
      engineOptions,
      onProgress: progressOf(progress, `reading features (${opts.task})`, opts.task === "jobs" ? "freelancers" : "jobs"),
    });
  } finally {
    progress.stop();
  }
  await writeModelFile(opts.out, opts.task, outcome.model);
  const { task, model, weights, cv, queries, folds, selection } = outcome;
  await withOutput("-", io, (out) =>
    out.write(opts.json ? `${JSON.stringify({ data: opts.data, task, queries, folds, model, weights, crossValidated: cv, selection, out: opts.out }, jsonNumbers, 2)}\n` : formatTraining(outcome)),
  );
  summary(io, opts.quiet, `wrote ${opts.out} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
