/**
 * An upper bound of a trees model's score from the features known cheaply (prune.ts's contract:
 * bound >= score). Each tree contributes the largest leaf reachable given the known values: a split
 * on a known feature follows its branch, a split on an unknown one takes the larger of both sides.
 * Summed in the scorer's order (base, then trees), each term >= the scored leaf, so the bound is >=
 * the score up to rounding; BOUND_EPSILON covers that.
 */
import { compileTrees, type CompiledTrees, type TreesModel } from "../learn/trees/trees-model.js";
import { BOUND_EPSILON } from "./prune.js";

type Flat = CompiledTrees["flat"];

function maxReachable(t: Flat, x: Float64Array, n: number): number {
  while (t.feature[n] >= 0) {
    const v = x[t.feature[n]];
    if (v !== v) return Math.max(maxReachable(t, x, t.left[n]), maxReachable(t, x, t.right[n]));
    n = v < t.threshold[n] ? t.left[n] : t.right[n];
  }
  return t.value[n];
}

/**
 * The cheap features: their names, and a function writing a doc's values into `out` in that order.
 * Features of the model not named are unknown.
 */
export interface KnownFeatures {
  names: readonly string[];
  values: (doc: number, out: Float64Array) => void;
}

/** bound(doc) for prune.ts's scoreByBound, from the known features of each doc. */
export function treesBound(model: TreesModel, known: KnownFeatures): (doc: number) => number {
  const compiled = compileTrees(model);
  const slot = Int32Array.from(compiled.features, (f) => known.names.indexOf(f));
  const values = new Float64Array(known.names.length);
  const x = new Float64Array(compiled.features.length);
  const { flat } = compiled;
  return (doc) => {
    known.values(doc, values);
    for (let i = 0; i < x.length; i++) x[i] = slot[i] < 0 ? NaN : values[slot[i]];
    let bound = compiled.base;
    for (let t = 0; t < flat.roots.length; t++) bound += maxReachable(flat, x, flat.roots[t]);
    return bound + BOUND_EPSILON;
  };
}
