/**
 * The query-independent part of a score: what a candidate scores before looking at the query.
 * Stage one adds it to skill coverage so that, among many equal skill matches, the candidates
 * kept for full scoring are the ones likely to rank highest. Built from the same pure feature
 * functions and weights as the full score.
 */
import type { Corpus } from "../corpus/corpus.js";
import type { FreelancerDoc, JobDoc } from "../corpus/normalize.js";
import { clientQuality, competition, freshness } from "./features/job.js";
import { jobSuccess, recency, reviewVolume, smoothedRating } from "./features/reputation.js";

export function freelancerPrior(corpus: Corpus, weights: Record<string, number>): (doc: number) => number {
  const { options } = corpus;
  const now = corpus.now();
  const w = (f: string) => weights[f] ?? 0;
  return (doc) => {
    const r = (corpus.freelancers.table.get(doc) as FreelancerDoc).record;
    const count = corpus.reviewCount.get(doc);
    return (
      w("rating") * smoothedRating(corpus.rating.get(doc), count, options.ratingPrior).value +
      w("reviewVolume") * reviewVolume(count).value +
      w("recency") * recency(corpus.lastActive.get(doc), now, options.recencyHalfLifeDays).value +
      w("jobSuccess") * jobSuccess(r.jobSuccess).value
    );
  };
}

export function jobPrior(corpus: Corpus, weights: Record<string, number>): (doc: number) => number {
  const now = corpus.now();
  const w = (f: string) => weights[f] ?? 0;
  return (doc) => {
    const j = (corpus.jobs.table.get(doc) as JobDoc).record;
    return (
      w("clientQuality") * clientQuality(j.client).value +
      w("freshness") * freshness(j.postedAt as number | undefined, now, corpus.options.freshnessHalfLifeDays).value +
      w("competition") * competition(corpus.proposalsByJob.get(j.id)?.size ?? 0).value
    );
  };
}
