/** `bestmatch recommend`: jobs for each freelancer. */
import type { Command } from "commander";
import type { CliIO } from "../cli-io.js";
import { addRankingOptions, rate, summary, type OutputOptions, type PolicyOptions } from "../common.js";
import { MODEL_FILE_HELP } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { INDEX_HELP, INDEXED_FLAGS, checkDataFlags, requireIndexed, sharedIndex } from "../index-flags.js";
import { loadAndIndex, rankToOutput } from "../pipeline.js";

interface RecommendOptions extends PolicyOptions, OutputOptions {
  freelancers?: string;
  jobs?: string;
  reviews?: string;
  proposals?: string;
  index?: string;
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
    .option("--freelancers <file>", "freelancers CSV (required unless --index)")
    .option("--jobs <file>", "jobs CSV (required unless --index)")
    .option("--reviews <file>", "reviews CSV")
    .option("--proposals <file>", "proposals CSV (for how much competition each job has)")
    .option("--index <snapshot>", "reuse a snapshot from `bestmatch index build` instead of the CSV files")
    .option("--freelancer <id>", "only this freelancer");
  addRankingOptions(cmd, io.cpus);
  cmd.addHelpText(
    "after",
    `
Output columns (csv): freelancer_id, rank, job_id, score, matched_skills, missing_skills, reasons
  and, with --explain, contributions (JSON).

Examples:
  $ bestmatch recommend --freelancers freelancers.csv --jobs jobs.csv --top 5 -o recommendations.csv
  $ bestmatch recommend --freelancers freelancers.csv --jobs jobs.csv --freelancer f7 --format table
  $ bestmatch recommend --index market.snapshot --freelancer f7 --format table

${INDEX_HELP("every freelancer in the snapshot (in the order indexed), or --freelancer")}

${MODEL_FILE_HELP}`,
  );
  cmd.action((opts: RecommendOptions) => recommend(opts, io));
}

async function recommend(opts: RecommendOptions, io: CliIO): Promise<void> {
  checkDataFlags("recommend", opts, INDEXED_FLAGS, ["freelancers", "jobs"]);
  const index = opts.index;
  const snapshot = sharedIndex();
  const paths = { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews, proposals: opts.proposals };
  const indexed = await loadAndIndex(opts, io, paths, {
    check: (inputs) => {
      if (index === undefined && opts.freelancer !== undefined && !inputs.freelancers.some((f) => f.id === opts.freelancer)) {
        throw new UsageError(`--freelancer "${opts.freelancer}" is not in ${opts.freelancers}`);
      }
    },
    phase: () => (index !== undefined ? `loading ${index}` : "indexing freelancers and jobs"),
    engine: index !== undefined ? () => snapshot.load(index) : undefined,
  });
  const { engine } = indexed;
  if (index !== undefined) requireIndexed(engine, "freelancer", opts.freelancer, index);
  const subjects = opts.freelancer !== undefined ? [opts.freelancer] : engine.ids("freelancer");
  const { ranked, seconds } = await rankToOutput(opts, io, indexed, { subjects, task: "jobs", unit: "freelancers", snapshot: snapshot.bytes() });
  summary(io, opts.quiet, `recommended jobs to ${ranked} freelancers from ${engine.stats().jobs} jobs in ${seconds.toFixed(1)}s (${rate(ranked, seconds * 1000)} freelancers/s)`);
}
