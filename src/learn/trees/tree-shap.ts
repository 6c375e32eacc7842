/**
 * Exact path-dependent TreeSHAP (Lundberg, Erion & Lee 2018, "Consistent individualized feature
 * attribution for tree ensembles", Algorithm 2; reference implementation shap/cext/tree_shap.h):
 * each feature's Shapley value for the game v(S) = the tree's expected output when the features in
 * S follow x and every other split is averaged over its children by cover. Polynomial in depth via
 * the EXTEND / UNWIND recursion over the path of unique features.
 *
 * Convention (the same in `expectedValue` and the recursion, so they add up exactly): at a split,
 * a child's share is its cover over the sum of both children's covers.
 * Efficiency: expectedValue + sum(contributions) = the model's output, up to rounding.
 */
import { leafOf, type CompiledTrees } from "./trees-model.js";

type CompiledTree = CompiledTrees["trees"][number];

/** Expected output of one tree under cover (the value of the empty coalition). */
export function treeExpectedValue(tree: CompiledTree): number {
  const walk = (n: number): number => {
    if (tree.feature[n] < 0) return tree.value[n];
    const l = tree.left[n];
    const r = tree.right[n];
    const total = tree.cover[l] + tree.cover[r];
    return (tree.cover[l] / total) * walk(l) + (tree.cover[r] / total) * walk(r);
  };
  return walk(0);
}

/** base + the sum of each tree's expected value: the score with nothing known about the input. */
export function expectedValue(model: CompiledTrees): number {
  let e = model.base;
  for (const tree of model.trees) e += treeExpectedValue(tree);
  return e;
}

/** One element of the unique path: a feature, the share of "unknown" and "known" inputs that pass, and the permutation weight. */
interface Path {
  feature: Int32Array;
  zero: Float64Array;
  one: Float64Array;
  weight: Float64Array;
}

function newPath(size: number): Path {
  return { feature: new Int32Array(size), zero: new Float64Array(size), one: new Float64Array(size), weight: new Float64Array(size) };
}

/** EXTEND: adds a feature with fractions (zero, one) at position `depth`, updating the permutation weights. */
function extend(p: Path, o: number, depth: number, zero: number, one: number, feature: number): void {
  p.feature[o + depth] = feature;
  p.zero[o + depth] = zero;
  p.one[o + depth] = one;
  p.weight[o + depth] = depth === 0 ? 1 : 0;
  for (let i = depth - 1; i >= 0; i--) {
    p.weight[o + i + 1] += (one * p.weight[o + i] * (i + 1)) / (depth + 1);
    p.weight[o + i] = (zero * p.weight[o + i] * (depth - i)) / (depth + 1);
  }
}

/** UNWIND: removes the element at `index` (undoing its EXTEND). */
function unwind(p: Path, o: number, depth: number, index: number): void {
  const one = p.one[o + index];
  const zero = p.zero[o + index];
  let next = p.weight[o + depth];
  for (let i = depth - 1; i >= 0; i--) {
    if (one !== 0) {
      const tmp = p.weight[o + i];
      p.weight[o + i] = (next * (depth + 1)) / ((i + 1) * one);
      next = tmp - (p.weight[o + i] * zero * (depth - i)) / (depth + 1);
    } else {
      p.weight[o + i] = (p.weight[o + i] * (depth + 1)) / (zero * (depth - i));
    }
  }
  for (let i = index; i < depth; i++) {
    p.feature[o + i] = p.feature[o + i + 1];
    p.zero[o + i] = p.zero[o + i + 1];
    p.one[o + i] = p.one[o + i + 1];
  }
}

/** The total permutation weight the path would have with the element at `index` unwound (without changing the path). */
function unwoundSum(p: Path, o: number, depth: number, index: number): number {
  const one = p.one[o + index];
  const zero = p.zero[o + index];
  let next = p.weight[o + depth];
  let total = 0;
  if (one !== 0) {
    for (let i = depth - 1; i >= 0; i--) {
      const tmp = next / ((i + 1) * one);
      total += tmp;
      next = p.weight[o + i] - tmp * zero * (depth - i);
    }
  } else {
    for (let i = depth - 1; i >= 0; i--) total += p.weight[o + i] / (zero * (depth - i));
  }
  return total * (depth + 1);
}

const depths = new WeakMap<CompiledTree, number>();

function maxDepth(tree: CompiledTree): number {
  let d = depths.get(tree);
  if (d === undefined) {
    const walk = (n: number): number => (tree.feature[n] < 0 ? 0 : 1 + Math.max(walk(tree.left[n]), walk(tree.right[n])));
    depths.set(tree, (d = walk(0)));
  }
  return d;
}

/** Path buffer shared by every call (JS runs one at a time), grown to the deepest tree seen. */
let shared = newPath(0);

function pathFor(depth: number): Path {
  // Each recursion level copies its parent's path into the next segment (as tree_shap.h does).
  const size = ((depth + 2) * (depth + 3)) / 2 + depth + 2;
  if (shared.feature.length < size) shared = newPath(size);
  return shared;
}

function recurse(tree: CompiledTree, x: ArrayLike<number>, phi: Float64Array, p: Path, node: number, depth: number, parentOffset: number, zero: number, one: number, feature: number): void {
  // This level's segment starts after the parent's valid elements (0..depth-1), which it copies.
  const o = parentOffset + depth;
  if (depth > 0) {
    for (let i = 0; i < depth; i++) {
      p.feature[o + i] = p.feature[parentOffset + i];
      p.zero[o + i] = p.zero[parentOffset + i];
      p.one[o + i] = p.one[parentOffset + i];
      p.weight[o + i] = p.weight[parentOffset + i];
    }
  }
  extend(p, o, depth, zero, one, feature);
  if (tree.feature[node] < 0) {
    const value = tree.value[node];
    for (let i = 1; i <= depth; i++) {
      const w = unwoundSum(p, o, depth, i);
      phi[p.feature[o + i]] += w * (p.one[o + i] - p.zero[o + i]) * value;
    }
    return;
  }
  const split = tree.feature[node];
  const v = x[split];
  const hot = v !== v ? tree.missing[node] : v < tree.threshold[node] ? tree.left[node] : tree.right[node];
  const cold = hot === tree.left[node] ? tree.right[node] : tree.left[node];
  const total = tree.cover[tree.left[node]] + tree.cover[tree.right[node]];
  let inZero = 1;
  let inOne = 1;
  let d = depth;
  // A feature split on again: undo its earlier element and redo it here with both fractions combined.
  let index = 0;
  while (index <= d && p.feature[o + index] !== split) index++;
  if (index <= d) {
    inZero = p.zero[o + index];
    inOne = p.one[o + index];
    unwind(p, o, d, index);
    d -= 1;
  }
  recurse(tree, x, phi, p, hot, d + 1, o, (tree.cover[hot] / total) * inZero, inOne, split);
  recurse(tree, x, phi, p, cold, d + 1, o, (tree.cover[cold] / total) * inZero, 0, split);
}

/** Adds one tree's SHAP values for input `x` into `phi` (indexed like the model's features). */
export function treeShap(tree: CompiledTree, x: ArrayLike<number>, phi: Float64Array): void {
  recurse(tree, x, phi, pathFor(maxDepth(tree)), 0, 0, 0, 1, 1, -1);
}

/** Per-feature SHAP values of the ensemble for `x` (model feature order). */
export function shapValues(model: CompiledTrees, x: ArrayLike<number>): Float64Array {
  const phi = new Float64Array(model.features.length);
  for (const tree of model.trees) treeShap(tree, x, phi);
  return phi;
}

export { leafOf };
