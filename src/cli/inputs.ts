/**
 * Reads the CSV inputs a command names, in dependency order (freelancers, jobs, reviews,
 * proposals), checking references across files. Every bad row goes through the
 * rejection policy: an error in fail mode, a reject in skip mode.
 */
import { FREELANCER_COLUMNS, JOB_COLUMNS, PROPOSAL_COLUMNS, REVIEW_COLUMNS, type ColumnSpec } from "../io/columns.js";
import { openInput } from "../io/input.js";
import type { LocatedRecord } from "../io/read-records.js";
import { type InputFormat, type RecordKind, inputFormatFor, looksLikeOtherKind, readInputRecords } from "../io/read-input.js";
import { BestMatchError, printable } from "../errors.js";
import { keepKnownReferences, type ReferenceCheck } from "../io/references.js";
import type { RejectionPolicy } from "../io/rejection.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";
import { validateFreelancer, validateJob, validateProposal, validateReview } from "../model/validate.js";
import { note, type CliIO } from "./cli-io.js";
import { UsageError } from "./exit-codes.js";
import type { Progress } from "./progress.js";

export interface InputPaths {
  freelancers?: string;
  jobs?: string;
  reviews?: string;
  proposals?: string;
}

export interface Inputs {
  freelancers: FreelancerRecord[];
  jobs: JobRecord[];
  reviews: ReviewRecord[];
  proposals: ProposalRecord[];
  /** Data rows read across all files (header rows excluded). */
  rows: number;
}

export interface LoadContext {
  io: CliIO;
  policy: RejectionPolicy;
  progress: Progress;
  quiet: boolean;
  /** --format-in; default by extension. */
  formatIn?: InputFormat;
  /** --delimiter for CSV; default detected from the header line. */
  delimiter?: string;
  /** --strict: an input with no rows, or that looks like another kind of file, is an error (exit 65), not a warning. */
  strict?: boolean;
}

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" };

const displayName = (path: string) => (path === "-" ? "<stdin>" : path);

export async function loadInputs(paths: InputPaths, ctx: LoadContext): Promise<Inputs> {
  const fromStdin = Object.entries(paths).filter(([, p]) => p === "-");
  if (fromStdin.length > 1) {
    throw new UsageError(`only one input can be read from stdin ("-"); got ${fromStdin.map(([k]) => `--${k}`).join(" and ")}`);
  }
  let rows = 0;
  const warn = (file: string, message: string, expected: string): void => {
    if (ctx.strict) throw new BestMatchError("INVALID_INPUT", `${message} (--strict)`, { file, expected });
    note(ctx.io, `warning: ${file}: ${message}`);
  };
  const read = async <T extends { id: string }>(path: string | undefined, specs: readonly ColumnSpec[], validate: (raw: unknown) => T, kind: RecordKind) => {
    if (path === undefined) return undefined;
    const file = displayName(path);
    const format = inputFormatFor(path, ctx.formatIn);
    let names: string[] = [];
    const input = await openInput(path, ctx.io.stdin);
    let count = 0;
    // Standard input has no known size, so it gets a status line instead of a bar.
    if (input.size !== undefined) ctx.progress.start(`reading ${file}`, input.size);
    else ctx.progress.phase(`reading ${file}`);
    try {
      const result = await readInputRecords(format, {
        input: input.stream,
        file,
        specs,
        validate,
        policy: ctx.policy,
        onRow: (n) => {
          count = n;
          if (n % 2000 === 0) ctx.progress.update(input.bytesRead(), `${n.toLocaleString("en-US")} rows`);
        },
        onUnknownColumns: (unknown) => {
          if (!ctx.quiet) note(ctx.io, printable(`note: ${file}: ignoring unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}`));
        },
        onRecordKeys: (keys) => (names = keys),
        delimiter: ctx.delimiter,
        onDelimiter: (d, detected) => {
          if (detected && d !== "," && !ctx.quiet) note(ctx.io, `note: ${file}: reading as ${DELIMITER_NAMES[d] ?? JSON.stringify(d)}-delimited CSV (detected from the header; --delimiter to choose)`);
        },
      });
      if (format === "csv") names = result.header.names;
      const other = looksLikeOtherKind(names, kind);
      if (other) warn(file, `looks like a ${other.kind} file, not ${kind} (its ${other.columns.slice(0, 5).join(", ")} ${other.columns.length === 1 ? "column is" : "columns are"} ${other.kind} columns)`, `a ${kind} file for --${kind}`);
      if (result.rows === 0) warn(file, `has no ${kind} (${format === "csv" ? "a header row only" : "no records"})`, `at least one ${kind.replace(/s$/, "")} record`);
      ctx.progress.update(input.size ?? input.bytesRead(), `${count.toLocaleString("en-US")} rows`);
      rows += result.rows;
      return { ...result, file };
    } finally {
      ctx.progress.stop();
    }
  };

  const freelancers = await read(paths.freelancers, FREELANCER_COLUMNS, validateFreelancer, "freelancers");
  const jobs = await read(paths.jobs, JOB_COLUMNS, validateJob, "jobs");
  const freelancerIds = idsOf(freelancers?.records);
  const jobIds = idsOf(jobs?.records);

  const reviews = await read(paths.reviews, REVIEW_COLUMNS, validateReview, "reviews");
  const reviewChecks: ReferenceCheck<ReviewRecord>[] = [];
  if (freelancers) reviewChecks.push({ field: "freelancerId", target: "freelancer", known: freelancerIds, source: freelancers.file });
  if (jobs) reviewChecks.push({ field: "jobId", target: "job", known: jobIds, source: jobs.file });
  const keptReviews = reviews ? keepKnownReferences(reviews.records, reviewChecks, reviews.file, reviews.header, ctx.policy) : [];

  const proposals = await read(paths.proposals, PROPOSAL_COLUMNS, validateProposal, "proposals");
  const proposalChecks: ReferenceCheck<ProposalRecord>[] = [];
  if (jobs) proposalChecks.push({ field: "jobId", target: "job", known: jobIds, source: jobs.file });
  if (freelancers) proposalChecks.push({ field: "freelancerId", target: "freelancer", known: freelancerIds, source: freelancers.file });
  const keptProposals = proposals ? keepKnownReferences(proposals.records, proposalChecks, proposals.file, proposals.header, ctx.policy) : [];

  return {
    freelancers: recordsOf(freelancers?.records),
    jobs: recordsOf(jobs?.records),
    reviews: recordsOf(keptReviews),
    proposals: recordsOf(keptProposals),
    rows,
  };
}

function idsOf<T extends { id: string }>(rows: LocatedRecord<T>[] | undefined): Set<string> {
  return new Set((rows ?? []).map((r) => r.record.id));
}

function recordsOf<T>(rows: LocatedRecord<T>[] | undefined): T[] {
  return (rows ?? []).map((r) => r.record);
}
