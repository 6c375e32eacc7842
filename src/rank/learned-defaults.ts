/**
 * The default models, learned from outcomes by scripts/train-defaults.ts (do not edit by hand; rerun it):
 *   npx tsx scripts/train-defaults.ts
 * Data: every Stack Exchange site in ../shared/data (questions = jobs, answers = proposals, accepted =
 * hired; leak-free replay). Features constant there (rate, level, bid fit, personalization, ...) keep
 * the equal-weight prior, so generated or real marketplaces that carry them still use them.
 * Pairwise logistic regression on the pooled queries (at most 400 per dataset), non-negative weights,
 * L2 toward equal weights (strength 1, chosen by transfer between the two sites). A marketplace with its own outcomes
 * should train its own (bestmatch train).
 */
import type { LinearModel, RankTask } from "./model.js";

export const learnedDefaults: Partial<Record<RankTask, LinearModel>> = {
  "proposals": {
    "version": 1,
    "bias": 0,
    "weights": {
      "skillFocus": 0.0085,
      "skillDepth": 0.0719,
      "pastWorkRelevance": 0.0521,
      "skillTrackRecord": 0.0081,
      "rating": 0.0261,
      "reviewVolume": 0.011,
      "jobSuccess": 0.0484,
      "levelFit": 0.0814,
      "letterRelevance": 0.0058,
      "letterRelevanceRank": 0.0218,
      "letterSkills": 0.0479,
      "letterLength": 0.1513,
      "letterStructure": 0.071,
      "personalization": 0.0247,
      "bidFit": 0.2473,
      "responseTime": 0.118,
      "screeningAnswers": 0.0047
    }
  },
  "freelancers": {
    "version": 1,
    "bias": 0,
    "weights": {
      "requiredSkills": 0.0048,
      "niceToHaveSkills": 0.0315,
      "skillFocus": 0.058,
      "textRelevance": 0.0446,
      "textRelevanceShare": 0.0254,
      "textRelevanceRank": 0.0386,
      "pastWorkRelevance": 0.0882,
      "skillVolume": 0.0485,
      "recentActivity": 0.2046,
      "skillDepth": 0.0315,
      "recency": 0.3976,
      "jobSuccess": 0.0267
    }
  },
  "jobs": {
    "version": 1,
    "bias": 0,
    "weights": {
      "requiredSkills": 0.0229,
      "skillAlignment": 0.0937,
      "skillDepth": 0.1322,
      "textRelevance": 0.1625,
      "textRelevanceShare": 0.1543,
      "textRelevanceRank": 0.1867,
      "pastWorkRelevance": 0.0728,
      "skillHistory": 0.1005,
      "clientQuality": 0.0745
    }
  }
};
