/** Reputation features: Bayesian-smoothed rating, review volume, recency, job success. */
import type { RatingPrior } from "../../options.js";
import { DAY_MS, type FeatureResult, NEUTRAL, defaulted, measured } from "./types.js";

/**
 * Rating shrunk toward the prior: (m * C + r * n) / (C + n), mapped from 1-5 stars to [0, 1].
 * 4.8 stars over 80 reviews beats 5.0 over 1 review. No reviews: the prior itself, flagged defaulted.
 */
export function smoothedRating(rating: number | undefined, count: number | undefined, prior: RatingPrior, countAssumed = false): FeatureResult {
  if (rating === undefined || !count) {
    return defaulted((prior.mean - 1) / 4, { stars: prior.mean, reviews: 0 });
  }
  const stars = (prior.mean * prior.strength + rating * count) / (prior.strength + count);
  // A rating given without a review count is weighed as one review; the facts say it was not given.
  return measured((stars - 1) / 4, { stars: rating, reviews: count, smoothed: stars, ...(countAssumed ? { countGiven: "no" } : {}) });
}

/** Review count on a log scale: 100 reviews or more gives 1. */
export const REVIEW_VOLUME_CAP = 100;
export function reviewVolume(count: number | undefined): FeatureResult {
  if (count === undefined) return defaulted(0, { reviews: 0 });
  return measured(Math.log1p(count) / Math.log1p(REVIEW_VOLUME_CAP), { reviews: count });
}

/** Exponential decay of the time since last activity: 1 today, 0.5 after one half-life. */
export function recency(lastActiveAt: number | undefined, now: number, halfLifeDays: number): FeatureResult {
  if (lastActiveAt === undefined) return defaulted(NEUTRAL);
  const days = Math.max(0, (now - lastActiveAt) / DAY_MS);
  return measured(Math.pow(0.5, days / halfLifeDays), { days: Math.round(days) });
}

export function jobSuccess(score: number | undefined): FeatureResult {
  if (score === undefined) return defaulted(NEUTRAL);
  return measured(score / 100, { percent: score });
}
