/**
 * Options and steps shared by the batch commands: number parsing, the invalid-row policy
 * and rejects file, atomic output, and the closing summary.
 */
import { InvalidArgumentError, Option, type Command } from "commander";
import { openOutput, type Output } from "../io/atomic-output.js";
import { formatRejects } from "../io/rejects-file.js";
import { ON_INVALID_CHOICES, RejectionPolicy, describeRejection, type OnInvalid } from "../io/rejection.js";
import { OUTPUT_FORMATS, type OutputFormat } from "../io/result-format.js";
import { INPUT_FORMATS, type InputFormat } from "../io/read-input.js";
import { note, type CliIO } from "./cli-io.js";
import { parseShard, type Shard } from "../scale/shard.js";
import { MIN_SUBJECTS_PER_WORKER } from "../scale/worker-count.js";
import { UsageError } from "./exit-codes.js";

export function integerArg(name: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

export interface PolicyOptions {
  onInvalid: OnInvalid;
  rejects?: string;
  quiet?: boolean;
  formatIn?: InputFormat;
  delimiter?: string;
  strict?: boolean;
}

/** "tab" and "\t" name the tab; any other single character is itself. */
export function delimiterArg(value: string): string {
  const d = value === "tab" || value === "\\t" ? "\t" : value;
  if (d.length !== 1 || '"\r\n'.includes(d)) throw new InvalidArgumentError('--delimiter must be one character (",", ";", "|") or "tab".');
  return d;
}

export interface OutputOptions {
  out?: string;
  format: OutputFormat;
  explain?: boolean;
  /** --shard I/N: rank only the subjects of this shard. */
  shard?: Shard;
}

export function addPolicyOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--on-invalid <mode>", "what to do with a bad input row: fail (exit 65, write nothing) or skip").choices(ON_INVALID_CHOICES).default("fail"))
    .option("--rejects <file>", "with --on-invalid skip: write each rejected row and its reason to this CSV file")
    .addOption(new Option("--format-in <format>", "format of inputs whose extension does not say (stdin, .txt): csv, json (an array of records) or jsonl (one record per line); .csv/.tsv, .json and .jsonl/.ndjson files are read by their extension (default: csv)").choices(INPUT_FORMATS))
    .option("--delimiter <char>", 'CSV cell delimiter ("," ";" "|" or "tab"); default: detected from the header line', delimiterArg)
    .option("--strict", "an input with no rows, or that looks like another kind of file, is an error (exit 65) instead of a warning")
    .option("-q, --quiet", "no progress bar, notes or summary on stderr (errors and skip counts still print)");
}

export function addOutputOptions(cmd: Command, defaultTop = 20): Command {
  return cmd
    .option("--top <n>", "results per list", integerArg("--top", 1, 10_000), defaultTop)
    .option("-o, --out <file>", 'output file, written atomically; "-" for stdout (default: stdout)')
    .addOption(new Option("-f, --format <format>", "csv (for files), jsonl (the full item), table (for a terminal) or html (one self-contained Best Match report page)").choices(OUTPUT_FORMATS).default("csv"))
    .option("--explain", "csv: add a contributions column (JSON) with each feature's value, weight and contribution");
}

export function addWorkerOption(cmd: Command, cpus: number): Command {
  const help = `threads ranking, sharing one in-memory index; output is identical for any N (default: one per core, ${cpus} here, when the batch has at least ${MIN_SUBJECTS_PER_WORKER} subjects per thread, else fewer, down to 1)`;
  return cmd.option("-w, --workers <n>", help, integerArg("--workers", 1, 256));
}

export function addEngineFileOptions(cmd: Command): Command {
  return cmd.option("--model <file>", "model weights JSON (see the model format below)").option("--taxonomy <file>", "skill taxonomy JSON, replacing the default");
}

export function createPolicy(opts: PolicyOptions): RejectionPolicy {
  if (opts.rejects !== undefined && opts.onInvalid !== "skip") throw new UsageError("--rejects needs --on-invalid skip");
  return new RejectionPolicy(opts.onInvalid);
}

/** Writes the rejects file (atomically) and says how many rows were skipped. Never silent. */
export async function reportRejects(policy: RejectionPolicy, opts: PolicyOptions, io: CliIO): Promise<void> {
  const count = policy.rejected.length;
  if (opts.rejects !== undefined) {
    const out = await openOutput(opts.rejects, io.stdout);
    try {
      await out.write(formatRejects(policy.rejected));
      await out.commit();
    } catch (err) {
      await out.abort();
      throw err;
    }
  }
  if (count === 0) return;
  if (opts.rejects === undefined) for (const r of policy.rejected) note(io, `skipped: ${describeRejection(r)}`);
  note(io, `skipped ${count} invalid row${count === 1 ? "" : "s"}${opts.rejects !== undefined ? ` (details in ${opts.rejects})` : ""}`);
}

/** Opens the output, runs `write`, and commits only if it succeeds. */
export async function withOutput<T>(path: string | undefined, io: CliIO, write: (out: Output) => Promise<T>): Promise<T> {
  const out = await openOutput(path ?? "-", io.stdout);
  try {
    const result = await write(out);
    await out.commit();
    return result;
  } catch (err) {
    await out.abort();
    throw err;
  }
}

export function summary(io: CliIO, quiet: boolean | undefined, text: string): void {
  if (!quiet) note(io, text);
}

export function rate(count: number, ms: number): string {
  return ms > 0 ? (count / (ms / 1000)).toFixed(1) : "n/a";
}

/** The options every ranking command (rank, proposals, recommend) shares. */
export function addRankingOptions(cmd: Command, cpus: number): Command {
  addOutputOptions(cmd);
  cmd.option("--shard <I/N>", "rank only shard I of N (by a hash of the job or freelancer id; see docs/scale-out.md)", parseShard);
  addWorkerOption(cmd, cpus);
  addEngineFileOptions(cmd);
  return addPolicyOptions(cmd);
}
