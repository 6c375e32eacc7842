/**
 * Reads the CSV inputs a command names, in dependency order (freelancers, jobs, reviews,
 * proposals), checking references across files. Every bad row goes through the
 * rejection policy: an error in fail mode, a reject in skip mode.
 */
import { FREELANCER_COLUMNS, JOB_COLUMNS, PROPOSAL_COLUMNS, REVIEW_COLUMNS, type ColumnSpec } from "../io/columns.js";
import { openInput } from "../io/input.js";
import { readRecords, type LocatedRecord } from "../io/read-records.js";
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
}

const displayName = (path: string) => (path === "-" ? "<stdin>" : path);

export async function loadInputs(paths: InputPaths, ctx: LoadContext): Promise<Inputs> {
  const fromStdin = Object.entries(paths).filter(([, p]) => p === "-");
  if (fromStdin.length > 1) {
    throw new UsageError(`only one input can be read from stdin ("-"); got ${fromStdin.map(([k]) => `--${k}`).join(" and ")}`);
  }
  let rows = 0;
  const read = async <T extends { id: string }>(path: string | undefined, specs: readonly ColumnSpec[], validate: (raw: unknown) => T) => {
    if (path === undefined) return undefined;
    const file = displayName(path);
    const input = await openInput(path, ctx.io.stdin);
    let count = 0;
    // Standard input has no known size, so it gets a status line instead of a bar.
    if (input.size !== undefined) ctx.progress.start(`reading ${file}`, input.size);
    else ctx.progress.phase(`reading ${file}`);
    try {
      const result = await readRecords({
        input: input.stream,
        file,
        specs,
        validate,
        policy: ctx.policy,
        onRow: (n) => {
          count = n;
          if (n % 2000 === 0) ctx.progress.update(input.bytesRead(), `${n.toLocaleString("en-US")} rows`);
        },
        onUnknownColumns: (names) => {
          if (!ctx.quiet) note(ctx.io, `note: ${file}: ignoring unknown column${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
        },
      });
      ctx.progress.update(input.size ?? input.bytesRead(), `${count.toLocaleString("en-US")} rows`);
      rows += result.rows;
      return { ...result, file };
    } finally {
      ctx.progress.stop();
    }
  };

  const freelancers = await read(paths.freelancers, FREELANCER_COLUMNS, validateFreelancer);
  const jobs = await read(paths.jobs, JOB_COLUMNS, validateJob);
  const freelancerIds = idsOf(freelancers?.records);
  const jobIds = idsOf(jobs?.records);

  const reviews = await read(paths.reviews, REVIEW_COLUMNS, validateReview);
  const reviewChecks: ReferenceCheck<ReviewRecord>[] = [];
  if (freelancers) reviewChecks.push({ field: "freelancerId", target: "freelancer", known: freelancerIds, source: freelancers.file });
  if (jobs) reviewChecks.push({ field: "jobId", target: "job", known: jobIds, source: jobs.file });
  const keptReviews = reviews ? keepKnownReferences(reviews.records, reviewChecks, reviews.file, reviews.header, ctx.policy) : [];

  const proposals = await read(paths.proposals, PROPOSAL_COLUMNS, validateProposal);
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
