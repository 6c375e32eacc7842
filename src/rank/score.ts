/**
 * The linear model: score = bias + sum(weight * value). Contributions are computed in the
 * same loop that sums the score, so they add up to it exactly (same operations, same order).
 */
import type { Model } from "./model.js";
import type { Contribution } from "./results.js";
import type { FeatureResult } from "./features/types.js";

export interface Scored {
  score: number;
  contributions: Contribution[];
}

/** The score alone, by the same loop as scoreFeatures (identical result, no allocation). */
export function scoreOnly(model: Model, features: ReadonlyMap<string, FeatureResult>): number {
  let score = 0;
  for (const [feature, result] of features) score += (model.weights[feature] ?? 0) * result.value;
  return score + model.bias;
}

export function scoreFeatures(model: Model, features: ReadonlyMap<string, FeatureResult>): Scored {
  const contributions: Contribution[] = [];
  let score = 0;
  for (const [feature, result] of features) {
    const weight = model.weights[feature] ?? 0;
    const contribution = weight * result.value;
    score += contribution;
    contributions.push({ feature, value: result.value, weight, contribution, defaulted: result.defaulted });
  }
  score += model.bias;
  contributions.push({ feature: "bias", value: 1, weight: model.bias, contribution: model.bias, defaulted: false });
  return { score, contributions };
}
