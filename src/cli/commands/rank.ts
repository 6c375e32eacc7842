/** `bestmatch rank`: a Best Match list of freelancers for every job in a CSV file. */
import type { Command } from "commander";
import { loadEngine } from "../../engine.js";
import type { CliIO } from "../cli-io.js";
import { addRankingOptions, rate, summary, type OutputOptions, type PolicyOptions } from "../common.js";
import { MODEL_FILE_HELP } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { loadAndIndex, rankToOutput } from "../pipeline.js";

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
  addRankingOptions(cmd, io.cpus);
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
  const index = opts.index;
  if (index !== undefined) {
    const extra = (["freelancers", "reviews", "model", "taxonomy"] as const).filter((k) => opts[k] !== undefined);
    if (extra.length) throw new UsageError(`--index already holds the indexed data and settings; drop ${extra.map((k) => `--${k}`).join(", ")}`);
  } else if (opts.freelancers === undefined) {
    throw new UsageError("rank needs --freelancers <file> (or --index <snapshot>)");
  }
  // Jobs are ranked as records, not indexed: a snapshot from `index build` then gives the same output.
  const indexed = await loadAndIndex(opts, io, { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews }, {
    phase: (inputs) => (index !== undefined ? `loading ${index}` : `indexing ${inputs.freelancers.length.toLocaleString("en-US")} freelancers`),
    engine: index !== undefined ? () => loadEngine(index) : undefined,
    jobsAreQueries: true,
  });
  const { ranked, seconds } = await rankToOutput(opts, io, indexed, { subjects: indexed.inputs.jobs, task: "freelancers", unit: "jobs", snapshot: index });
  summary(io, opts.quiet, `ranked ${ranked} jobs against ${indexed.engine.stats().freelancers} freelancers in ${seconds.toFixed(1)}s (${rate(ranked, seconds * 1000)} jobs/s)`);
}
