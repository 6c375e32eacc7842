/** `bestmatch rank`: a Best Match list of freelancers for every job in a CSV file. */
import type { Command } from "commander";
import { createEngine, loadEngine } from "../../engine.js";
import type { CliIO } from "../cli-io.js";
import { addEngineFileOptions, addOutputOptions, addPolicyOptions, addWorkerOption, createPolicy, rate, reportRejects, summary, withOutput, type OutputOptions, type PolicyOptions } from "../common.js";
import { MODEL_FILE_HELP, engineOptionsFromFiles } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { runBatch } from "../batch.js";
import { loadInputs } from "../inputs.js";
import { createProgress } from "../progress.js";

interface RankOptions extends PolicyOptions, OutputOptions {
  jobs: string;
  freelancers?: string;
  reviews?: string;
  top: number;
  workers: number;
  model?: string;
  taxonomy?: string;
  index?: string;
}

export function registerRank(program: Command, io: CliIO): void {
  const cmd = program
    .command("rank")
    .description("rank freelancers for every job: a Best Match list per job")
    .requiredOption("--jobs <file>", 'jobs CSV ("-" for stdin)')
    .option("--freelancers <file>", "freelancers CSV (required unless --index)")
    .option("--reviews <file>", "reviews CSV")
    .option("--index <snapshot>", "reuse a snapshot from `bestmatch index build` instead of --freelancers/--reviews");
  addOutputOptions(cmd);
  addWorkerOption(cmd, io.cpus);
  addEngineFileOptions(cmd);
  addPolicyOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Output columns (csv): job_id, rank, freelancer_id, score, matched_skills, missing_skills, reasons
  and, with --explain, contributions (JSON). Lists are ";"-separated.

Examples:
  $ bestmatch rank --jobs jobs.csv --freelancers freelancers.csv --reviews reviews.csv --top 10 --out matches.csv
  $ bestmatch rank --jobs jobs.csv --index market.snapshot --format table | less -S
  $ bestmatch rank --jobs jobs.csv --freelancers f.csv --on-invalid skip --rejects rejects.csv -o matches.csv

${MODEL_FILE_HELP}`,
  );
  cmd.action((opts: RankOptions) => rank(opts, io));
}

async function rank(opts: RankOptions, io: CliIO): Promise<void> {
  if (opts.index !== undefined) {
    const extra = (["freelancers", "reviews", "model", "taxonomy"] as const).filter((k) => opts[k] !== undefined);
    if (extra.length) throw new UsageError(`--index already holds the indexed data and settings; drop ${extra.map((k) => `--${k}`).join(", ")}`);
  } else if (opts.freelancers === undefined) {
    throw new UsageError("rank needs --freelancers <file> (or --index <snapshot>)");
  }
  const policy = createPolicy(opts);
  const progress = createProgress(io, Boolean(opts.quiet));
  const engineOptions = await engineOptionsFromFiles(opts);
  const inputs = await loadInputs({ freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews }, { io, policy, progress, quiet: Boolean(opts.quiet) });
  await reportRejects(policy, opts, io);

  progress.phase(opts.index !== undefined ? `loading ${opts.index}` : `indexing ${inputs.freelancers.length.toLocaleString("en-US")} freelancers`);
  const engine = opts.index !== undefined ? await loadEngine(opts.index) : createEngine(engineOptions);
  if (opts.index === undefined) {
    engine.addFreelancers(inputs.freelancers);
    engine.addReviews(inputs.reviews);
  }
  const started = Date.now();
  const ranked = await withOutput(opts.out, io, (output) =>
    runBatch({
      engine,
      subjects: inputs.jobs,
      spec: { format: { format: opts.format, task: "freelancers", explain: Boolean(opts.explain) }, limit: opts.top },
      workers: opts.workers,
      snapshot: opts.index,
      output,
      progress,
      unit: "jobs",
    }),
  );
  const ms = Date.now() - started;
  summary(io, opts.quiet, `ranked ${ranked} jobs against ${engine.stats().freelancers} freelancers in ${(ms / 1000).toFixed(1)}s (${rate(ranked, ms)} jobs/s)`);
}
