/**
 * The features of one freelancer for one job, shared by "rank freelancers" and "rank
 * proposals" (which adds proposal features on top).
 */
import { type Corpus, LEVEL_CODES } from "../corpus/corpus.js";
import type { FreelancerDoc } from "../corpus/normalize.js";
import { squashBm25 } from "../text/bm25.js";
import type { JobQuery } from "./job-query.js";
import type { CandidateContext } from "./candidate-context.js";
import { RECENT_ACTIVITY_DAYS } from "./history.js";
import { availability, levelFit, rateFit } from "./features/fit.js";
import { activity, activityValue, hireRate, hireRateValue, pastWorkRelevance, pastWorkRelevanceValue, recentActivity, recentActivityValue, skillTrackRecord, skillTrackRecordValue, skillVolume, skillVolumeValue } from "./features/history.js";
import { logShareOfBest, shareOfBest, topRank } from "./features/relative.js";
import { jobSuccess, recency, reviewVolume, smoothedRating } from "./features/reputation.js";
import { type CoverageResult, credibleCoverage, skillCoverage, skillDepth, skillFocus, withRelatedPairs } from "./features/skills.js";
import { type FeatureResult, measured } from "./features/types.js";

export interface FreelancerFeatures {
  features: Map<string, FeatureResult>;
  coverage: CoverageResult;
}

/** `detail: false` skips what only explanations need (matched-skill lists); values are identical. */
export function freelancerFeatures(corpus: Corpus, q: JobQuery, doc: number, ctx: CandidateContext, detail = true): FreelancerFeatures {
  const f = corpus.freelancers.table.get(doc) as FreelancerDoc;
  const job = q.job.record;
  const { options } = corpus;
  const { textBm25 } = ctx.signals(doc);
  // Columns, not the record: a loaded index decodes a record only to explain it.
  const listed = corpus.listedSkills.get(doc) ?? 0;
  const coverage = credibleCoverage(skillCoverage(q.required, f.skills, q.related, detail), listed);
  const features = new Map<string, FeatureResult>([
    ["requiredSkills", coverage],
    ["niceToHaveSkills", credibleCoverage(withRelatedPairs(skillCoverage(q.niceToHave, f.skills, q.related, detail), q.name), listed)],
    ["skillFocus", skillFocus(f.skills, q.relevant, q.hasSkills, f.fromText)],
    ["textRelevance", measured(squashBm25(textBm25, q.text.upperBound))],
    ...contextFeatures(ctx, doc),
    ["skillDepth", skillDepth(q.required, f.skills, f.depth, q.name)],
    ["rating", smoothedRating(corpus.rating.get(doc), corpus.reviewCount.get(doc), options.ratingPrior, corpus.reviewCountAssumed.get(doc) === 1)],
    ["reviewVolume", reviewVolume(corpus.reviewCount.get(doc), corpus.rating.get(doc))],
    ["recency", recency(corpus.lastActive.get(doc), corpus.now(), options.recencyHalfLifeDays)],
    ["jobSuccess", jobSuccess(corpus.jobSuccess.get(doc))],
    ["rateFit", rateFit(corpus.hourlyRate.get(doc), job.budget)],
    ["levelFit", levelFit(LEVEL_CODES[corpus.level.get(doc) ?? 0], job.experienceLevel)],
    ["availability", availability(corpus.hoursPerWeek.get(doc), job.duration)],
  ]);
  return { features, coverage };
}

/**
 * The features read off the candidate context: query-relative text relevance and the track record.
 * Cheap once the context exists, so the early-stopping bound computes them exactly too.
 */
export function contextFeatures(ctx: CandidateContext, doc: number): Array<[string, FeatureResult]> {
  const { textMatch, stars, track } = ctx.signals(doc);
  const s = ctx.spreads;
  return [
    ["reputationShare", measured(logShareOfBest(stars, s.stars), { stars })],
    // Keep this list, CONTEXT_FEATURES and addContextFeatures in the same order.
    ["textRelevanceShare", measured(shareOfBest(textMatch, s.textMatch))],
    ["textRelevanceRank", measured(topRank(textMatch, s.textMatch))],
    ["pastWorkRelevance", pastWorkRelevance(track, s.pastWorkBm25)],
    ["skillTrackRecord", skillTrackRecord(track)],
    ["skillVolume", skillVolume(track, s.skillProposals)],
    ["activity", activity(track, s.proposals)],
    ["recentActivity", recentActivity(track, s.recentProposals, RECENT_ACTIVITY_DAYS)],
    ["hireRate", hireRate(track)],
  ];
}

/** Names of the features contextFeatures computes, in its order. */
export const CONTEXT_FEATURES = ["reputationShare", "textRelevanceShare", "textRelevanceRank", "pastWorkRelevance", "skillTrackRecord", "skillVolume", "activity", "recentActivity", "hireRate"] as const;

/**
 * `start` plus each context feature's value times its weight (`weights` in CONTEXT_FEATURES
 * order), added in that order: what folding contextFeatures gives, bit for bit, without a result
 * object per feature (the score bound runs this for every candidate; the objects were a fifth of a
 * query's allocations). A zero weight is skipped (it adds exactly 0).
 */
export function addContextFeatures(ctx: CandidateContext, doc: number, weights: ArrayLike<number>, start: number): number {
  const { textMatch, stars, track: t } = ctx.signals(doc);
  const s = ctx.spreads;
  let sum = start;
  if (weights[0] !== 0) sum += weights[0] * logShareOfBest(stars, s.stars);
  if (weights[1] !== 0) sum += weights[1] * shareOfBest(textMatch, s.textMatch);
  if (weights[2] !== 0) sum += weights[2] * topRank(textMatch, s.textMatch);
  if (weights[3] !== 0) sum += weights[3] * pastWorkRelevanceValue(t, s.pastWorkBm25);
  if (weights[4] !== 0) sum += weights[4] * skillTrackRecordValue(t);
  if (weights[5] !== 0) sum += weights[5] * skillVolumeValue(t, s.skillProposals);
  if (weights[6] !== 0) sum += weights[6] * activityValue(t, s.proposals);
  if (weights[7] !== 0) sum += weights[7] * recentActivityValue(t, s.recentProposals);
  if (weights[8] !== 0) sum += weights[8] * hireRateValue(t);
  return sum;
}
