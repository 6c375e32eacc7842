/**
 * Reads a data folder (generator or importer output, names from DATA_FILES) into validated
 * records for evaluation and benchmarks. Any bad row is an error naming file and line: an
 * evaluation on silently dropped rows would report figures about different data.
 */
import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, FREELANCER_COLUMNS, JOB_COLUMNS, OUTCOME_COLUMNS, PROPOSAL_COLUMNS, REVIEW_COLUMNS, type ColumnSpec, type Outcome } from "../io/columns.js";
import { readRecords } from "../io/read-records.js";
import { RejectionPolicy } from "../io/rejection.js";
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
}

async function readFile<T extends { id: string }>(path: string, specs: readonly ColumnSpec[], validate: (raw: unknown) => T): Promise<T[]> {
  if (!existsSync(path)) throw new BestMatchError("INPUT_IO", "data file not found", { file: path });
  const result = await readRecords({ input: createReadStream(path), file: path, specs, validate, policy: new RejectionPolicy("fail") });
  return result.records.map((r) => r.record);
}

function outcomeRow(raw: unknown): OutcomeRow & { id: string } {
  const row = raw as OutcomeRow;
  // Outcomes have no id of their own: the proposal (or the job-freelancer pair) identifies them.
  return { ...row, id: row.proposalId ?? `${row.jobId}\u0000${row.freelancerId}` };
}

/** freelancers, jobs, reviews, proposals and outcomes of a folder; reviews and outcomes may be absent. */
export async function readDataFolder(dir: string): Promise<DataFolder> {
  const path = (name: string) => join(dir, name);
  const optional = async <T extends { id: string }>(name: string, specs: readonly ColumnSpec[], validate: (raw: unknown) => T) =>
    existsSync(path(name)) ? readFile(path(name), specs, validate) : [];
  const outcomes = await optional(DATA_FILES.outcomes, OUTCOME_COLUMNS, outcomeRow);
  return {
    freelancers: await readFile(path(DATA_FILES.freelancers), FREELANCER_COLUMNS, validateFreelancer),
    jobs: await readFile(path(DATA_FILES.jobs), JOB_COLUMNS, validateJob),
    reviews: await optional(DATA_FILES.reviews, REVIEW_COLUMNS, validateReview),
    proposals: await optional(DATA_FILES.proposals, PROPOSAL_COLUMNS, validateProposal),
    outcomes: outcomes.map(({ id: _id, ...row }) => row),
  };
}

const SNAPSHOT_COLUMNS: readonly ColumnSpec[] = [{ name: "cut_date", field: "cutDate", type: "date", required: true }, ...FREELANCER_COLUMNS];

/** A freelancer_snapshots.csv file (cut_date + freelancer columns), in file order. */
export async function readSnapshotFile(path: string): Promise<SnapshotRow[]> {
  const rows = await readFile(path, SNAPSHOT_COLUMNS, (raw) => {
    const { cutDate, ...rest } = raw as { cutDate: string } & Record<string, unknown>;
    const record = validateFreelancer(rest);
    return { id: `${record.id}@${cutDate}`, cutDate: Date.parse(cutDate), record };
  });
  return rows.map(({ cutDate, record }) => ({ cutDate, record }));
}
