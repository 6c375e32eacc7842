/** Defaults in one place, and the checks that turn user options into resolved options. */
import { BestMatchError } from "./errors.js";
import type { Bm25Params, CandidateSource, EngineOptions, EngineOptionsInput, RatingPrior, SimilarityOptions } from "./options.js";
import type { FutureDatesPolicy } from "./corpus/clock.js";
import type { OversizedPolicy } from "./model/limits.js";
import { BM25_KEYS, ENGINE_OPTION_KEYS, RATING_PRIOR_KEYS, SIMILARITY_KEYS, rejectUnknownKeys } from "./option-keys.js";
import { type Model, RANK_TASKS, type RankTask, defaultModels, validateModel } from "./rank/model.js";
import { Taxonomy } from "./skills/taxonomy.js";
import { buildDefaultTaxonomy } from "./skills/default-taxonomy/index.js";
import { DEFAULT_BM25 } from "./text/bm25.js";

/**
 * A newcomer is rated as 4.0 stars over 5 pseudo-reviews: below a real 4.3 over a few reviews (the
 * evidence wins), above a proven 3.5 (no one is punished for being new). 4.5 put every newcomer above
 * real 4.3s.
 */
export const DEFAULT_RATING_PRIOR: RatingPrior = { mean: 4, strength: 5 };
export const DEFAULT_SIMILARITY: SimilarityOptions = {
  learned: true,
  dimensions: 32,
  learnedWeight: 0.5,
  taxonomyRelated: 0.6,
  minSimilarity: 0.35,
  minCount: 20,
  learnedScope: "taxonomy",
  minPairCount: 8,
  minPpmi: 1.5,
};

let shipped: Taxonomy | undefined;

/**
 * The shipped taxonomy, made once per process for every createEngine without one (~70 ms each;
 * a Taxonomy never changes). A snapshot saves its taxonomy's data, so a load still builds its own.
 */
function shippedTaxonomy(): Taxonomy {
  return (shipped ??= new Taxonomy(buildDefaultTaxonomy()));
}

/** Every default of EngineOptions except the taxonomy (built lazily: it is the biggest). */
export const DEFAULT_ENGINE_OPTIONS = {
  ratingPrior: DEFAULT_RATING_PRIOR,
  bm25: DEFAULT_BM25,
  similarity: DEFAULT_SIMILARITY,
  candidates: 1000,
  recencyHalfLifeDays: 180,
  freshnessHalfLifeDays: 14,
  futureDates: "clamp",
  oversized: "reject",
} as const;

export interface ResolvedEngineOptions {
  taxonomy: Taxonomy;
  models: Record<RankTask, Model>;
  ratingPrior: RatingPrior;
  bm25: Bm25Params;
  similarity: SimilarityOptions;
  candidates: number;
  candidateSource: CandidateSource | undefined;
  now: number | undefined;
  recencyHalfLifeDays: number;
  freshnessHalfLifeDays: number;
  futureDates: FutureDatesPolicy;
  oversized: OversizedPolicy;
}

function invalid(option: string, value: unknown, expected: string): never {
  throw new BestMatchError("INVALID_OPTION", `option "${option}" is invalid`, { field: option, value, expected });
}

function number(option: string, value: unknown, min: number, max = Infinity, integer = false): number {
  const ok = typeof value === "number" && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) invalid(option, value, `${integer ? "an integer" : "a number"} in [${min}, ${max === Infinity ? "inf" : max}]`);
  return value as number;
}

function oneOf<T extends string>(option: string, value: unknown, values: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!values.includes(value as T)) invalid(option, value, `one of ${values.map((v) => `"${v}"`).join(", ")}`);
  return value as T;
}

function group(option: string, value: unknown, keys: readonly string[]): void {
  if (value !== undefined && (value === null || typeof value !== "object" || Array.isArray(value))) invalid(option, value, `an object with ${keys.join(", ")}`);
  rejectUnknownKeys(value, keys, option);
}

export function resolveEngineOptions(options: EngineOptionsInput = {}): ResolvedEngineOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) invalid("options", options, "an options object");
  rejectUnknownKeys(options, ENGINE_OPTION_KEYS, "");
  group("ratingPrior", options.ratingPrior, RATING_PRIOR_KEYS);
  group("bm25", options.bm25, BM25_KEYS);
  group("similarity", options.similarity, SIMILARITY_KEYS);
  const prior = { ...DEFAULT_RATING_PRIOR, ...options.ratingPrior };
  number("ratingPrior.mean", prior.mean, 1, 5);
  number("ratingPrior.strength", prior.strength, 0);
  const bm25 = { ...DEFAULT_BM25, ...options.bm25 };
  number("bm25.k1", bm25.k1, 0);
  number("bm25.b", bm25.b, 0, 1);
  number("bm25.d", bm25.d, 0);
  const similarity = { ...DEFAULT_SIMILARITY, ...options.similarity };
  if (typeof similarity.learned !== "boolean") invalid("similarity.learned", similarity.learned, "true or false");
  number("similarity.dimensions", similarity.dimensions, 1, 512, true);
  number("similarity.learnedWeight", similarity.learnedWeight, 0, 1);
  number("similarity.taxonomyRelated", similarity.taxonomyRelated, 0, 1);
  number("similarity.minSimilarity", similarity.minSimilarity, 0, 1);
  number("similarity.minCount", similarity.minCount, 1, Infinity, true);
  if (similarity.learnedScope !== "taxonomy" && similarity.learnedScope !== "any") invalid("similarity.learnedScope", similarity.learnedScope, '"taxonomy" or "any"');
  number("similarity.minPairCount", similarity.minPairCount, 0, Infinity, true);
  number("similarity.minPpmi", similarity.minPpmi, 0);
  const models = {} as Record<RankTask, Model>;
  const given = (options.model ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) if (!(RANK_TASKS as readonly string[]).includes(key)) invalid(`model.${key}`, undefined, `one of ${RANK_TASKS.join(", ")}`);
  for (const task of RANK_TASKS) models[task] = given[task] === undefined ? defaultModels[task] : validateModel(given[task], task);
  let now: number | undefined;
  if (options.now !== undefined) {
    now = options.now instanceof Date ? options.now.getTime() : typeof options.now === "string" ? Date.parse(options.now) : options.now;
    if (!Number.isFinite(now)) invalid("now", options.now, "epoch milliseconds, a Date or an ISO 8601 string");
  }
  return {
    taxonomy: options.taxonomy ? new Taxonomy(options.taxonomy) : shippedTaxonomy(),
    models,
    ratingPrior: prior,
    bm25,
    similarity,
    candidates: number("candidates", options.candidates ?? DEFAULT_ENGINE_OPTIONS.candidates, 1, Infinity, true),
    candidateSource: options.candidateSource === undefined || typeof options.candidateSource === "function" ? options.candidateSource : invalid("candidateSource", options.candidateSource, "a function (request) => iterable of ids"),
    now,
    recencyHalfLifeDays: number("recencyHalfLifeDays", options.recencyHalfLifeDays ?? DEFAULT_ENGINE_OPTIONS.recencyHalfLifeDays, 0.001),
    freshnessHalfLifeDays: number("freshnessHalfLifeDays", options.freshnessHalfLifeDays ?? DEFAULT_ENGINE_OPTIONS.freshnessHalfLifeDays, 0.001),
    futureDates: oneOf("futureDates", options.futureDates, ["clamp", "reject", "keep"], DEFAULT_ENGINE_OPTIONS.futureDates),
    oversized: oneOf("oversized", options.oversized, ["reject", "truncate"], DEFAULT_ENGINE_OPTIONS.oversized),
  };
}
