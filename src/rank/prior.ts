/**
 * The query-independent part of a score: what a candidate scores before looking at the query.
 * Stage one adds it to skill coverage so that, among many equal skill matches, the candidates
 * kept for full scoring are the ones likely to rank highest. Built from the same pure feature
 * functions and weights as the full score.
 *
 * Stage one reads it for every doc that shares a skill with the query (tens of thousands per
 * query at 100k), so values are cached per doc until the corpus changes (`corpus.version`).
 */
import type { Corpus } from "../corpus/corpus.js";
import type { JobDoc } from "../corpus/normalize.js";
import { clientQuality, competition, freshness } from "./features/job.js";
import { jobSuccess, recency, reviewVolume, smoothedRating } from "./features/reputation.js";

type Prior = (doc: number) => number;

interface CachedPrior {
  version: number;
  weights: string;
  /** NaN = not computed yet. */
  values: Float64Array;
}

/** Per corpus, one cache per side: a model with other weights replaces it rather than piling up. */
const caches = new WeakMap<Corpus, Map<string, CachedPrior>>();

/** `compute` memoized per doc for this corpus version and these weights. */
function memoized(corpus: Corpus, side: string, weights: string, capacity: number, compute: Prior): Prior {
  let bySide = caches.get(corpus);
  if (!bySide) caches.set(corpus, (bySide = new Map()));
  let cached = bySide.get(side);
  if (!cached || cached.version !== corpus.version || cached.weights !== weights || cached.values.length < capacity) {
    cached = { version: corpus.version, weights, values: new Float64Array(capacity).fill(NaN) };
    bySide.set(side, cached);
  }
  const values = cached.values;
  return (doc) => {
    const v = values[doc];
    return v === v ? v : (values[doc] = compute(doc));
  };
}

function weightKey(weights: Record<string, number>, features: readonly string[]): string {
  return features.map((f) => weights[f] ?? 0).join(",");
}

const FREELANCER_PRIOR_FEATURES = ["rating", "reviewVolume", "recency", "jobSuccess"] as const;
const JOB_PRIOR_FEATURES = ["clientQuality", "freshness", "competition"] as const;

export function freelancerPrior(corpus: Corpus, weights: Record<string, number>): Prior {
  const { options } = corpus;
  const now = corpus.now();
  const w = (f: string) => weights[f] ?? 0;
  const compute: Prior = (doc) => {
    const count = corpus.reviewCount.get(doc);
    return (
      w("rating") * smoothedRating(corpus.rating.get(doc), count, options.ratingPrior).value +
      w("reviewVolume") * reviewVolume(count, corpus.rating.get(doc)).value +
      w("recency") * recency(corpus.lastActive.get(doc), now, options.recencyHalfLifeDays).value +
      w("jobSuccess") * jobSuccess(corpus.jobSuccess.get(doc)).value
    );
  };
  return memoized(corpus, "freelancers", weightKey(weights, FREELANCER_PRIOR_FEATURES), corpus.freelancers.table.capacity, compute);
}

export function jobPrior(corpus: Corpus, weights: Record<string, number>): Prior {
  const now = corpus.now();
  const w = (f: string) => weights[f] ?? 0;
  const compute: Prior = (doc) => {
    const j = (corpus.jobs.table.get(doc) as JobDoc).record;
    return (
      w("clientQuality") * clientQuality(j.client).value +
      w("freshness") * freshness(j.postedAt as number | undefined, now, corpus.options.freshnessHalfLifeDays).value +
      w("competition") * competition(corpus.proposalsByJob.get(j.id)?.size ?? 0).value
    );
  };
  return memoized(corpus, "jobs", weightKey(weights, JOB_PRIOR_FEATURES), corpus.jobs.table.capacity, compute);
}
