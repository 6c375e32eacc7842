/**
 * Scoring with either model type.
 *
 * Linear: score = bias + sum(weight * value). Contributions are computed in the same loop that sums
 * the score, so they add up to it exactly (same operations, same order).
 *
 * Trees: score = base + the sum of the trees' leaves. Contributions are each feature's exact
 * path-dependent TreeSHAP value (src/learn/trees/tree-shap.ts) and the bias row carries the expected
 * score under the trees' covers (base included), so they add up to the score up to rounding
 * (1e-9). SHAP costs more than the score, so ranking orders by `scoreOnly` and explains the page only.
 */
import { isTreesModel, type LinearModel, type Model } from "./model.js";
import type { Contribution } from "./results.js";
import type { FeatureResult } from "./features/types.js";
import { compileTrees, inputOf, predictTrees, type CompiledTrees, type TreesModel } from "../learn/trees/trees-model.js";
import { expectedValue, shapValues } from "../learn/trees/tree-shap.js";

export interface Scored {
  score: number;
  contributions: Contribution[];
}

const treeInput = (model: CompiledTrees, features: ReadonlyMap<string, FeatureResult>) => inputOf(model, (f) => features.get(f)?.value);

/** The score alone, by the same arithmetic as scoreFeatures (identical result, no contributions). */
export function scoreOnly(model: Model, features: ReadonlyMap<string, FeatureResult>): number {
  if (isTreesModel(model)) {
    const compiled = compileTrees(model);
    return predictTrees(compiled, treeInput(compiled, features));
  }
  let score = 0;
  for (const [feature, result] of features) score += (model.weights[feature] ?? 0) * result.value;
  return score + model.bias;
}

export function scoreFeatures(model: Model, features: ReadonlyMap<string, FeatureResult>): Scored {
  return isTreesModel(model) ? scoreTrees(model, features) : scoreLinear(model, features);
}

function scoreLinear(model: LinearModel, features: ReadonlyMap<string, FeatureResult>): Scored {
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

const expected = new WeakMap<CompiledTrees, number>();

function scoreTrees(model: TreesModel, features: ReadonlyMap<string, FeatureResult>): Scored {
  const compiled = compileTrees(model);
  const x = treeInput(compiled, features);
  const phi = shapValues(compiled, x);
  let base = expected.get(compiled);
  if (base === undefined) expected.set(compiled, (base = expectedValue(compiled)));
  const index = new Map(compiled.features.map((f, i) => [f, i]));
  const contributions: Contribution[] = [];
  for (const [feature, result] of features) {
    const i = index.get(feature);
    contributions.push({ feature, value: result.value, weight: null, contribution: i === undefined ? 0 : phi[i], defaulted: result.defaulted });
  }
  contributions.push({ feature: "bias", value: 1, weight: null, contribution: base, defaulted: false });
  return { score: predictTrees(compiled, x), contributions };
}
