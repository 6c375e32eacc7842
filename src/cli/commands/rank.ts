/** `bestmatch rank`: a Best Match list of freelancers for every job in a CSV file. */
import type { Command } from "commander";
import type { CliIO } from "../cli-io.js";
import { addRankingOptions, integerArg, rate, summary, type OutputOptions, type PolicyOptions } from "../common.js";
import { MODEL_FILE_HELP } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { INDEXED_FLAGS, checkDataFlags } from "../index-flags.js";
import { loadAndIndex, rankToOutput } from "../pipeline.js";
import { rankReranked } from "../rerank-run.js";
import { inShard } from "../../scale/shard.js";
import { loadSharedSnapshot } from "../../scale/shared-snapshot.js";
import { parseRerankSpec, type RerankSettings } from "../rerank-spec.js";

interface RankOptions extends PolicyOptions, OutputOptions {
  jobs: string;
  freelancers?: string;
  reviews?: string;
  proposals?: string;
  top: number;
  /** Unset: the default rule (src/scale/worker-count.ts). */
  workers?: number;
  model?: string;
  taxonomy?: string;
  index?: string;
  reciprocal?: string | true;
  diversity?: string;
  exposureCap?: number;
  coldStart?: string;
  rerankPool?: number;
  audit?: string;
}

/** The re-ranking flags as one spec for the library (validated there), or undefined when none is set. */
function rerankSettings(opts: RankOptions): RerankSettings | undefined {
  const parts = [
    opts.reciprocal === undefined ? undefined : `reciprocal=${opts.reciprocal === true ? "0.3" : opts.reciprocal}`,
    opts.diversity === undefined ? undefined : `diversity=${opts.diversity}`,
    opts.exposureCap === undefined ? undefined : `cap=${opts.exposureCap}`,
    opts.coldStart === undefined ? undefined : `newcomers=${opts.coldStart}`,
    opts.rerankPool === undefined ? undefined : `pool=${opts.rerankPool}`,
  ].filter((p): p is string => p !== undefined);
  if (!parts.length && opts.audit === undefined) return undefined;
  if (opts.audit !== undefined && (opts.audit === (opts.out ?? "-"))) throw new UsageError("--audit and the output would be the same file; give --audit its own file");
  try {
    return parseRerankSpec(parts.join(","));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function registerRank(program: Command, io: CliIO): void {
  const cmd = program
    .command("rank")
    .description("rank freelancers for every job: a Best Match list per job")
    .requiredOption("--jobs <file>", 'jobs CSV ("-" for stdin)')
    .option("--freelancers <file>", "freelancers CSV (required unless --index)")
    .option("--reviews <file>", "reviews CSV")
    .option("--proposals <file>", "proposals CSV: the freelancers' track record (earlier proposals and hires); the jobs are then indexed too")
    .option("--index <snapshot>", "reuse a snapshot from `bestmatch index build` instead of --freelancers/--reviews/--proposals");
  addRankingOptions(cmd, io.cpus);
  cmd
    .option("--reciprocal [weight]", "two-sided score: also how well each job fits the freelancer (recommend's model), weight of that side 0-1 (default 0.3)")
    .option("--diversity <lambda>", "re-rank the top 10 by maximal marginal relevance over skills, country and rate band (1 = off, lower = more varied)")
    .option("--exposure-cap <k>", "one freelancer may be first in at most k lists of the batch (jobs in file order)", integerArg("--exposure-cap", 0))
    .option("--cold-start <share>", "share of the top 10 reserved for newcomers (< 5 reviews) with >= 70% of the required skills")
    .option("--rerank-pool <n>", "candidates per job the re-ranking rules choose from (default 100)", integerArg("--rerank-pool", 1, 100_000))
    .option("--audit <file>", "write the re-ranking audit as JSON: per job each item's rank before/after and the rule that moved it, and the batch's exposure before/after");
  cmd.addHelpText(
    "after",
    `
Output columns (csv): job_id, rank, freelancer_id, score, matched_skills, missing_skills, reasons
  and, with --explain, contributions (JSON). Lists are ";"-separated.

Examples:
  $ bestmatch rank --jobs jobs.csv --freelancers freelancers.csv --reviews reviews.csv --top 10 --out matches.csv
  $ bestmatch rank --jobs jobs.csv --freelancers f.csv --reviews r.csv --proposals p.csv -o matches.csv
  $ bestmatch index build --freelancers f.csv --jobs jobs.csv --reviews r.csv --proposals p.csv -o market.snapshot
  $ bestmatch rank --jobs jobs.csv --index market.snapshot --format table | less -S
  $ bestmatch rank --jobs jobs.csv --freelancers f.csv --on-invalid skip --rejects rejects.csv -o matches.csv
  $ bestmatch rank --jobs jobs.csv --index market.snapshot --exposure-cap 5 --cold-start 0.2 --audit audit.json -o matches.csv

With --index, the jobs in --jobs are still the ones ranked; the freelancers, reviews, proposals,
model and taxonomy come from the snapshot (so --freelancers, --reviews, --proposals, --model and
--taxonomy are refused). A snapshot built from the same CSV files ranks byte for byte like them.

With a re-ranking option or --audit, the jobs are one batch ranked in file order on the main thread
(--workers does not apply: the exposure cap counts first places from list to list; with --shard, within
the shard). Scores stay the
model's; rank is the position after re-ranking.

${MODEL_FILE_HELP}`,
  );
  cmd.action((opts: RankOptions) => rank(opts, io));
}

async function rank(opts: RankOptions, io: CliIO): Promise<void> {
  const index = opts.index;
  const settings = rerankSettings(opts);
  checkDataFlags("rank", opts, INDEXED_FLAGS.filter((k) => k !== "jobs"), ["freelancers"]);
  // Jobs are ranked as records. They are indexed only when proposals need them (a proposal names
  // its job); indexed jobs do not change a freelancer ranking, so with or without them in a
  // snapshot from `index build`, the output equals the CSV run's.
  // The snapshot is read into a SharedArrayBuffer that this thread and the workers all load from.
  let shared: SharedArrayBuffer | undefined;
  const fromIndex = async (path: string) => {
    const loaded = await loadSharedSnapshot(path);
    shared = loaded.bytes;
    return loaded.engine;
  };
  const indexed = await loadAndIndex(opts, io, { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews, proposals: opts.proposals }, {
    phase: (inputs) => (index !== undefined ? `loading ${index}` : `indexing ${inputs.freelancers.length.toLocaleString("en-US")} freelancers`),
    engine: index !== undefined ? () => fromIndex(index) : undefined,
    jobsAreQueries: opts.proposals === undefined,
  });
  const { ranked, seconds } = settings
    ? await rankReranked(io, indexed, { jobs: opts.shard ? indexed.inputs.jobs.filter((j) => inShard(j.id, opts.shard!)) : indexed.inputs.jobs, format: { format: opts.format, task: "freelancers", explain: Boolean(opts.explain) }, top: opts.top, out: opts.out, settings, audit: opts.audit })
    : await rankToOutput(opts, io, indexed, { subjects: indexed.inputs.jobs, task: "freelancers", unit: "jobs", snapshot: shared });
  summary(io, opts.quiet, `ranked ${ranked} jobs against ${indexed.engine.stats().freelancers} freelancers in ${seconds.toFixed(1)}s (${rate(ranked, seconds * 1000)} jobs/s)`);
}
