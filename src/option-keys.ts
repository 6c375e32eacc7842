/**
 * The valid keys of every options object and record the library accepts, one list per type, so
 * adding an option is one edit here. Unknown keys are rejected naming the closest valid key:
 * a typo (`{ lmit: 3 }`) must not be ignored silently.
 */
import { BestMatchError, type ErrorCode } from "./errors.js";
import { closest } from "./util/closest.js";
import type { AsyncAddOptions, Bm25Params, EngineOptions, FreelancerFilters, JobFilters, Range, RankFreelancersOptions, RankProposalsOptions, RatingPrior, RecommendJobsOptions, SimilarityOptions } from "./options.js";
import type { ClientInfo, FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord, SkillClaim } from "./model/records.js";
import type { DraftJobPostOptions, GapAdviceOptions, JobGapsOptions } from "./insights/types.js";
import type { ReciprocalOptions } from "./options.js";
import type { RankFreelancersBatchOptions } from "./rank/rank-freelancers-batch.js";
import type { SuggestSkillsOptions } from "./skills/suggest.js";
import type { DiversityOptions, ExposureOptions, RerankOptions } from "./rank/rerank/options.js";
import type { RankInWorkersOptions } from "./scale/worker-ranking.js";

export const ENGINE_OPTION_KEYS = ["taxonomy", "model", "ratingPrior", "bm25", "similarity", "candidates", "candidateSource", "now", "futureDates", "recencyHalfLifeDays", "freshnessHalfLifeDays", "oversized"] as const;
export const RATING_PRIOR_KEYS = ["mean", "strength"] as const;
export const BM25_KEYS = ["k1", "b", "d"] as const;
export const SIMILARITY_KEYS = ["learned", "dimensions", "learnedWeight", "taxonomyRelated", "minSimilarity", "minCount", "learnedScope", "minPairCount", "minPpmi"] as const;

export const RANK_FREELANCERS_KEYS = ["limit", "offset", "filters", "exhaustive", "boost", "filter", "reciprocal"] as const;
export const RANK_FREELANCERS_BATCH_KEYS = [...RANK_FREELANCERS_KEYS, "rerank"] as const;
export const RECIPROCAL_KEYS = ["weight", "depth"] as const;
export const RERANK_KEYS = ["pool", "diversity", "exposure"] as const;
export const DIVERSITY_KEYS = ["lambda", "window"] as const;
export const EXPOSURE_KEYS = ["maxTop", "depth", "newcomerShare", "newcomerWindow", "newcomerReviews", "minRequiredSkills"] as const;
export const RANK_PROPOSALS_KEYS = ["limit", "offset", "boost"] as const;
export const RECOMMEND_JOBS_KEYS = ["limit", "offset", "filters", "exhaustive", "boost", "filter"] as const;
export const RANK_IN_WORKERS_KEYS = ["task", "workers", "callerRanks", "rank", "batchSize"] as const;
export const ASYNC_ADD_KEYS = ["chunkSize", "signal", "onProgress"] as const;
export const FREELANCER_FILTER_KEYS = ["hourlyRate", "minHoursPerWeek", "experienceLevels", "countries", "utcOffsetHours", "languages"] as const;
export const JOB_FILTER_KEYS = ["budgetTypes", "experienceLevels", "paymentVerified", "postedAfter"] as const;
export const RANGE_KEYS = ["min", "max"] as const;
export const GAP_ADVICE_KEYS = ["limit", "window"] as const;
export const JOB_GAPS_KEYS = ["minCandidates"] as const;
export const SUGGEST_SKILLS_KEYS = ["limit"] as const;
export const DRAFT_JOB_POST_KEYS = ["budgetHint", "similarJobs", "requiredShare", "niceToHaveShare", "maxRequiredSkills", "maxNiceToHaveSkills"] as const;

export const FREELANCER_KEYS = ["id", "title", "overview", "skills", "hourlyRate", "experienceLevel", "hoursPerWeek", "country", "timezone", "languages", "rating", "reviewCount", "jobSuccess", "completedJobs", "totalEarnings", "lastActiveAt", "createdAt"] as const;
export const SKILL_CLAIM_KEYS = ["name", "level", "years"] as const;
export const JOB_KEYS = ["id", "title", "description", "skills", "niceToHaveSkills", "budget", "experienceLevel", "duration", "postedAt", "client"] as const;
export const BUDGET_KEYS = ["type", "min", "max", "amount"] as const;
export const CLIENT_KEYS = ["paymentVerified", "rating", "hires", "totalSpent", "country"] as const;
export const REVIEW_KEYS = ["id", "freelancerId", "jobId", "rating", "text", "createdAt"] as const;
export const PROPOSAL_KEYS = ["id", "jobId", "freelancerId", "coverLetter", "bid", "submittedAt", "screeningAnswers"] as const;

/*
 * Each list must name exactly the keys of its type: a field added to a type without its key here
 * (or the reverse) fails the type check, so a valid key is never rejected as unknown.
 */
type Exact<K, L extends readonly string[]> = [Exclude<K, L[number]>, Exclude<L[number], K>] extends [never, never] ? true : { missing: Exclude<K, L[number]>; extra: Exclude<L[number], K> };
const exact = <T extends true>(_: T): void => undefined;
exact<Exact<keyof EngineOptions, typeof ENGINE_OPTION_KEYS>>(true);
exact<Exact<keyof RatingPrior, typeof RATING_PRIOR_KEYS>>(true);
exact<Exact<keyof Bm25Params, typeof BM25_KEYS>>(true);
exact<Exact<keyof SimilarityOptions, typeof SIMILARITY_KEYS>>(true);
exact<Exact<keyof RankFreelancersOptions, typeof RANK_FREELANCERS_KEYS>>(true);
exact<Exact<keyof RankFreelancersBatchOptions, typeof RANK_FREELANCERS_BATCH_KEYS>>(true);
exact<Exact<keyof ReciprocalOptions, typeof RECIPROCAL_KEYS>>(true);
exact<Exact<keyof RerankOptions, typeof RERANK_KEYS>>(true);
exact<Exact<keyof DiversityOptions, typeof DIVERSITY_KEYS>>(true);
exact<Exact<keyof ExposureOptions, typeof EXPOSURE_KEYS>>(true);
exact<Exact<keyof RankProposalsOptions, typeof RANK_PROPOSALS_KEYS>>(true);
exact<Exact<keyof RecommendJobsOptions, typeof RECOMMEND_JOBS_KEYS>>(true);
exact<Exact<keyof FreelancerFilters, typeof FREELANCER_FILTER_KEYS>>(true);
exact<Exact<keyof JobFilters, typeof JOB_FILTER_KEYS>>(true);
exact<Exact<keyof Range, typeof RANGE_KEYS>>(true);
exact<Exact<keyof GapAdviceOptions, typeof GAP_ADVICE_KEYS>>(true);
exact<Exact<keyof AsyncAddOptions, typeof ASYNC_ADD_KEYS>>(true);
exact<Exact<keyof RankInWorkersOptions, typeof RANK_IN_WORKERS_KEYS>>(true);
exact<Exact<keyof JobGapsOptions, typeof JOB_GAPS_KEYS>>(true);
exact<Exact<keyof DraftJobPostOptions, typeof DRAFT_JOB_POST_KEYS>>(true);
exact<Exact<keyof SuggestSkillsOptions, typeof SUGGEST_SKILLS_KEYS>>(true);
exact<Exact<keyof FreelancerRecord, typeof FREELANCER_KEYS>>(true);
exact<Exact<keyof Exclude<SkillClaim, string>, typeof SKILL_CLAIM_KEYS>>(true);
exact<Exact<keyof JobRecord, typeof JOB_KEYS>>(true);
exact<Exact<"type" | "min" | "max" | "amount", typeof BUDGET_KEYS>>(true);
exact<Exact<keyof ClientInfo, typeof CLIENT_KEYS>>(true);
exact<Exact<keyof ReviewRecord, typeof REVIEW_KEYS>>(true);
exact<Exact<keyof ProposalRecord, typeof PROPOSAL_KEYS>>(true);

/** The first key of `value` not in `valid`, or undefined. Only own enumerable keys count. */
export function unknownKey(value: object, valid: readonly string[]): string | undefined {
  for (const key of Object.keys(value)) if (!valid.includes(key)) return key;
  return undefined;
}

/** "; did you mean "limit"?" or the list of valid keys when nothing is close. */
export function suggestion(key: string, valid: readonly string[]): string {
  const near = closest(key, valid);
  return near !== undefined ? `"${near}" (did you mean it?); valid: ${valid.join(", ")}` : `one of ${valid.join(", ")}`;
}

/**
 * Throws when `value` (an object, or undefined) has a key outside `valid`. `path` prefixes the
 * field in the error ("filters" -> field "filters.hourlyRat").
 */
export function rejectUnknownKeys(value: unknown, valid: readonly string[], path: string, code: ErrorCode = "INVALID_OPTION", recordId?: string): void {
  if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) return;
  const key = unknownKey(value, valid);
  if (key === undefined) return;
  const field = path ? `${path}.${key}` : key;
  const what = code === "INVALID_OPTION" ? "option" : "field";
  throw new BestMatchError(code, `unknown ${what} "${field}"`, { recordId, field, expected: suggestion(key, valid) });
}
