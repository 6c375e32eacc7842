/** `bestmatch gap`: what would raise a freelancer's score for a job; without --freelancer, how narrow the job's requirements are. */
import type { Command } from "commander";
import { loadEngine } from "../../engine-load.js";
import type { GapAdviceResult, JobGapsResult } from "../../insights/types.js";
import type { CliIO } from "../cli-io.js";
import { addEngineFileOptions, addPolicyOptions, integerArg, withOutput, type PolicyOptions } from "../common.js";
import { UsageError } from "../exit-codes.js";
import { INDEXED_FLAGS, checkDataFlags, requireIndexed } from "../index-flags.js";
import { loadAndIndex } from "../pipeline.js";

interface GapOptions extends PolicyOptions {
  freelancers?: string;
  jobs?: string;
  reviews?: string;
  proposals?: string;
  index?: string;
  freelancer?: string;
  job: string;
  limit: number;
  json?: boolean;
  out?: string;
  model?: string;
  taxonomy?: string;
}

export function registerGap(program: Command, io: CliIO): void {
  const cmd = program
    .command("gap")
    .description("what would raise a freelancer's score for a job (each change re-scored); without --freelancer, how narrow the job's requirements are")
    .option("--freelancers <file>", "freelancers CSV (required unless --index)")
    .option("--jobs <file>", "jobs CSV (required unless --index)")
    .requiredOption("--job <id>", "the job")
    .option("--freelancer <id>", "the freelancer (omit for the job's requirement gaps)")
    .option("--reviews <file>", "reviews CSV")
    .option("--proposals <file>", "proposals CSV")
    .option("--index <snapshot>", "reuse a snapshot from `bestmatch index build` instead of the CSV files")
    .option("--limit <n>", "suggestions shown", integerArg("--limit", 1, 1000), 5)
    .option("--json", "the full result as JSON")
    .option("-o, --out <file>", 'output file, written atomically; "-" for stdout (default: stdout)');
  addEngineFileOptions(cmd);
  addPolicyOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Examples:
  $ bestmatch gap --freelancers freelancers.csv --jobs jobs.csv --freelancer f7 --job j3
  $ bestmatch gap --freelancers freelancers.csv --jobs jobs.csv --job j3 --json
  $ bestmatch gap --index market.snapshot --freelancer f7 --job j3

With --index, the records and the model and taxonomy come from the snapshot (the CSV, --model and
--taxonomy flags are refused); --job and --freelancer name records in it. A snapshot built from
the same CSV files gives byte for byte the output of the CSV run.`,
  );
  cmd.action((opts: GapOptions) => gap(opts, io));
}

async function gap(opts: GapOptions, io: CliIO): Promise<void> {
  checkDataFlags("gap", opts, INDEXED_FLAGS, ["freelancers", "jobs"]);
  const index = opts.index;
  const { engine } = await loadAndIndex(opts, io, { freelancers: opts.freelancers, jobs: opts.jobs, reviews: opts.reviews, proposals: opts.proposals }, {
    check: (inputs) => {
      if (index !== undefined) return;
      if (!inputs.jobs.some((j) => j.id === opts.job)) throw new UsageError(`--job "${opts.job}" is not in ${opts.jobs}`);
      if (opts.freelancer !== undefined && !inputs.freelancers.some((f) => f.id === opts.freelancer)) {
        throw new UsageError(`--freelancer "${opts.freelancer}" is not in ${opts.freelancers}`);
      }
    },
    phase: () => (index !== undefined ? `loading ${index}` : "indexing freelancers and jobs"),
    engine: index !== undefined ? () => loadEngine(index) : undefined,
  });
  if (index !== undefined) {
    requireIndexed(engine, "job", opts.job, index);
    requireIndexed(engine, "freelancer", opts.freelancer, index);
  }
  const result = opts.freelancer !== undefined ? engine.gapAdvice(opts.freelancer, opts.job, { limit: opts.limit }) : engine.jobGaps(opts.job);
  const text = opts.json ? `${JSON.stringify(result, null, 2)}\n` : "advice" in result ? formatGapAdvice(result) : formatJobGaps(result, opts.limit);
  await withOutput(opts.out, io, (out) => out.write(text));
}

const score = (n: number) => n.toFixed(4);
const rank = (r: number | null) => (r === null ? "outside the top 100" : `#${r}`);

export function formatGapAdvice(r: GapAdviceResult): string {
  const lines = [`freelancer ${r.freelancerId} for job ${r.jobId}: score ${score(r.current.score)}, rank ${rank(r.current.rank)} of ${r.candidates} candidates`];
  if (r.advice.length === 0) lines.push("no single change found that raises the score");
  r.advice.forEach((a, i) => lines.push(`${i + 1}. ${a.text}\n   score ${score(a.score)} (+${score(a.gain)}), rank ${rank(a.rank)}  [${a.kind}; job field ${a.source.jobField}, re-scored]`));
  return `${lines.join("\n")}\n`;
}

export function formatJobGaps(r: JobGapsResult, limit: number): string {
  const lines = [`job ${r.jobId}: ${r.messages[0]}${r.narrow ? " (narrow)" : ""}`];
  for (const s of r.requiredSkills) lines.push(`  ${s.skill}: ${s.freelancers} freelancer${s.freelancers === 1 ? "" : "s"}${s.known ? "" : " (unknown skill)"}`);
  for (const m of r.messages.slice(1)) lines.push(m);
  if (r.relaxations.length) lines.push("if one required skill became nice-to-have:");
  for (const x of r.relaxations.slice(0, limit)) lines.push(`  ${x.skill}: ${x.matchingAll} freelancers with every other required skill`);
  return `${lines.join("\n")}\n`;
}
