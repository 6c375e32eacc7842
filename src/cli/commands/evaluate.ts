/**
 * `bestmatch evaluate`: ranks every query of a data folder (jobs, freelancers, reviews, proposals,
 * outcomes; the generator's or an importer's output) with bestmatch and the baselines, and prints
 * each metric with a 95% bootstrap interval and paired differences. See src/learn/eval-run.ts for
 * what a query is per task, and docs/evaluation.md for results.
 */
import { Option, type Command } from "commander";
import { ON_INVALID_CHOICES, type OnInvalid } from "../../io/rejection.js";
import type { EngineOptions } from "../../options.js";
import { readEvalFolder, type EvalFolder } from "../../learn/eval-market.js";
import { byQueryCsv, formatSummary } from "../../learn/eval-report.js";
import { EVAL_TASKS, type EvalTask } from "../../learn/eval-run.js";
import { evaluateFolder } from "../../learn/eval-session.js";
import { note, type CliIO } from "../cli-io.js";
import { integerArg, summary, withOutput } from "../common.js";
import { engineOptionsFromFiles } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { createProgress, type Progress } from "../progress.js";
import { basename } from "node:path";
import { collectSpecs, parseRerankSpec, SPEC_KEYS } from "../rerank-spec.js";

/** Options evaluate and train share. */
export interface StudyOptions {
  data: string;
  task: EvalTask;
  model?: string;
  taxonomy?: string;
  k: number;
  folds: number;
  seed: number;
  onInvalid: OnInvalid;
  json?: boolean;
  quiet?: boolean;
}

export function addStudyOptions(cmd: Command): Command {
  return cmd
    .requiredOption("--data <dir>", "data folder: freelancers.csv, jobs.csv, proposals.csv, outcomes.csv (reviews.csv, freelancer_snapshots.csv optional)")
    .addOption(new Option("--task <task>", "what is ranked: proposals of a job, freelancers for a job, or jobs for a freelancer").choices(EVAL_TASKS).makeOptionMandatory())
    .option("--model <file>", "model weights JSON for bestmatch (default: the built-in weights)")
    .option("--taxonomy <file>", "skill taxonomy JSON, replacing the default")
    .option("--k <n>", "cut-off of NDCG@k, P@k and recall@k", integerArg("--k", 1, 1000), 10)
    .option("--folds <n>", "cross-validation folds, split by query (0: no trained row)", integerArg("--folds", 0, 100), 5)
    .option("--seed <n>", "seed of random baselines, folds and bootstrap", integerArg("--seed", 0, 0xffffffff), 1)
    .addOption(new Option("--on-invalid <mode>", "a bad input row: fail (exit 65) or skip (counted on stderr)").choices(ON_INVALID_CHOICES).default("fail"))
    .option("--json", "print machine-readable JSON instead of the text report")
    .option("-q, --quiet", "no progress or notes on stderr");
}

export async function loadStudy(opts: StudyOptions, io: CliIO): Promise<{ folder: EvalFolder; engineOptions: Partial<EngineOptions> }> {
  if (opts.folds === 1) throw new UsageError("--folds must be 0 (no cross-validation) or at least 2");
  const engineOptions = await engineOptionsFromFiles({ model: opts.model, taxonomy: opts.taxonomy });
  const folder = await readEvalFolder(opts.data, { onInvalid: opts.onInvalid });
  // Skipped rows are always reported, even with --quiet: results on partial data must say so.
  for (const r of folder.data.rejected) note(io, `skipped ${r.rows} invalid row${r.rows === 1 ? "" : "s"} of ${r.file}, e.g. ${r.example}`);
  return { folder, engineOptions };
}

interface EvaluateOptions extends StudyOptions {
  byQuery?: string;
  resamples: number;
  trees: boolean;
  rerank?: string[];
}

export function registerEvaluate(program: Command, io: CliIO): void {
  const cmd = program.command("evaluate").description("measure ranking quality against outcomes: bestmatch vs baselines, with 95% bootstrap intervals");
  addStudyOptions(cmd)
    .option("--by-query <file>", "also write per-query metrics for every ranker to this CSV (atomic)")
    .option("--resamples <n>", "bootstrap resamples", integerArg("--resamples", 100, 100_000), 1000)
    .option("--no-trees", "leave out the cross-validated trees row (faster)")
    .option("--rerank <spec>", `freelancers: also evaluate bestmatch re-ranked with these settings, as its own row with exposure figures (repeatable); keys: ${SPEC_KEYS.join(", ")}`, collectSpecs)
    .addHelpText(
      "after",
      `
Queries: proposals = jobs with >= 2 proposals, one hired or interviewed and one not (grades hired 2,
interviewed 1); freelancers = jobs with outcomes (hired 3, interviewed 2, applied 1); jobs = freelancers
with an outcome on the latest 30% of jobs, everything before is known. With freelancer_snapshots.csv
(dated data, the Stack Exchange importer) every query sees only what was known at its time.
"bestmatch trained (CV)" learns weights on the other folds' outcomes (never the query's own job);
"bestmatch trained trees (CV)" does the same with LambdaMART trees (settings chosen inside each fold).

Examples:
  $ bestmatch evaluate --task proposals --data market/ --by-query per-query.csv
  $ bestmatch evaluate --task freelancers --data market/ --model trained.json --json > eval.json
  $ bestmatch evaluate --task freelancers --data market/ --folds 0 --rerank cap=39 --rerank diversity=0.7 --rerank newcomers=0.2`,
    )
    .action((opts: EvaluateOptions) => evaluate(opts, io));
}

async function evaluate(opts: EvaluateOptions, io: CliIO): Promise<void> {
  const started = Date.now();
  if (opts.rerank?.length && opts.task !== "freelancers") throw new UsageError("--rerank applies to --task freelancers");
  const { folder, engineOptions } = await loadStudy(opts, io);
  const progress = createProgress(io, Boolean(opts.quiet));
  let result;
  try {
    result = await evaluateFolder(folder, opts.task, {
      k: opts.k,
      folds: opts.folds,
      seed: opts.seed,
      resamples: opts.resamples,
      trees: opts.trees,
      engineOptions,
      name: opts.model === undefined ? "bestmatch default" : `bestmatch (${basename(opts.model)})`,
      rerank: opts.rerank?.map((spec) => ({ name: `bestmatch + ${spec}`, options: parseRerankSpec(spec) })),
      onProgress: progressOf(progress, `evaluating ${opts.task}`, opts.task === "jobs" ? "freelancers" : "jobs"),
    });
  } finally {
    progress.stop();
  }
  const { run, summary: s } = result;
  if (opts.byQuery !== undefined) await withOutput(opts.byQuery, io, (out) => out.write(byQueryCsv(run)));
  await withOutput("-", io, (out) => out.write(opts.json ? `${JSON.stringify({ data: opts.data, ...s, metrics: run.metrics }, jsonNumbers, 2)}\n` : formatSummary(s, run.metrics)));
  summary(io, opts.quiet, `evaluated ${s.queries} ${opts.task} queries in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

/** Starts the bar at the first report, when the total is known. */
export function progressOf(progress: Progress, label: string, unit: string): (done: number, total: number) => void {
  let started = false;
  return (done, total) => {
    if (!started) progress.start(label, total, unit);
    started = true;
    progress.update(done + 1);
  };
}

/** NaN is not JSON: null says "undefined for these queries". */
export function jsonNumbers(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}
