/**
 * A model is data, one of two types:
 *   linear: `{ "type": "linear", version, bias, weights }`: score = bias + sum(weight * feature value).
 *     Weights for unknown features are rejected, features left out of `weights` get weight 0. A model
 *     without `type` (files written before tree models existed) is linear.
 *   trees: `{ "type": "trees", version, base, features, trees }` (src/learn/trees/trees-model.ts):
 *     score = base + the sum of the trees' leaves; contributions by TreeSHAP.
 * Each ranking task has a fixed feature set (TASK_FEATURES); a model naming any other feature is rejected.
 */
import { BestMatchError } from "../errors.js";
import { validateTreesModel, type TreesModel } from "../learn/trees/trees-model.js";

export type { TreesModel } from "../learn/trees/trees-model.js";

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
    "rating",
    "reviewVolume",
    "jobSuccess",
    "levelFit",
    "coverLetterCoverage",
    "personalization",
    "bidFit",
    "responseTime",
    "screeningAnswers",
  ],
  jobs: ["requiredSkills", "skillAlignment", "skillDepth", "textRelevance", "rateFit", "levelFit", "clientQuality", "freshness", "competition"],
} as const satisfies Record<RankTask, readonly string[]>;

export type FeatureName = (typeof TASK_FEATURES)[RankTask][number];

export interface LinearModel {
  /** Absent in files written before tree models: read as "linear". */
  type?: "linear";
  version: number;
  bias: number;
  weights: Record<string, number>;
}

export type Model = LinearModel | TreesModel;

export const MODEL_TYPES = ["linear", "trees"] as const;

/**
 * Weights stage one (candidate retrieval) and its query-independent prior use. A trees model has
 * none, so retrieval keeps the task's default linear weights: stage one only picks whom to score.
 */
export function retrievalWeights(model: Model, task: RankTask): Record<string, number> {
  return isTreesModel(model) ? defaultModels[task].weights : model.weights;
}

export const isTreesModel = (model: Model): model is TreesModel => model.type === "trees";

/**
 * Hand-set defaults: skills first, then reputation and fit. Each set sums to 1 so scores sit in [0, 1].
 * Revised with `bestmatch evaluate` (docs/evaluation.md), chosen on the earlier 70% of the queries of
 * both a real (Stack Exchange) and a generated dataset and checked on the later 30%:
 *   freelancers: recent activity is the strongest single signal of who takes a job on real data
 *     (pair accuracy 0.83, rating 0.60), while smoothed rating and job success order the top
 *     candidates little on either dataset: recency 0.04 -> 0.14, rating 0.10 -> 0.04, jobSuccess 0.08 -> 0.04.
 *   proposals: early answers win on real data (responseTime pair accuracy 0.67) and personalization is
 *     flat there (every answer is written for its question): responseTime 0.04 -> 0.10, personalization 0.15 -> 0.09.
 */
export const defaultModels: Readonly<Record<RankTask, LinearModel>> = {
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
      coverLetterCoverage: 0.2,
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

/**
 * Checks a model for a task and returns it normalized: a linear one with `type` set and every
 * feature's weight filled in (0 when absent), a trees one as validateTreesModel returns it.
 */
export function validateModel(model: unknown, task: RankTask, source = "model"): Model {
  const fail = (message: string, field?: string, value?: unknown, expected?: string): never => {
    throw new BestMatchError("INVALID_MODEL", `${source} for "${task}": ${message}`, { field, value, expected });
  };
  if (typeof model !== "object" || model === null) return fail("must be an object", undefined, model, '{ type: "linear", version, bias, weights } or { type: "trees", version, base, features, trees }');
  const m = model as Record<string, unknown>;
  if (m.type === "trees") return validateTreesModel(m, TASK_FEATURES[task], `${source} for "${task}"`);
  if (m.type !== undefined && m.type !== "linear") fail("unknown model type", "type", m.type, MODEL_TYPES.join(" or "));
  return validateLinearModel(m, task, fail);
}

/** validateModel for a model that must be linear (a training prior, a linear learner's output). */
export function validateLinearModel(model: Record<string, unknown>, task: RankTask, fail: (message: string, field?: string, value?: unknown, expected?: string) => never): LinearModel {
  const m = model;
  if (m.type !== undefined && m.type !== "linear") fail("must be a linear model here", "type", m.type, "linear");
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
  return { type: "linear", version: MODEL_FORMAT_VERSION, bias: bias as number, weights };
}

/** A linear model for a task, or INVALID_MODEL (e.g. a trees model given as a linear learner's prior). */
export function requireLinearModel(model: unknown, task: RankTask, source = "model"): LinearModel {
  const fail = (message: string, field?: string, value?: unknown, expected?: string): never => {
    throw new BestMatchError("INVALID_MODEL", `${source} for "${task}": ${message}`, { field, value, expected });
  };
  if (typeof model !== "object" || model === null) return fail("must be an object", undefined, model, "{ version, bias, weights }");
  return validateLinearModel(model as Record<string, unknown>, task, fail);
}
