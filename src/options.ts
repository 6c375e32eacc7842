/**
 * Engine and ranking options. Defaults live in one place (DEFAULT_ENGINE_OPTIONS,
 * DEFAULT_RANK_OPTIONS); every field's JSDoc names its default.
 */
import type { ExperienceLevel, FreelancerRecord, JobRecord } from "./model/records.js";
import type { TaxonomyData } from "./skills/taxonomy-types.js";
import type { Model, RankTask } from "./rank/model.js";
import type { FutureDatesPolicy } from "./corpus/clock.js";

import type { OversizedPolicy } from "./model/limits.js";

export type { FutureDatesPolicy, OversizedPolicy };

export interface RatingPrior {
  /** Prior mean rating, 1-5. Default 4.5 (marketplace ratings skew high). */
  mean: number;
  /** Prior strength, in pseudo-reviews. Default 5. */
  strength: number;
}

export interface Bm25Params {
  /** Term-frequency saturation. Default 1.2. */
  k1: number;
  /** Length normalization. Default 0.75. */
  b: number;
}

export interface SimilarityOptions {
  /** Learn skill similarity from co-occurrence in the indexed records. Default true. */
  learned: boolean;
  /** Latent dimensions of the truncated SVD. Default 32. */
  dimensions: number;
  /** Weight of the learned similarity against the taxonomy's related links (0-1). Default 0.5. */
  learnedWeight: number;
  /** Similarity given by a taxonomy "related" link. Default 0.6. */
  taxonomyRelated: number;
  /** Related matches below this similarity give no credit. Default 0.35. */
  minSimilarity: number;
  /** A skill must appear in at least this many records to get a learned vector (fewer is noise). Default 20. */
  minCount: number;
  /**
   * Which pairs learned similarity may relate: "taxonomy" (default) = pairs the taxonomy links,
   * or pairs in the same taxonomy category ("software/web-frontend") with enough evidence
   * (minPairCount, minPpmi); "any" = every pair of skills with vectors (custom skills included).
   */
  learnedScope: "taxonomy" | "any";
  /** Records listing both skills, at least, for an unlinked pair to get learned credit. Default 8 (chosen on data: docs/evaluation.md). */
  minPairCount: number;
  /** PPMI of the pair, at least, for an unlinked pair to get learned credit. Default 1.5 (chosen on data: docs/evaluation.md). */
  minPpmi: number;
}

/** What an external candidate source is asked: the query, in plain terms. */
export interface CandidateRequest {
  /** "freelancers": candidates for a job; "jobs": candidates for a freelancer. */
  task: "freelancers" | "jobs";
  /** The query's skills, canonical names (required first). */
  skills: string[];
  /** The query's text (title, description or overview). */
  text: string;
  /** How many candidates bestmatch would retrieve itself (the `candidates` option). */
  limit: number;
}

/**
 * Replaces stage one: returns ids of indexed records to score fully, e.g. from a distributed
 * search engine. Ids bestmatch has not indexed are ignored. Not saved in snapshots.
 */
export type CandidateSource = (request: CandidateRequest) => Iterable<string>;

export interface EngineOptions {
  /** Skill taxonomy. Default: the shipped `defaultTaxonomy` (2,363 skills). */
  taxonomy: TaxonomyData;
  /** Weights per ranking task; a task left out uses its default model. Default: `defaultModels`. */
  model: Partial<Record<RankTask, Model>>;
  /** Bayesian rating prior. Default `{ mean: 4.5, strength: 5 }`. */
  ratingPrior: RatingPrior;
  /** BM25 parameters. Default `{ k1: 1.2, b: 0.75 }`. */
  bm25: Bm25Params;
  /** Related-skill similarity. Defaults: see SimilarityOptions. */
  similarity: SimilarityOptions;
  /** Candidates fully scored by the two-stage ranker. Default 1000. */
  candidates: number;
  /** External stage one (see CandidateSource). Default: none, bestmatch retrieves itself. */
  candidateSource?: CandidateSource;
  /**
   * The clock for recency and freshness, as epoch ms, Date or ISO string. Default: the latest
   * timestamp among the indexed records that is not an outlier (see `futureDates`), so rankings
   * depend on the data only (deterministic; the wall clock is only ever a ceiling).
   */
  now?: number | Date | string;
  /**
   * Dates the data clock treats as outliers: after the wall clock, or more than a year beyond the
   * 99th percentile of the data's dates. "clamp": they count as "now" and are listed in
   * `engine.stats().futureDates`; "reject": a batch holding one fails with INVALID_RECORD;
   * "keep": the clock is the latest date, outliers and all (one record dated 2099 then ages
   * everyone else to zero). Ignored when `now` is given. Default "clamp".
   */
  futureDates: FutureDatesPolicy;
  /**
   * A record over a size limit (RECORD_LIMITS: skills per record, characters per text field):
   * "reject" fails its batch with INVALID_RECORD naming the field; "truncate" keeps the first
   * items or characters. Default "reject".
   */
  oversized: OversizedPolicy;
  /** Half-life of recency decay for activity and reviews, in days. Default 180. */
  recencyHalfLifeDays: number;
  /** Half-life of job freshness for recommendations, in days. Default 14. */
  freshnessHalfLifeDays: number;
}

/**
 * What `createEngine` accepts: every option optional, and the nested groups (ratingPrior, bm25,
 * similarity) partial too: a field left out keeps its default.
 */
export type EngineOptionsInput = Partial<Omit<EngineOptions, "ratingPrior" | "bm25" | "similarity">> & {
  ratingPrior?: Partial<RatingPrior>;
  bm25?: Partial<Bm25Params>;
  similarity?: Partial<SimilarityOptions>;
};

export interface Range {
  min?: number;
  max?: number;
}

export interface FreelancerFilters {
  /** Hourly rate range; freelancers without a rate are excluded when set. */
  hourlyRate?: Range;
  /** Minimum hours per week; freelancers without hours are excluded when set. */
  minHoursPerWeek?: number;
  experienceLevels?: ExperienceLevel[];
  /** Country codes or names (case-insensitive). */
  countries?: string[];
  /** UTC offset window in hours: freelancers whose offset lies in [min, max]. */
  utcOffsetHours?: Range;
  /** The freelancer must speak all of these (case-insensitive). */
  languages?: string[];
}

export interface JobFilters {
  budgetTypes?: Array<"hourly" | "fixed">;
  experienceLevels?: ExperienceLevel[];
  paymentVerified?: boolean;
  /** Only jobs posted at or after this time. */
  postedAfter?: number | Date | string;
}

export interface RankFreelancersOptions {
  /** Items returned. Default 20. */
  limit?: number;
  /** Items skipped (paging). Default 0. */
  offset?: number;
  filters?: FreelancerFilters;
  /** Score every indexed freelancer instead of the retrieved candidates. Default false. */
  exhaustive?: boolean;
  /** Your own hard filter over the (validated) record, applied with `filters`. Default: none. */
  filter?: (record: FreelancerRecord) => boolean;
  /** Per-query weight multipliers, e.g. `{ rating: 2 }` (contributions use the boosted weights). Default: none. */
  boost?: Boost;
  /**
   * Two-sided score: also score how well the job fits each freelancer (the recommendJobs model,
   * seen from the freelancer's side) and rank by the weighted sum of both sides (see
   * src/rank/reciprocal.ts). `true` uses DEFAULT_RECIPROCAL. Default off.
   */
  reciprocal?: boolean | Partial<ReciprocalOptions>;
}

/** Feature name to a multiplier (finite, >= 0) of the model's weight for one query. */
export type Boost = Readonly<Record<string, number>>;

export interface ReciprocalOptions {
  /** Share of the freelancer's side ("the job fits the freelancer") in the combined score, in [0, 1]. Default 0.3. */
  weight: number;
  /** The model's best `depth` freelancers for the job are re-scored from both sides (at least offset + limit). Default 100. */
  depth: number;
}

export const DEFAULT_RECIPROCAL: Readonly<ReciprocalOptions> = { weight: 0.3, depth: 100 };

export interface RankProposalsOptions {
  /** Items returned. Default 20. */
  limit?: number;
  /** Default 0. */
  offset?: number;
  /** Per-query weight multipliers (see RankFreelancersOptions.boost). Default: none. */
  boost?: Boost;
}

export interface RecommendJobsOptions {
  /** Items returned. Default 20. */
  limit?: number;
  /** Default 0. */
  offset?: number;
  filters?: JobFilters;
  /** Score every indexed job instead of the retrieved candidates. Default false. */
  exhaustive?: boolean;
  /** Your own hard filter over the (validated) job record, applied with `filters`. Default: none. */
  filter?: (record: JobRecord) => boolean;
  /** Per-query weight multipliers (see RankFreelancersOptions.boost). Default: none. */
  boost?: Boost;
}

/** Options of addFreelancersAsync / addJobsAsync. */
export interface AsyncAddOptions {
  /** Records indexed between two yields to the event loop. Default 500. */
  chunkSize?: number;
  /** Aborting rolls the whole batch back (nothing of it stays indexed) and rejects with an AbortError. */
  signal?: AbortSignal;
  /** Called after each chunk with the records indexed so far and the batch size. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_ASYNC_CHUNK = 500;

export const DEFAULT_RANK_LIMIT = 20;
