import type { MentionClass } from "./skills/extract/mention-class.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "./model/records.js";
import type { AsyncAddOptions, RankFreelancersOptions, RankProposalsOptions, RecommendJobsOptions } from "./options.js";
import type { RecordKind } from "./engine-extras.js";
import type { RankResult } from "./rank/results.js";
import type { BatchList, RankFreelancersBatchOptions, RankFreelancersBatchResult } from "./rank/rank-freelancers-batch.js";
import type { BatchAudit } from "./rank/rerank/audit.js";
import type { EngineInsights } from "./insights/types.js";
import type { SkillSuggestion, SuggestSkillsOptions } from "./skills/suggest.js";

/** What `resolveSkill` returns. */
export interface ResolvedSkillName {
  /** The canonical name ("JavaScript"); a custom skill's name as first seen on a record. */
  skill: string;
  /** The taxonomy id ("javascript"); absent for a custom skill. */
  id?: string;
  /** Minted from records (not in the taxonomy): it matches only itself in rankings. */
  custom: boolean;
}

export interface ExtractedSkill {
  /** Canonical skill name. */
  skill: string;
  /** The text as it appeared. */
  alias: string;
  /** Character offsets in the input: text.slice(start, end) === alias. */
  start: number;
  end: number;
  /**
   * How the text means the skill, from cue words around it:
   * - "required": said plainly (a job wants it, a profile claims it);
   * - "niceToHave": "Docker is a plus", "Nice to have: Go", "React preferred";
   * - "negated": "no WordPress", "not looking for PHP", "without jQuery" (never required or credited);
   * - "aspirational": "eager to learn React", "currently learning Rust" (no exact credit).
   */
  mentionClass: MentionClass;
  /** A field of work rather than a tool ("Web Development"): from prose it is wanted as nice-to-have only. */
  generic: boolean;
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
  /**
   * Skill names the taxonomy does not know, on indexed records: each is a custom skill that
   * matches only itself, exactly (no aliases, no related skills). See `warnings()`.
   */
  customSkills: number;
}

/** Something the engine did that its user should know, listed once per kind and subject. */
export interface EngineWarning {
  /** "CUSTOM_SKILL": an indexed record's skill name is not in the taxonomy (exact match only); "UNKNOWN_SKILL": a query's skill name is not in the taxonomy and nothing indexed has it (it can never match). */
  code: "CUSTOM_SKILL" | "UNKNOWN_SKILL";
  skill: string;
  /** How many times records named it. */
  uses: number;
  message: string;
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
  /** The ids of the indexed records of this kind, in the order they were added (a replaced freelancer or job keeps its place). */
  ids(kind: RecordKind): string[];
  /** A job id that is indexed, or a job record ranked without being indexed. */
  rankFreelancers(job: string | JobRecord, options?: RankFreelancersOptions): RankResult;
  /**
   * One Best Match list per job (in the order given) and the batch's re-ranking audit. With
   * `options.rerank` the lists go through diversity, cold-start slots and the exposure cap, which
   * spans the batch; with every rule off each list equals rankFreelancers(job, options).
   */
  rankFreelancersBatch(jobs: ReadonlyArray<string | JobRecord>, options?: RankFreelancersBatchOptions): RankFreelancersBatchResult;
  /**
   * The same batch for jobs that arrive one at a time (a replay, a live marketplace): ranking jobs
   * j1..jn one by one gives exactly rankFreelancersBatch([j1..jn]).
   */
  startFreelancerBatch(options?: RankFreelancersBatchOptions): FreelancerBatch;
  rankProposals(job: string | JobRecord, options?: RankProposalsOptions): RankResult;
  recommendJobs(freelancer: string | FreelancerRecord, options?: RecommendJobsOptions): RankResult;
  extractSkills(text: string): ExtractedSkill[];
  /**
   * Skills for search-as-you-type: names and aliases of the taxonomy and of the custom skills
   * records minted that the text starts (or starts a word of), or is a typo or two away from
   * ("reac" -> React, "pyhton" -> Python, "js" -> JavaScript via its alias JS). Each skill once;
   * exact matches first, then prefixes, then typos; within each, the skills more indexed
   * freelancers and jobs have first, ties by name. An empty text suggests nothing.
   */
  suggestSkills(prefix: string, options?: SuggestSkillsOptions): SkillSuggestion[];
  /**
   * The skill a name stands for in this engine: a taxonomy skill (by name, alias or spelling
   * variant) or a custom skill that indexed records minted; undefined when it is neither (a job
   * requiring it matches nobody). Looks only: nothing is minted or counted.
   */
  resolveSkill(name: string): ResolvedSkillName | undefined;
  stats(): EngineStats;
  /** Custom and unknown skill names seen so far, each once, most used first (ties by name). */
  warnings(): EngineWarning[];
  /** Writes the snapshot to `path` atomically (a temporary file renamed into place). */
  save(path: string): Promise<void>;
  /** The same snapshot as bytes, for object storage, caches or worker threads; `loadEngine(bytes)` reads it. */
  toBuffer(): Buffer;
}

export interface FreelancerBatch {
  rank(job: string | JobRecord): BatchList;
  /** The batch audit over the lists ranked so far. */
  audit(): BatchAudit;
}
