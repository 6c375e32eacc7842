/** `bestmatch recommend`: jobs for each freelancer. */
import type { Command } from "commander";
import { createEngine } from "../../engine.js";
import type { CliIO } from "../cli-io.js";
import { addEngineFileOptions, addOutputOptions, addPolicyOptions, addWorkerOption, createPolicy, rate, reportRejects, summary, withOutput, type OutputOptions, type PolicyOptions } from "../common.js";
import { MODEL_FILE_HELP, engineOptionsFromFiles } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { runBatch } from "../batch.js";
import { loadInputs } from "../inputs.js";
import { createProgress } from "../progress.js";

interface RecommendOptions extends PolicyOptions, OutputOptions {
  freelancers: string;
  jobs: string;
  reviews?: string;
  proposals?: string;
  freelancer?: string;
  top: number;
  workers: number;
  model?: string;
  taxonomy?: string;
}

export function registerRecommend(program: Command, io: CliIO): void {
  const cmd = program
    .command("recommend")
    .description("recommend jobs to each freelancer")
    .requiredOption("--freelancers <file>", "freelancers CSV")
    .requiredOption("--jobs <file>", "jobs CSV")
    .option("--reviews <file>", "reviews CSV")
    .option("--proposals <file>", "proposals CSV (for how much competition each job has)")
    .option("--freelancer <id>", "only this freelancer");
  addOutputOptions(cmd);
  addWorkerOption(cmd, io.cpus);
  addEngineFileOptions(cmd);
  addPolicyOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Output columns (csv): freelancer_id, rank, job_id, score, matched_skills, missing_skills, reasons
  and, with --explain, contributions (JSON).

Examples:
  $ bestmatch recommend --freelancers freelancers.csv --jobs jobs.csv --top 5 -o recommendations.csv
  $ bestmatch recommend --freelancers freelancers.csv --jobs jobs.csv --freelancer f7 --format table

${MODEL_FILE_HELP}`,
  );
  cmd.action((opts: RecommendOptions) => recommend(opts, io));
}

async function recommend(opts: RecommendOptions, io: CliIO): Promise<void> {
  const policy = createPolicy(opts);
  const progress = createProgress(io, Boolean(opts.quiet));
  const engineOptions = await engineOptionsFromFiles(opts);
  const inputs = await loadInputs(
    { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews, proposals: opts.proposals },
    { io, policy, progress, quiet: Boolean(opts.quiet) },
  );
  await reportRejects(policy, opts, io);
  const freelancerIds = inputs.freelancers.map((f) => f.id);
  if (opts.freelancer !== undefined && !freelancerIds.includes(opts.freelancer)) {
    throw new UsageError(`--freelancer "${opts.freelancer}" is not in ${opts.freelancers}`);
  }
  progress.phase("indexing freelancers and jobs");
  const engine = createEngine(engineOptions);
  engine.addFreelancers(inputs.freelancers);
  engine.addJobs(inputs.jobs);
  engine.addReviews(inputs.reviews);
  engine.addProposals(inputs.proposals);
  const started = Date.now();
  const ranked = await withOutput(opts.out, io, (output) =>
    runBatch({
      engine,
      subjects: opts.freelancer !== undefined ? [opts.freelancer] : freelancerIds,
      spec: { format: { format: opts.format, task: "jobs", explain: Boolean(opts.explain) }, limit: opts.top },
      workers: opts.workers,
      output,
      progress,
      unit: "freelancers",
    }),
  );
  const ms = Date.now() - started;
  summary(io, opts.quiet, `recommended jobs to ${ranked} freelancers from ${inputs.jobs.length} jobs in ${(ms / 1000).toFixed(1)}s (${rate(ranked, ms)} freelancers/s)`);
}
