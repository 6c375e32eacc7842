/** `bestmatch proposals`: each job's proposals, ranked. */
import type { Command } from "commander";
import { createEngine } from "../../engine.js";
import type { CliIO } from "../cli-io.js";
import { addEngineFileOptions, addOutputOptions, addPolicyOptions, addWorkerOption, createPolicy, rate, reportRejects, summary, withOutput, type OutputOptions, type PolicyOptions } from "../common.js";
import { MODEL_FILE_HELP, engineOptionsFromFiles } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { runBatch } from "../batch.js";
import { loadInputs } from "../inputs.js";
import { createProgress } from "../progress.js";

interface ProposalsOptions extends PolicyOptions, OutputOptions {
  jobs: string;
  proposals: string;
  freelancers: string;
  reviews?: string;
  job?: string;
  top: number;
  workers: number;
  model?: string;
  taxonomy?: string;
}

export function registerProposals(program: Command, io: CliIO): void {
  const cmd = program
    .command("proposals")
    .description("rank the proposals each job received")
    .requiredOption("--jobs <file>", "jobs CSV")
    .requiredOption("--proposals <file>", "proposals CSV")
    .requiredOption("--freelancers <file>", "freelancers CSV (who sent the proposals)")
    .option("--reviews <file>", "reviews CSV")
    .option("--job <id>", "only this job");
  addOutputOptions(cmd);
  addWorkerOption(cmd, io.cpus);
  addEngineFileOptions(cmd);
  addPolicyOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Output columns (csv): job_id, rank, proposal_id, freelancer_id, score, matched_skills, missing_skills, reasons
  and, with --explain, contributions (JSON).

Examples:
  $ bestmatch proposals --jobs jobs.csv --proposals proposals.csv --freelancers freelancers.csv -o ranked.csv
  $ bestmatch proposals --jobs jobs.csv --proposals proposals.csv --freelancers freelancers.csv --job j42 --format table

${MODEL_FILE_HELP}`,
  );
  cmd.action((opts: ProposalsOptions) => proposals(opts, io));
}

async function proposals(opts: ProposalsOptions, io: CliIO): Promise<void> {
  const policy = createPolicy(opts);
  const progress = createProgress(io, Boolean(opts.quiet));
  const engineOptions = await engineOptionsFromFiles(opts);
  const inputs = await loadInputs(
    { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews, proposals: opts.proposals },
    { io, policy, progress, quiet: Boolean(opts.quiet) },
  );
  await reportRejects(policy, opts, io);
  const jobIds = inputs.jobs.map((j) => j.id);
  if (opts.job !== undefined && !jobIds.includes(opts.job)) throw new UsageError(`--job "${opts.job}" is not in ${opts.jobs}`);

  progress.phase("indexing freelancers, jobs and proposals");
  const engine = createEngine(engineOptions);
  engine.addFreelancers(inputs.freelancers);
  engine.addJobs(inputs.jobs);
  engine.addReviews(inputs.reviews);
  engine.addProposals(inputs.proposals);
  const started = Date.now();
  const ranked = await withOutput(opts.out, io, (output) =>
    runBatch({
      engine,
      subjects: opts.job !== undefined ? [opts.job] : jobIds,
      spec: { format: { format: opts.format, task: "proposals", explain: Boolean(opts.explain) }, limit: opts.top },
      workers: opts.workers,
      output,
      progress,
      unit: "jobs",
    }),
  );
  const ms = Date.now() - started;
  summary(io, opts.quiet, `ranked the proposals of ${ranked} jobs (${inputs.proposals.length} proposals) in ${(ms / 1000).toFixed(1)}s (${rate(ranked, ms)} jobs/s)`);
}
