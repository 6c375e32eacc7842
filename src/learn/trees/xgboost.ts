/**
 * XGBoost's JSON dump format, both ways: what `Booster.get_dump(dump_format="json", with_stats=True)`
 * writes (one nested object per tree), and what the Elasticsearch / OpenSearch LTR plugin's
 * `model/xgboost+json` definition and Vespa's xgboost ranking expression read (an array of them):
 *
 *   { "nodeid": 0, "depth": 0, "split": "rating", "split_condition": 0.5, "yes": 1, "no": 2, "missing": 1,
 *     "cover": 80, "children": [ { "nodeid": 1, "leaf": -0.1, "cover": 50 }, { "nodeid": 2, "leaf": 0.2, "cover": 30 } ] }
 *
 * Semantics: `x < split_condition` goes to `yes`, otherwise `no`; a missing value to `missing`.
 * Our splits mean the same (left = yes), so thresholds are written as they are: JSON numbers print
 * a double's shortest exact form, so they read back bit for bit. (XGBoost itself and the LTR plugin
 * hold thresholds as float32; the trees this library grows use float32-representable cuts, see
 * histogram.ts, so those readers take the same decisions on float32 inputs.)
 *
 * The dump has no base score: XGBoost keeps `base_score` in its model config, and the LTR plugin
 * sums the trees' leaves and nothing else. A non-zero `base` is exported as one extra leaf-only
 * tree `{ "nodeid": 0, "leaf": base }`, which every consumer adds like any tree; on import,
 * leaf-only trees fold back into `base`. A ranking does not depend on the base, but scores do.
 * `cover` is required on import: TreeSHAP needs it (dump with `with_stats=True`).
 */
import { BestMatchError } from "../../errors.js";
import { isLeaf, TREES_FORMAT_VERSION, validateTreesModel, type Tree, type TreeNode, type TreesModel } from "./trees-model.js";

export interface XgbSplit {
  nodeid: number;
  depth: number;
  split: string;
  split_condition: number;
  yes: number;
  no: number;
  missing: number;
  cover: number;
  children: XgbNode[];
}

export interface XgbLeaf {
  nodeid: number;
  leaf: number;
  cover?: number;
}

export type XgbNode = XgbSplit | XgbLeaf;

function exportTree(tree: Tree, names: readonly string[]): XgbNode {
  const at = (n: number, depth: number): XgbNode => {
    const node = tree.nodes[n];
    if (isLeaf(node)) return { nodeid: n, leaf: node.leaf, cover: node.cover };
    const split = typeof node.feature === "number" ? names[node.feature] : node.feature;
    return {
      nodeid: n,
      depth,
      split,
      split_condition: node.threshold,
      yes: node.left,
      no: node.right,
      missing: node.missing ?? node.left,
      cover: node.cover,
      children: [at(node.left, depth + 1), at(node.right, depth + 1)],
    };
  };
  return at(0, 0);
}

/** The model as an XGBoost JSON dump (an array of trees; the base as a last leaf-only tree when non-zero). */
export function toXgboostDump(model: TreesModel): XgbNode[] {
  const trees = model.trees.map((t) => exportTree(t, model.features));
  if (model.base !== 0) trees.push({ nodeid: 0, leaf: model.base });
  return trees;
}

export interface XgboostImportOptions {
  /**
   * Feature names in XGBoost's column order: a split named `f3` (XGBoost's name without a feature
   * map) is the fourth of them. Splits may also use the names themselves.
   */
  features: readonly string[];
  /** Names the model may use (e.g. TASK_FEATURES[task]). Default: `features`. */
  known?: readonly string[];
  /** Source named in errors. Default "xgboost dump". */
  source?: string;
}

/**
 * Reads an XGBoost JSON dump: an array of trees, each an object or a JSON string (get_dump's list
 * as is), or `{ "splits": [...] }` (the LTR plugin's wrapped form; an `objective` there is ignored).
 * Returns a validated trees model over `features`.
 */
export function fromXgboostDump(dump: unknown, options: XgboostImportOptions): TreesModel {
  const source = options.source ?? "xgboost dump";
  const fail = (message: string, field?: string, value?: unknown, expected?: string): never => {
    throw new BestMatchError("INVALID_MODEL", `${source}: ${message}`, { field, value, expected });
  };
  const list = Array.isArray(dump) ? dump : typeof dump === "object" && dump !== null && Array.isArray((dump as { splits?: unknown }).splits) ? (dump as { splits: unknown[] }).splits : fail("must be an array of trees (or { splits: [...] })", undefined, dump);
  const nameOf = (split: unknown, field: string): string => {
    if (typeof split !== "string") return fail("split must be a feature name", field, split);
    if (options.features.includes(split)) return split;
    const m = /^f(\d+)$/.exec(split);
    if (m && Number(m[1]) < options.features.length) return options.features[Number(m[1])];
    return fail(`unknown feature "${split}"`, field, split, `one of ${options.features.join(", ")} (or f0..f${options.features.length - 1})`);
  };
  let base = 0;
  const trees: Array<Array<Record<string, unknown>>> = [];
  list.forEach((raw: unknown, t: number) => {
    let root = raw;
    if (typeof raw === "string") {
      try {
        root = JSON.parse(raw);
      } catch {
        fail("a tree given as a string must be JSON", `[${t}]`);
      }
    }
    if (typeof root !== "object" || root === null) return fail("a tree must be an object", `[${t}]`, root);
    if ("leaf" in root && !("children" in root)) {
      const leaf = (root as { leaf: unknown }).leaf;
      if (typeof leaf !== "number" || !Number.isFinite(leaf)) fail("leaf must be a finite number", `[${t}].leaf`, leaf);
      base += leaf as number;
      return;
    }
    // Pre-order renumbering; yes/no/missing refer to the children by nodeid.
    const nodes: Array<Record<string, unknown>> = [];
    const visit = (node: unknown, field: string): number => {
      if (typeof node !== "object" || node === null) return fail("a node must be an object", field, node);
      const n = node as Record<string, unknown>;
      const id = nodes.length;
      if ("leaf" in n) {
        if (n.cover === undefined) fail("cover is missing: dump with with_stats=True (exact contributions need it)", `${field}.cover`);
        nodes.push({ leaf: n.leaf, cover: n.cover });
        return id;
      }
      if (!Array.isArray(n.children) || n.children.length !== 2) return fail("a split needs two children", `${field}.children`, n.children);
      const kids = n.children as Array<Record<string, unknown>>;
      const child = (key: string): number => {
        const k = kids.findIndex((c) => c?.nodeid === n[key]);
        return k < 0 ? fail(`${key} names no child`, `${field}.${key}`, n[key], kids.map((c) => String(c?.nodeid)).join(" or ")) : k;
      };
      const yes = child("yes");
      const no = child("no");
      const missing = n.missing === undefined ? yes : child("missing");
      if (yes === no) fail("yes and no must differ", `${field}.no`, n.no);
      if (n.cover === undefined) fail("cover is missing: dump with with_stats=True (exact contributions need it)", `${field}.cover`);
      const split: Record<string, unknown> = { feature: nameOf(n.split, `${field}.split`), threshold: n.split_condition, cover: n.cover };
      nodes.push(split);
      const ids = [visit(kids[yes], `${field}.children[${yes}]`), visit(kids[no], `${field}.children[${no}]`)];
      Object.assign(split, { left: ids[0], right: ids[1], missing: missing === yes ? ids[0] : ids[1] });
      return id;
    };
    visit(root, `[${t}]`);
    trees.push(nodes);
  });
  return validateTreesModel({ type: "trees", version: TREES_FORMAT_VERSION, base, features: [...options.features], trees: trees.map((nodes) => ({ nodes: nodes as unknown as TreeNode[] })) }, options.known ?? options.features, source);
}
