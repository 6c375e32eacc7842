/** `bestmatch proposals`: each job's proposals, ranked. */
import type { Command } from "commander";
import type { CliIO } from "../cli-io.js";
import { addRankingOptions, rate, summary, type OutputOptions, type PolicyOptions } from "../common.js";
import { MODEL_FILE_HELP } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { INDEX_HELP, INDEXED_FLAGS, checkDataFlags, requireIndexed, sharedIndex } from "../index-flags.js";
import { loadAndIndex, rankToOutput } from "../pipeline.js";

interface ProposalsOptions extends PolicyOptions, OutputOptions {
  jobs?: string;
  proposals?: string;
  freelancers?: string;
  reviews?: string;
  index?: string;
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
    .option("--jobs <file>", "jobs CSV (required unless --index)")
    .option("--proposals <file>", "proposals CSV (required unless --index)")
    .option("--freelancers <file>", "freelancers CSV, who sent the proposals (required unless --index)")
    .option("--reviews <file>", "reviews CSV")
    .option("--index <snapshot>", "reuse a snapshot from `bestmatch index build` instead of the CSV files")
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
  $ bestmatch proposals --index market.snapshot --job j42 --format table

${INDEX_HELP("the proposals of every job in the snapshot (in the order indexed), or of --job")}

${MODEL_FILE_HELP}`,
  );
  cmd.action((opts: ProposalsOptions) => proposals(opts, io));
}

async function proposals(opts: ProposalsOptions, io: CliIO): Promise<void> {
  checkDataFlags("proposals", opts, INDEXED_FLAGS, ["jobs", "proposals", "freelancers"]);
  const index = opts.index;
  const snapshot = sharedIndex();
  const paths = { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews, proposals: opts.proposals };
  const indexed = await loadAndIndex(opts, io, paths, {
    check: (inputs) => {
      if (index === undefined && opts.job !== undefined && !inputs.jobs.some((j) => j.id === opts.job)) throw new UsageError(`--job "${opts.job}" is not in ${opts.jobs}`);
    },
    phase: () => (index !== undefined ? `loading ${index}` : "indexing freelancers, jobs and proposals"),
    engine: index !== undefined ? () => snapshot.load(index) : undefined,
  });
  const { engine } = indexed;
  if (index !== undefined) requireIndexed(engine, "job", opts.job, index);
  const subjects = opts.job !== undefined ? [opts.job] : engine.ids("job");
  const { ranked, seconds } = await rankToOutput(opts, io, indexed, { subjects, task: "proposals", unit: "jobs", snapshot: snapshot.bytes() });
  summary(io, opts.quiet, `ranked the proposals of ${ranked} jobs (${engine.stats().proposals} proposals) in ${seconds.toFixed(1)}s (${rate(ranked, seconds * 1000)} jobs/s)`);
}
