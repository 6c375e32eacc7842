/** The shipped sample data (fixtures/sample) as validated records, for tests of the service and the report. */
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, FREELANCER_COLUMNS, JOB_COLUMNS, PROPOSAL_COLUMNS, REVIEW_COLUMNS, type ColumnSpec } from "../io/columns.js";
import { readRecords } from "../io/read-records.js";
import { RejectionPolicy } from "../io/rejection.js";
import { validateFreelancer, validateJob, validateProposal, validateReview } from "../model/validate.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";
import { createEngine } from "../engine.js";
import type { Engine } from "../engine-types.js";

export const SAMPLE_DIR = join(import.meta.dirname, "../../fixtures/sample");

async function read<T extends { id: string }>(file: string, specs: readonly ColumnSpec[], validate: (raw: unknown) => T): Promise<T[]> {
  const path = join(SAMPLE_DIR, file);
  const { records } = await readRecords({ input: createReadStream(path), file: path, specs, validate, policy: new RejectionPolicy("fail") });
  return records.map((r) => r.record);
}

export interface SampleData {
  freelancers: FreelancerRecord[];
  jobs: JobRecord[];
  reviews: ReviewRecord[];
  proposals: ProposalRecord[];
}

export async function readSample(): Promise<SampleData> {
  return {
    freelancers: await read(DATA_FILES.freelancers, FREELANCER_COLUMNS, validateFreelancer),
    jobs: await read(DATA_FILES.jobs, JOB_COLUMNS, validateJob),
    reviews: await read(DATA_FILES.reviews, REVIEW_COLUMNS, validateReview),
    proposals: await read(DATA_FILES.proposals, PROPOSAL_COLUMNS, validateProposal),
  };
}

export function sampleEngine(data: SampleData, options: Parameters<typeof createEngine>[0] = {}): Engine {
  const engine = createEngine(options);
  engine.addFreelancers(data.freelancers);
  engine.addJobs(data.jobs);
  engine.addReviews(data.reviews);
  engine.addProposals(data.proposals);
  return engine;
}
