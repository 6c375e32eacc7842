/**
 * The features of one freelancer for one job, shared by "rank freelancers" and "rank
 * proposals" (which adds proposal features on top).
 */
import type { Corpus } from "../corpus/corpus.js";
import type { FreelancerDoc } from "../corpus/normalize.js";
import { squashBm25 } from "../text/bm25.js";
import type { JobQuery } from "./job-query.js";
import { availability, levelFit, rateFit } from "./features/fit.js";
import { jobSuccess, recency, reviewVolume, smoothedRating } from "./features/reputation.js";
import { type CoverageResult, skillCoverage, skillDepth, skillFocus, withRelatedPairs } from "./features/skills.js";
import { type FeatureResult, measured } from "./features/types.js";

export interface FreelancerFeatures {
  features: Map<string, FeatureResult>;
  coverage: CoverageResult;
}

/** `detail: false` skips what only explanations need (matched-skill lists); values are identical. */
export function freelancerFeatures(corpus: Corpus, q: JobQuery, doc: number, detail = true): FreelancerFeatures {
  const f = corpus.freelancers.table.get(doc) as FreelancerDoc;
  const r = f.record;
  const job = q.job.record;
  const { options } = corpus;
  const coverage = skillCoverage(q.required, f.skills, q.related, detail);
  const features = new Map<string, FeatureResult>([
    ["requiredSkills", coverage],
    ["niceToHaveSkills", withRelatedPairs(skillCoverage(q.niceToHave, f.skills, q.related, detail), q.name)],
    ["skillFocus", skillFocus(f.skills, q.relevant, q.hasSkills, f.fromText)],
    ["textRelevance", measured(squashBm25(corpus.freelancers.text.score(q.text, doc), q.text.upperBound))],
    ["skillDepth", skillDepth(q.required, f.skills, f.depth, q.name)],
    ["rating", smoothedRating(corpus.rating.get(doc), corpus.reviewCount.get(doc), options.ratingPrior, corpus.reviewCountAssumed.get(doc) === 1)],
    ["reviewVolume", reviewVolume(corpus.reviewCount.get(doc))],
    ["recency", recency(corpus.lastActive.get(doc), corpus.now(), options.recencyHalfLifeDays)],
    ["jobSuccess", jobSuccess(r.jobSuccess)],
    ["rateFit", rateFit(r.hourlyRate, job.budget)],
    ["levelFit", levelFit(r.experienceLevel, job.experienceLevel)],
    ["availability", availability(r.hoursPerWeek, job.duration)],
  ]);
  return { features, coverage };
}
