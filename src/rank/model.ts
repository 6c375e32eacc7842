/**
 * A model is data: `{ version, bias, weights }`. Score = bias + sum(weight * feature value).
 * Each ranking task has a fixed feature set; weights for unknown features are rejected,
 * features left out of `weights` get weight 0.
 */
import { BestMatchError } from "../errors.js";
import { learnedDefaults } from "./learned-defaults.js";

export const MODEL_FORMAT_VERSION = 1;

export const RANK_TASKS = ["freelancers", "proposals", "jobs"] as const;
export type RankTask = (typeof RANK_TASKS)[number];

/** Feature names per task, in the order contributions are listed. */
export const TASK_FEATURES = {
  freelancers: [
    "requiredSkills",
    "niceToHaveSkills",
    "skillFocus",
    "textRelevance",
    "textRelevanceShare",
    "textRelevanceRank",
    "pastWorkRelevance",
    "skillTrackRecord",
    "skillVolume",
    "activity",
    "recentActivity",
    "hireRate",
    "reputationShare",
    "skillDepth",
    "rating",
    "reviewVolume",
    "recency",
    "jobSuccess",
    "rateFit",
    "levelFit",
    "availability",
  ],
  proposals: [
    "requiredSkills",
    "skillFocus",
    "skillDepth",
    "textRelevanceShare",
    "pastWorkRelevance",
    "skillTrackRecord",
    "skillVolume",
    "activity",
    "recentActivity",
    "hireRate",
    "reputationShare",
    "rating",
    "reviewVolume",
    "recency",
    "jobSuccess",
    "levelFit",
    "letterRelevance",
    "letterRelevanceShare",
    "letterRelevanceRank",
    "letterSkills",
    "letterLength",
    "letterStructure",
    "personalization",
    "bidFit",
    "responseTime",
    "arrivalRank",
    "screeningAnswers",
  ],
  jobs: [
    "requiredSkills",
    "skillAlignment",
    "skillDepth",
    "textRelevance",
    "textRelevanceShare",
    "textRelevanceRank",
    "pastWorkRelevance",
    "skillHistory",
    "rateFit",
    "levelFit",
    "clientQuality",
    "freshness",
    "competition",
  ],
} as const satisfies Record<RankTask, readonly string[]>;

export type FeatureName = (typeof TASK_FEATURES)[RankTask][number];

export interface Model {
  version: number;
  bias: number;
  weights: Record<string, number>;
}

/**
 * The shipped defaults: learned from outcomes (src/rank/learned-defaults.ts, written by
 * scripts/train-defaults.ts) for every task they cover, the hand-set weights below otherwise.
 */
export const defaultModels: Readonly<Record<RankTask, Model>> = { ...handSetModels(), ...learnedDefaults };

/**
 * Hand-set weights (before learned defaults; kept for tasks without them): skills first, then reputation and fit. Each set sums to 1 so scores sit in [0, 1].
 * Revised with `bestmatch evaluate` (docs/evaluation.md), chosen on the earlier 70% of the queries of
 * both a real (Stack Exchange) and a generated dataset and checked on the later 30%:
 *   freelancers: recent activity is the strongest single signal of who takes a job on real data
 *     (pair accuracy 0.83, rating 0.60), while smoothed rating and job success order the top
 *     candidates little on either dataset: recency 0.04 -> 0.14, rating 0.10 -> 0.04, jobSuccess 0.08 -> 0.04.
 *   proposals: early answers win on real data (responseTime pair accuracy 0.67) and personalization is
 *     flat there (every answer is written for its question): responseTime 0.04 -> 0.10, personalization 0.15 -> 0.09.
 */
function handSetModels(): Record<RankTask, Model> {
  return {
  freelancers: {
    version: MODEL_FORMAT_VERSION,
    bias: 0,
    weights: {
      requiredSkills: 0.28,
      niceToHaveSkills: 0.05,
      skillFocus: 0.05,
      textRelevance: 0.15,
      skillDepth: 0.04,
      rating: 0.04,
      reviewVolume: 0.05,
      recency: 0.14,
      jobSuccess: 0.04,
      rateFit: 0.08,
      levelFit: 0.05,
      availability: 0.03,
    },
  },
  proposals: {
    version: MODEL_FORMAT_VERSION,
    bias: 0,
    weights: {
      requiredSkills: 0.18,
      skillFocus: 0.05,
      skillDepth: 0.03,
      rating: 0.09,
      reviewVolume: 0.05,
      jobSuccess: 0.05,
      levelFit: 0.05,
      letterSkills: 0.1,
      letterRelevance: 0.1,
      personalization: 0.09,
      bidFit: 0.08,
      responseTime: 0.1,
      screeningAnswers: 0.03,
    },
  },
  // Relevance first: job-side signals (client, freshness, competition) are the same for every
  // freelancer, so heavy weights on them show everyone the same jobs.
  jobs: {
    version: MODEL_FORMAT_VERSION,
    bias: 0,
    weights: {
      requiredSkills: 0.2,
      skillAlignment: 0.25,
      skillDepth: 0.05,
      textRelevance: 0.2,
      rateFit: 0.08,
      levelFit: 0.04,
      clientQuality: 0.08,
      freshness: 0.06,
      competition: 0.04,
    },
  },
  };
}

/** Checks a model for a task and returns it with every feature's weight filled in (0 when absent). */
export function validateModel(model: unknown, task: RankTask, source = "model"): Model {
  const fail = (message: string, field?: string, value?: unknown, expected?: string): never => {
    throw new BestMatchError("INVALID_MODEL", `${source} for "${task}": ${message}`, { field, value, expected });
  };
  if (typeof model !== "object" || model === null) return fail("must be an object", undefined, model, "{ version, bias, weights }");
  const m = model as Record<string, unknown>;
  if (m.version !== MODEL_FORMAT_VERSION) fail("unsupported version", "version", m.version, String(MODEL_FORMAT_VERSION));
  const bias = m.bias ?? 0;
  if (typeof bias !== "number" || !Number.isFinite(bias)) fail("bias must be a finite number", "bias", bias);
  if (typeof m.weights !== "object" || m.weights === null || Array.isArray(m.weights)) {
    fail("weights must be an object of feature -> number", "weights", m.weights);
  }
  const known: readonly string[] = TASK_FEATURES[task];
  const weights: Record<string, number> = {};
  for (const name of known) weights[name] = 0;
  for (const [name, w] of Object.entries(m.weights as Record<string, unknown>)) {
    if (!known.includes(name)) fail(`unknown feature "${name}"`, `weights.${name}`, undefined, `one of ${known.join(", ")}`);
    if (typeof w !== "number" || !Number.isFinite(w)) fail("weight must be a finite number", `weights.${name}`, w);
    weights[name] = w as number;
  }
  return { version: MODEL_FORMAT_VERSION, bias: bias as number, weights };
}
