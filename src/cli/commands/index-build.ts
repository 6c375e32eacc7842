/** `bestmatch index build`: index the CSV inputs once, save a snapshot that `rank --index` reuses. */
import type { Command } from "commander";
import { promises as fs } from "node:fs";
import { resolve } from "node:path";
import { OutputError, tempPathFor, trackTempFile, untrackTempFile } from "../../io/atomic-output.js";
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

${MODEL_FILE_HELP}`,
  );
  cmd.action((opts: IndexBuildOptions) => build(opts, io));
}

async function build(opts: IndexBuildOptions, io: CliIO): Promise<void> {
  const started = Date.now();
  const paths = { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews, proposals: opts.proposals };
  const { engine } = await loadAndIndex(opts, io, paths, { phase: () => "indexing" });
  await saveAtomically(opts.out, (path) => engine.save(path));
  const s = engine.stats();
  summary(io, opts.quiet, `indexed ${s.freelancers} freelancers, ${s.jobs} jobs, ${s.reviews} reviews, ${s.proposals} proposals in ${((Date.now() - started) / 1000).toFixed(1)}s -> ${opts.out}`);
}

/** Saves to a temporary path beside the target, then renames it into place. */
async function saveAtomically(target: string, save: (path: string) => Promise<void>): Promise<void> {
  const absolute = resolve(target);
  const temp = tempPathFor(absolute);
  trackTempFile(temp);
  try {
    await save(temp);
    await fs.rename(temp, absolute);
  } catch (err) {
    await fs.rm(temp, { force: true, recursive: true });
    const code = String((err as NodeJS.ErrnoException)?.code ?? "");
    if (code === "SNAPSHOT_IO" || /^E[A-Z]+$/.test(code)) throw new OutputError(absolute, `cannot write snapshot: ${(err as Error).message}`, { cause: err });
    throw err;
  } finally {
    untrackTempFile(temp);
  }
}
