/** `bestmatch generate`: a synthetic marketplace as CSV files in the CLI's format. */
import type { Command } from "commander";
import { generateMarketplace, DEFAULT_GENERATE_OPTIONS } from "../../generate/index.js";
import type { CliIO } from "../cli-io.js";
import { integerArg, summary } from "../common.js";
import { createProgress } from "../progress.js";

interface GenerateOptions {
  freelancers: number;
  jobs: number;
  proposalsPerJob: number;
  seed: number;
  out: string;
  quiet?: boolean;
}

export function registerGenerate(program: Command, io: CliIO): void {
  program
    .command("generate")
    .description("write a realistic synthetic marketplace (freelancers, jobs, reviews, proposals, outcomes) as CSV")
    .requiredOption("--freelancers <n>", "number of freelancers", integerArg("--freelancers", 0))
    .requiredOption("--jobs <n>", "number of jobs", integerArg("--jobs", 0))
    .option("--proposals-per-job <k>", "mean proposals per job", integerArg("--proposals-per-job", 0), DEFAULT_GENERATE_OPTIONS.proposalsPerJob)
    .option("--seed <s>", "random seed; the same seed gives the same files", integerArg("--seed", 0, 0xffffffff), DEFAULT_GENERATE_OPTIONS.seed)
    .requiredOption("-o, --out <dir>", "output folder (created when missing; data files there are replaced)")
    .option("-q, --quiet", "no progress bar or summary")
    .addHelpText(
      "after",
      `
Examples:
  $ bestmatch generate --freelancers 100000 --jobs 10000 --out data/
  $ bestmatch rank --jobs data/jobs.csv --freelancers data/freelancers.csv --reviews data/reviews.csv -o matches.csv`,
    )
    .action((opts: GenerateOptions) => generate(opts, io));
}

async function generate(opts: GenerateOptions, io: CliIO): Promise<void> {
  const progress = createProgress(io, Boolean(opts.quiet));
  progress.start("generating", opts.freelancers + opts.jobs, "records");
  try {
    const result = await generateMarketplace({
      freelancers: opts.freelancers,
      jobs: opts.jobs,
      proposalsPerJob: opts.proposalsPerJob,
      seed: opts.seed,
      outDir: opts.out,
      onProgress: (done) => progress.update(done),
    });
    progress.stop();
    const counts = Object.entries(result.counts).map(([k, n]) => `${n} ${k}`).join(", ");
    summary(io, opts.quiet, `wrote ${counts} to ${opts.out} (seed ${result.seed})`);
  } finally {
    progress.stop();
  }
}
