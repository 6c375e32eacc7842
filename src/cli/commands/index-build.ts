/** `bestmatch index build`: index the CSV inputs once, save a snapshot that rank, recommend, proposals and gap reuse with --index. */
import type { Command } from "commander";
import { promises as fs } from "node:fs";
import { resolve } from "node:path";
import { outputError } from "../../io/atomic-output.js";
import { BestMatchError } from "../../errors.js";
import type { Engine } from "../../engine-types.js";
import type { CliIO } from "../cli-io.js";
import { addEngineFileOptions, addPolicyOptions, summary } from "../common.js";
import { MODEL_FILE_HELP } from "../engine-config.js";
import { loadAndIndex } from "../pipeline.js";
import type { PolicyOptions } from "../common.js";

interface IndexBuildOptions extends PolicyOptions {
  freelancers: string;
  jobs?: string;
  reviews?: string;
  proposals?: string;
  out: string;
  model?: string;
  taxonomy?: string;
}

export function registerIndex(program: Command, io: CliIO): void {
  const index = program.command("index").description("build and reuse engine snapshots");
  const cmd = index
    .command("build")
    .description("index freelancers (and jobs, reviews, proposals) and save a snapshot")
    .requiredOption("--freelancers <file>", "freelancers CSV")
    .option("--jobs <file>", "jobs CSV (indexed, e.g. for recommendations)")
    .option("--reviews <file>", "reviews CSV")
    .option("--proposals <file>", "proposals CSV (needs --jobs)")
    .requiredOption("-o, --out <snapshot>", "snapshot path, written atomically");
  addEngineFileOptions(cmd);
  addPolicyOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Examples:
  $ bestmatch index build --freelancers freelancers.csv --reviews reviews.csv --out market.snapshot
  $ bestmatch rank --index market.snapshot --jobs jobs.csv -o matches.csv
  $ bestmatch index build --freelancers f.csv --jobs jobs.csv --reviews r.csv --proposals p.csv -o market.snapshot
  $ bestmatch recommend --index market.snapshot --top 5 -o recommendations.csv
  $ bestmatch proposals --index market.snapshot --job j42 --format table
  $ bestmatch gap --index market.snapshot --freelancer f7 --job j42

rank, recommend, proposals and gap with --index give byte for byte the output of the same command
on the CSV files the snapshot was built from (rank: with the same --proposals).

${MODEL_FILE_HELP}`,
  );
  cmd.action((opts: IndexBuildOptions) => build(opts, io));
}

async function build(opts: IndexBuildOptions, io: CliIO): Promise<void> {
  const started = Date.now();
  const paths = { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews, proposals: opts.proposals };
  const { engine } = await loadAndIndex(opts, io, paths, { phase: () => "indexing" });
  await saveSnapshot(opts.out, engine);
  const s = engine.stats();
  summary(io, opts.quiet, `indexed ${s.freelancers} freelancers, ${s.jobs} jobs, ${s.reviews} reviews, ${s.proposals} proposals in ${((Date.now() - started) / 1000).toFixed(1)}s -> ${opts.out}`);
}

/** engine.save writes one temporary file beside the target and renames it into place; a failure is OUTPUT_IO (exit 73). */
async function saveSnapshot(target: string, engine: Engine): Promise<void> {
  const absolute = resolve(target);
  try {
    await engine.save(absolute);
  } catch (err) {
    if (err instanceof BestMatchError && err.code === "SNAPSHOT_IO") throw outputError(absolute, `cannot write snapshot: ${(err.cause as Error | undefined)?.message ?? err.message}`, err);
    throw err;
  }
}
