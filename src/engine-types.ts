import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "./model/records.js";
import type { AsyncAddOptions, RankFreelancersOptions, RankProposalsOptions, RecommendJobsOptions } from "./options.js";
import type { RecordKind } from "./engine-extras.js";
import type { RankResult } from "./rank/results.js";
import type { EngineInsights } from "./insights/types.js";

export interface ExtractedSkill {
  /** Canonical skill name. */
  skill: string;
  /** The text as it appeared. */
  alias: string;
  /** Character offsets in the input: text.slice(start, end) === alias. */
  start: number;
  end: number;
}

export interface EngineStats {
  freelancers: number;
  jobs: number;
  reviews: number;
  proposals: number;
  skills: number;
}

/** The public engine. Adding a record whose id exists replaces it. Batches are atomic. */
export interface Engine extends EngineInsights {
  addFreelancers(records: Iterable<FreelancerRecord>): void;
  addJobs(records: Iterable<JobRecord>): void;
  addReviews(records: Iterable<ReviewRecord>): void;
  addProposals(records: Iterable<ProposalRecord>): void;
  /** Like addFreelancers, in chunks that yield to the event loop; atomic (an abort or error rolls the batch back). */
  addFreelancersAsync(records: Iterable<FreelancerRecord>, options?: AsyncAddOptions): Promise<void>;
  addJobsAsync(records: Iterable<JobRecord>, options?: AsyncAddOptions): Promise<void>;
  /** Returns false when no such freelancer was indexed. */
  removeFreelancer(id: string): boolean;
  removeJob(id: string): boolean;
  /** Returns false when no such review was indexed; the freelancer's rating follows. */
  removeReview(id: string): boolean;
  removeProposal(id: string): boolean;
  has(kind: RecordKind, id: string): boolean;
  /** The indexed record as validated (dates as epoch ms), or undefined. */
  get(kind: "freelancer", id: string): FreelancerRecord | undefined;
  get(kind: "job", id: string): JobRecord | undefined;
  get(kind: "review", id: string): ReviewRecord | undefined;
  get(kind: "proposal", id: string): ProposalRecord | undefined;
  get(kind: RecordKind, id: string): FreelancerRecord | JobRecord | ReviewRecord | ProposalRecord | undefined;
  /** How many records of this kind are indexed. */
  count(kind: RecordKind): number;
  /** A job id that is indexed, or a job record ranked without being indexed. */
  rankFreelancers(job: string | JobRecord, options?: RankFreelancersOptions): RankResult;
  rankProposals(job: string | JobRecord, options?: RankProposalsOptions): RankResult;
  recommendJobs(freelancer: string | FreelancerRecord, options?: RecommendJobsOptions): RankResult;
  extractSkills(text: string): ExtractedSkill[];
  stats(): EngineStats;
  save(path: string): Promise<void>;
}
