import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "./model/records.js";
import type { RankFreelancersOptions, RankProposalsOptions, RecommendJobsOptions } from "./options.js";
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
  /** The clock recency and freshness are measured against (ISO 8601): the `now` option, else the data clock. */
  now: string;
  /**
   * Dates the data clock set aside as outliers (after the wall clock, or far beyond the bulk of the
   * data), latest first, at most 100 (see futureDateCount). Under the default `futureDates: "clamp"`
   * they count as "now".
   */
  futureDates: Array<{ kind: "freelancer" | "job" | "review" | "proposal"; id: string; field: string; date: string }>;
  /** How many dates the data clock set aside (futureDates lists the latest 100). */
  futureDateCount: number;
}

/** The public engine. Adding a record whose id exists replaces it. Batches are atomic. */
export interface Engine extends EngineInsights {
  addFreelancers(records: Iterable<FreelancerRecord>): void;
  addJobs(records: Iterable<JobRecord>): void;
  addReviews(records: Iterable<ReviewRecord>): void;
  addProposals(records: Iterable<ProposalRecord>): void;
  /** Returns false when no such freelancer was indexed. */
  removeFreelancer(id: string): boolean;
  removeJob(id: string): boolean;
  /** A job id that is indexed, or a job record ranked without being indexed. */
  rankFreelancers(job: string | JobRecord, options?: RankFreelancersOptions): RankResult;
  rankProposals(job: string | JobRecord, options?: RankProposalsOptions): RankResult;
  recommendJobs(freelancer: string | FreelancerRecord, options?: RecommendJobsOptions): RankResult;
  extractSkills(text: string): ExtractedSkill[];
  stats(): EngineStats;
  save(path: string): Promise<void>;
}
