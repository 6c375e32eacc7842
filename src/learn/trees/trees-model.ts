/**
 * A tree ensemble as data:
 *
 *   { "type": "trees", "version": 1, "base": 0, "features": ["rating", ...],
 *     "trees": [ { "nodes": [ { "feature": "rating", "threshold": 0.5, "left": 1, "right": 2, "cover": 80 },
 *                             { "leaf": -0.1, "cover": 50 }, { "leaf": 0.2, "cover": 30 } ] } ] }
 *
 * Score = base + the sum of each tree's leaf for the input. A split sends `x < threshold` left
 * (XGBoost's "yes"), otherwise right; a missing value (NaN) goes to `missing` (default: left).
 * `feature` is a name from `features` or an index into it. Node 0 is the root; children come after
 * their parent and every other node is some node's child exactly once, so a tree is a tree.
 * `cover` is the training weight that reached the node: the number of training items for trees this
 * library grows, the sum of hessians for XGBoost imports. TreeSHAP (tree-shap.ts) weighs the branch
 * not taken by it; only the ratio of a node's children's covers matters.
 */
import { BestMatchError } from "../../errors.js";

export const TREES_FORMAT_VERSION = 1;

export interface SplitNode {
  /** Feature name (one of the model's `features`) or its index there. */
  feature: string | number;
  /** `x < threshold` goes left. */
  threshold: number;
  left: number;
  right: number;
  /** Child for a missing (NaN) value. Default: left. */
  missing?: number;
  cover: number;
}

export interface LeafNode {
  leaf: number;
  cover: number;
}

export type TreeNode = SplitNode | LeafNode;

export interface Tree {
  nodes: TreeNode[];
}

export interface TreesModel {
  type: "trees";
  version: number;
  /** Added to every score (the trees' outputs are on top of it). */
  base: number;
  /** Feature names the trees split on, in the order indices refer to. */
  features: string[];
  trees: Tree[];
}

export const isLeaf = (node: TreeNode): node is LeafNode => "leaf" in node;

/**
 * Checks a trees model against the feature names a task has and returns it normalized: split
 * features by name, `missing` filled in. Errors are INVALID_MODEL naming the field
 * (e.g. `trees[3].nodes[5].threshold`).
 */
export function validateTreesModel(model: Record<string, unknown>, known: readonly string[], source: string): TreesModel {
  const fail = (message: string, field?: string, value?: unknown, expected?: string): never => {
    throw new BestMatchError("INVALID_MODEL", `${source}: ${message}`, { field, value, expected });
  };
  const finite = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  if (model.version !== TREES_FORMAT_VERSION) fail("unsupported version", "version", model.version, String(TREES_FORMAT_VERSION));
  const base = model.base ?? 0;
  if (!finite(base)) fail("base must be a finite number", "base", base);
  if (!Array.isArray(model.features)) return fail("features must be an array of feature names", "features", model.features);
  const features = model.features as unknown[];
  features.forEach((name, i) => {
    if (typeof name !== "string" || !known.includes(name)) fail(`unknown feature ${JSON.stringify(name)}`, `features[${i}]`, name, `one of ${known.join(", ")}`);
    if (features.indexOf(name) !== i) fail(`feature "${name}" listed twice`, `features[${i}]`, name);
  });
  if (!Array.isArray(model.trees)) return fail("trees must be an array of { nodes }", "trees", model.trees);
  const trees = (model.trees as unknown[]).map((tree, t): Tree => {
    const at = `trees[${t}]`;
    const rawNodes = (tree as { nodes?: unknown } | null)?.nodes;
    if (!Array.isArray(rawNodes) || rawNodes.length === 0) return fail("a tree needs a non-empty nodes array", `${at}.nodes`, rawNodes);
    const parents = new Array<number>(rawNodes.length).fill(-1);
    const nodes = rawNodes.map((raw, n): TreeNode => {
      const f = `${at}.nodes[${n}]`;
      if (typeof raw !== "object" || raw === null) return fail("a node must be an object", f, raw);
      const node = raw as Record<string, unknown>;
      if (!finite(node.cover) || (node.cover as number) < 0) fail("cover must be a finite number >= 0", `${f}.cover`, node.cover);
      const cover = node.cover as number;
      if ("leaf" in node) {
        if (!finite(node.leaf)) fail("leaf must be a finite number", `${f}.leaf`, node.leaf);
        return { leaf: node.leaf as number, cover };
      }
      let feature = node.feature;
      if (typeof feature === "number") {
        if (!Number.isInteger(feature) || feature < 0 || feature >= features.length) fail("feature index out of range", `${f}.feature`, feature, `0..${features.length - 1}`);
        feature = features[feature as number];
      } else if (typeof feature !== "string" || !features.includes(feature)) {
        fail(`unknown feature ${JSON.stringify(feature)}`, `${f}.feature`, feature, `one of the model's features: ${features.join(", ")}`);
      }
      if (!finite(node.threshold)) fail("threshold must be a finite number", `${f}.threshold`, node.threshold);
      const child = (key: "left" | "right" | "missing", fallback?: number): number => {
        const c = node[key] ?? fallback;
        if (!Number.isInteger(c) || (c as number) <= n || (c as number) >= rawNodes.length) fail(`${key} must be the index of a later node`, `${f}.${key}`, c, `${n + 1}..${rawNodes.length - 1}`);
        return c as number;
      };
      const left = child("left");
      const right = child("right");
      const missing = child("missing", left);
      if (left === right) fail("left and right must differ", `${f}.right`, right);
      if (missing !== left && missing !== right) fail("missing must be left or right", `${f}.missing`, missing, `${left} or ${right}`);
      for (const c of [left, right]) {
        if (parents[c] !== -1) fail(`node ${c} has two parents`, `${f}`, c);
        parents[c] = n;
      }
      return { feature: feature as string, threshold: node.threshold as number, left, right, missing, cover };
    });
    for (let n = 1; n < nodes.length; n++) if (parents[n] === -1) fail(`node ${n} is not reachable from the root`, `${at}.nodes[${n}]`);
    for (const [n, node] of nodes.entries()) {
      if (!isLeaf(node) && !(nodes[node.left].cover + nodes[node.right].cover > 0)) fail("a split's children need a positive total cover", `${at}.nodes[${n}].cover`);
    }
    return { nodes };
  });
  return { type: "trees", version: TREES_FORMAT_VERSION, base: base as number, features: features as string[], trees };
}

/**
 * The model compiled for scoring: per tree, flat typed arrays (feature index into `features`, -1
 * for a leaf). Built once per model object and cached.
 */
export interface CompiledTrees {
  features: readonly string[];
  base: number;
  trees: Array<{ feature: Int32Array; threshold: Float64Array; left: Int32Array; right: Int32Array; missing: Int32Array; value: Float64Array; cover: Float64Array }>;
  /** Every tree's nodes in one set of arrays (children as absolute indices), roots[t] = tree t's root: the scorer's hot loop. */
  flat: { roots: Int32Array; feature: Int32Array; threshold: Float64Array; left: Int32Array; right: Int32Array; missing: Int32Array; value: Float64Array };
}

const compiled = new WeakMap<TreesModel, CompiledTrees>();

export function compileTrees(model: TreesModel): CompiledTrees {
  const hit = compiled.get(model);
  if (hit) return hit;
  const index = new Map(model.features.map((f, i) => [f, i]));
  const trees: CompiledTrees["trees"] = model.trees.map(({ nodes }) => {
      const n = nodes.length;
      const t = { feature: new Int32Array(n), threshold: new Float64Array(n), left: new Int32Array(n), right: new Int32Array(n), missing: new Int32Array(n), value: new Float64Array(n), cover: new Float64Array(n) };
      nodes.forEach((node, i) => {
        t.cover[i] = node.cover;
        if (isLeaf(node)) {
          t.feature[i] = -1;
          t.value[i] = node.leaf;
        } else {
          t.feature[i] = typeof node.feature === "number" ? node.feature : (index.get(node.feature) as number);
          t.threshold[i] = node.threshold;
          t.left[i] = node.left;
          t.right[i] = node.right;
          t.missing[i] = node.missing ?? node.left;
        }
      });
      return t;
    });
  const out: CompiledTrees = { features: model.features, base: model.base, trees, flat: flatten(trees) };
  compiled.set(model, out);
  return out;
}

function flatten(trees: CompiledTrees["trees"]): CompiledTrees["flat"] {
  const size = trees.reduce((n, t) => n + t.feature.length, 0);
  const flat = { roots: new Int32Array(trees.length), feature: new Int32Array(size), threshold: new Float64Array(size), left: new Int32Array(size), right: new Int32Array(size), missing: new Int32Array(size), value: new Float64Array(size) };
  let at = 0;
  trees.forEach((t, i) => {
    flat.roots[i] = at;
    for (let n = 0; n < t.feature.length; n++) {
      flat.feature[at + n] = t.feature[n];
      flat.threshold[at + n] = t.threshold[n];
      flat.left[at + n] = at + t.left[n];
      flat.right[at + n] = at + t.right[n];
      flat.missing[at + n] = at + t.missing[n];
      flat.value[at + n] = t.value[n];
    }
    at += t.feature.length;
  });
  return flat;
}

/** The leaf a tree sends `x` (values in the model's feature order) to. */
export function leafOf(tree: CompiledTrees["trees"][number], x: ArrayLike<number>): number {
  let n = 0;
  while (tree.feature[n] >= 0) {
    const v = x[tree.feature[n]];
    n = v !== v ? tree.missing[n] : v < tree.threshold[n] ? tree.left[n] : tree.right[n];
  }
  return n;
}

/** Score of one input: base, then each tree's leaf in tree order. */
export function predictTrees(model: CompiledTrees, x: ArrayLike<number>): number {
  const { roots, feature, threshold, left, right, missing, value } = model.flat;
  let score = model.base;
  for (let t = 0; t < roots.length; t++) {
    let n = roots[t];
    while (feature[n] >= 0) {
      const v = x[feature[n]];
      n = v !== v ? missing[n] : v < threshold[n] ? left[n] : right[n];
    }
    score += value[n];
  }
  return score;
}

/** Feature values in the model's feature order, from a lookup by name (NaN when absent). */
export function inputOf(model: CompiledTrees, value: (feature: string) => number | undefined): Float64Array {
  const x = new Float64Array(model.features.length);
  for (let i = 0; i < x.length; i++) x[i] = value(model.features[i]) ?? NaN;
  return x;
}
