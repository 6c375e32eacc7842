/**
 * Reads a data folder (generator or importer output, names from DATA_FILES) into validated
 * records for evaluation and benchmarks. By default any bad row is an error naming file and line;
 * with `skip`, rejected rows are counted per file so the caller can report them (never silent).
 */
import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, FREELANCER_COLUMNS, JOB_COLUMNS, OUTCOME_COLUMNS, PROPOSAL_COLUMNS, REVIEW_COLUMNS, type ColumnSpec, type Outcome } from "../io/columns.js";
import { readRecords } from "../io/read-records.js";
import { describeRejection, RejectionPolicy, type OnInvalid } from "../io/rejection.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";
import { validateFreelancer, validateJob, validateProposal, validateReview } from "../model/validate.js";
import { BestMatchError } from "../errors.js";

export interface OutcomeRow {
  jobId: string;
  freelancerId: string;
  proposalId?: string;
  outcome: Outcome;
}

/** A freelancer as they stood from `cutDate` (epoch ms) on; see the Stack Exchange importer. */
export interface SnapshotRow {
  cutDate: number;
  record: FreelancerRecord;
}

export interface DataFolder {
  freelancers: FreelancerRecord[];
  jobs: JobRecord[];
  reviews: ReviewRecord[];
  proposals: ProposalRecord[];
  outcomes: OutcomeRow[];
  /** Rows rejected per file path (skip mode only), with the most common reason. */
  rejected: Rejected[];
}

export interface Rejected {
  file: string;
  rows: number;
  example: string;
}

export interface ReadOptions {
  /** "fail" (default): the first bad row throws. "skip": bad rows are counted in `rejected`. */
  onInvalid?: OnInvalid;
}

async function readFile<T extends { id: string }>(
  path: string,
  specs: readonly ColumnSpec[],
  validate: (raw: unknown) => T,
  options: ReadOptions,
  rejected: Rejected[],
): Promise<T[]> {
  if (!existsSync(path)) throw new BestMatchError("INPUT_IO", "data file not found", { file: path });
  const policy = new RejectionPolicy(options.onInvalid ?? "fail");
  const result = await readRecords({ input: createReadStream(path), file: path, specs, validate, policy });
  if (policy.rejected.length) rejected.push({ file: path, rows: policy.rejected.length, example: describeRejection(policy.rejected[0]) });
  return result.records.map((r) => r.record);
}

function outcomeRow(raw: unknown): OutcomeRow & { id: string } {
  const row = raw as OutcomeRow;
  // Outcomes have no id of their own: the proposal (or the job-freelancer pair) identifies them.
  return { ...row, id: row.proposalId ?? `${row.jobId}\u0000${row.freelancerId}` };
}

/** freelancers, jobs, reviews, proposals and outcomes of a folder; reviews and outcomes may be absent. */
export async function readDataFolder(dir: string, options: ReadOptions = {}): Promise<DataFolder> {
  const rejected: Rejected[] = [];
  const path = (name: string) => join(dir, name);
  const optional = async <T extends { id: string }>(name: string, specs: readonly ColumnSpec[], validate: (raw: unknown) => T) =>
    existsSync(path(name)) ? readFile(path(name), specs, validate, options, rejected) : [];
  const outcomes = await optional(DATA_FILES.outcomes, OUTCOME_COLUMNS, outcomeRow);
  return {
    rejected,
    freelancers: await readFile(path(DATA_FILES.freelancers), FREELANCER_COLUMNS, validateFreelancer, options, rejected),
    jobs: await readFile(path(DATA_FILES.jobs), JOB_COLUMNS, validateJob, options, rejected),
    reviews: await optional(DATA_FILES.reviews, REVIEW_COLUMNS, validateReview),
    proposals: await optional(DATA_FILES.proposals, PROPOSAL_COLUMNS, validateProposal),
    outcomes: outcomes.map(({ id: _id, ...row }) => row),
  };
}

const SNAPSHOT_COLUMNS: readonly ColumnSpec[] = [{ name: "cut_date", field: "cutDate", type: "date", required: true }, ...FREELANCER_COLUMNS];

/** A freelancer_snapshots.csv file (cut_date + freelancer columns), in file order. */
export async function readSnapshotFile(path: string, options: ReadOptions = {}, rejected: Rejected[] = []): Promise<SnapshotRow[]> {
  const rows = await readFile(path, SNAPSHOT_COLUMNS, (raw) => {
    const { cutDate, ...rest } = raw as { cutDate: string } & Record<string, unknown>;
    const record = validateFreelancer(rest);
    return { id: `${record.id}@${cutDate}`, cutDate: Date.parse(cutDate), record };
  }, options, rejected);
  return rows.map(({ cutDate, record }) => ({ cutDate, record }));
}
