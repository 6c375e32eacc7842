/**
 * An upper bound of a trees model's score from the features known cheaply (prune.ts's contract:
 * bound >= score). Each tree contributes the largest leaf reachable given the known values: a split
 * on a known feature follows its branch, a split on an unknown one takes the larger of both sides.
 * Summed in the scorer's order (base, then trees), each term >= the scored leaf, so the bound is >=
 * the score up to rounding; BOUND_EPSILON covers that.
 */
import { compileTrees, type CompiledTrees, type TreesModel } from "../learn/trees/trees-model.js";
import { BOUND_EPSILON } from "./prune.js";

type CompiledTree = CompiledTrees["trees"][number];

function maxReachable(tree: CompiledTree, x: Float64Array, n: number): number {
  while (tree.feature[n] >= 0) {
    const v = x[tree.feature[n]];
    if (v !== v) return Math.max(maxReachable(tree, x, tree.left[n]), maxReachable(tree, x, tree.right[n]));
    n = v < tree.threshold[n] ? tree.left[n] : tree.right[n];
  }
  return tree.value[n];
}

/** Writes the cheap features of `doc` through `set(name, value)`; features never set are unknown. */
export type KnownFeatures = (doc: number, set: (feature: string, value: number) => void) => void;

/** bound(doc) for prune.ts's scoreByBound, from the known features of each doc. */
export function treesBound(model: TreesModel, known: KnownFeatures): (doc: number) => number {
  const compiled = compileTrees(model);
  const index = new Map(compiled.features.map((f, i) => [f, i]));
  const x = new Float64Array(compiled.features.length);
  const set = (feature: string, value: number) => {
    const i = index.get(feature);
    if (i !== undefined) x[i] = value;
  };
  return (doc) => {
    x.fill(NaN);
    known(doc, set);
    let bound = compiled.base;
    for (const tree of compiled.trees) bound += maxReachable(tree, x, 0);
    return bound + BOUND_EPSILON;
  };
}
