/** `bestmatch proposals`: each job's proposals, ranked. */
import type { Command } from "commander";
import type { CliIO } from "../cli-io.js";
import { addRankingOptions, rate, summary, type OutputOptions, type PolicyOptions } from "../common.js";
import { MODEL_FILE_HELP } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { loadAndIndex, rankToOutput } from "../pipeline.js";

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
  addRankingOptions(cmd, io.cpus);
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
  const paths = { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews, proposals: opts.proposals };
  const indexed = await loadAndIndex(opts, io, paths, {
    check: (inputs) => {
      if (opts.job !== undefined && !inputs.jobs.some((j) => j.id === opts.job)) throw new UsageError(`--job "${opts.job}" is not in ${opts.jobs}`);
    },
    phase: () => "indexing freelancers, jobs and proposals",
  });
  const subjects = opts.job !== undefined ? [opts.job] : indexed.inputs.jobs.map((j) => j.id);
  const { ranked, seconds } = await rankToOutput(opts, io, indexed, { subjects, task: "proposals", unit: "jobs" });
  summary(io, opts.quiet, `ranked the proposals of ${ranked} jobs (${indexed.inputs.proposals.length} proposals) in ${seconds.toFixed(1)}s (${rate(ranked, seconds * 1000)} jobs/s)`);
}
