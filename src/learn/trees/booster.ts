/**
 * The boosting loop: start every score at 0, then repeatedly compute LambdaMART gradients per
 * query (lambdarank.ts), grow a tree on them (tree-learner.ts) and add it scaled by the learning
 * rate. Early stopping holds out the latest queries (callers pass queries in time order, so the
 * split is by query AND by time): training stops once validation NDCG has not improved for
 * `earlyStoppingRounds` trees, and the model keeps the trees up to the best round.
 * Deterministic: the only randomness (query subsampling) comes from a seeded PRNG.
 */
import { BestMatchError } from "../../errors.js";
import { mulberry32 } from "../../util/prng.js";
import { binRows, MAX_BINS_LIMIT } from "./histogram.js";
import { inverseMaxDcg, lambdaRankGradients, queryNdcg } from "./lambdarank.js";
import { growTree, type TreeParams } from "./tree-learner.js";
import { compileTrees, isLeaf, leafOf, TREES_FORMAT_VERSION, type Tree, type TreesModel } from "./trees-model.js";

export interface BoosterOptions {
  /** Shrinkage applied to every tree's leaves. Default 0.1. */
  learningRate?: number;
  /** Trees at most (fewer when early stopping ends sooner). Default 300. */
  maxTrees?: number;
  /** Stop after this many trees without a better validation NDCG. Default 30. */
  earlyStoppingRounds?: number;
  /** Share of the queries (the latest) held out for early stopping; 0 = none. Default 0.2. */
  validationShare?: number;
  /** Default 4. */
  maxDepth?: number;
  /** Default 15. */
  maxLeaves?: number;
  /** Rows per leaf at least. Default 20. */
  minDataInLeaf?: number;
  /** Hessian sum per leaf at least. Default 1e-3. */
  minHessianInLeaf?: number;
  /** L2 on leaf values. Default 1. */
  lambda?: number;
  /** Split gain at least. Default 0. */
  minGain?: number;
  /** Bins per feature (2..256). Default 64. */
  maxBins?: number;
  /** Sigmoid steepness of the objective. Default 1. */
  sigma?: number;
  /** Objective's NDCG cut-off (pairs need a member in the top this many). Default 20. */
  truncation?: number;
  /** Cut-off of the validation NDCG. Default 10. */
  ndcgK?: number;
  /** Share of training queries each tree sees (seeded sample). Default 1. */
  subsample?: number;
  /** Seed of the subsampling. Default 1. */
  seed?: number;
}

export const DEFAULT_BOOSTER = {
  learningRate: 0.1,
  maxTrees: 300,
  earlyStoppingRounds: 30,
  validationShare: 0.2,
  maxDepth: 4,
  maxLeaves: 15,
  minDataInLeaf: 20,
  minHessianInLeaf: 1e-3,
  lambda: 1,
  minGain: 0,
  maxBins: 64,
  sigma: 1,
  truncation: 20,
  ndcgK: 10,
  subsample: 1,
  seed: 1,
} as const satisfies Required<BoosterOptions>;

export type ResolvedBoosterOptions = { -readonly [K in keyof typeof DEFAULT_BOOSTER]: number };

/** One query for the booster: rows of feature values (row-major, `features` wide) and graded labels. */
export interface BoostQuery {
  x: Float64Array;
  labels: Float64Array;
}

export interface BoostReport {
  trees: number;
  /** Round (1-based) with the best validation NDCG; equals trees when early stopping kept them all. */
  bestRound: number;
  trainQueries: number;
  validationQueries: number;
  /** Mean validation NDCG@ndcgK after each round (empty without validation). */
  validationCurve: number[];
  validationNdcg: number;
  trainNdcg: number;
  options: ResolvedBoosterOptions;
}

export function resolveBoosterOptions(options: BoosterOptions = {}): ResolvedBoosterOptions {
  const o = { ...DEFAULT_BOOSTER } as ResolvedBoosterOptions;
  for (const [key, value] of Object.entries(options)) if (value !== undefined && key in o) o[key as keyof ResolvedBoosterOptions] = value as number;
  const check = (key: keyof ResolvedBoosterOptions, ok: boolean, expected: string) => {
    if (!ok) throw new BestMatchError("INVALID_OPTION", `option "${key}" is invalid`, { field: key, value: o[key], expected });
  };
  const int = (v: number, min: number, max = Infinity) => Number.isInteger(v) && v >= min && v <= max;
  check("learningRate", o.learningRate > 0 && o.learningRate <= 1, "a number in (0, 1]");
  check("maxTrees", int(o.maxTrees, 1), "an integer >= 1");
  check("earlyStoppingRounds", int(o.earlyStoppingRounds, 1), "an integer >= 1");
  check("validationShare", o.validationShare >= 0 && o.validationShare < 1, "a number in [0, 1)");
  check("maxDepth", int(o.maxDepth, 1, 32), "an integer in 1..32");
  check("maxLeaves", int(o.maxLeaves, 2), "an integer >= 2");
  check("minDataInLeaf", int(o.minDataInLeaf, 1), "an integer >= 1");
  check("minHessianInLeaf", o.minHessianInLeaf >= 0, "a number >= 0");
  check("lambda", o.lambda >= 0, "a number >= 0");
  check("minGain", o.minGain >= 0, "a number >= 0");
  check("maxBins", int(o.maxBins, 2, MAX_BINS_LIMIT), `an integer in 2..${MAX_BINS_LIMIT}`);
  check("sigma", o.sigma > 0, "a number > 0");
  check("truncation", int(o.truncation, 1), "an integer >= 1");
  check("ndcgK", int(o.ndcgK, 1), "an integer >= 1");
  check("subsample", o.subsample > 0 && o.subsample <= 1, "a number in (0, 1]");
  return o;
}

function meanNdcg(queries: readonly BoostQuery[], scores: readonly Float64Array[], k: number, inverse?: readonly number[]): number {
  let sum = 0;
  let n = 0;
  queries.forEach((q, i) => {
    const v = queryNdcg(scores[i], q.labels, k, inverse?.[i]);
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  });
  return n ? sum / n : NaN;
}

/** Trains a LambdaMART ensemble; `features` names the columns of every query's rows. */
export function boost(queries: readonly BoostQuery[], features: readonly string[], options: BoosterOptions = {}): { model: TreesModel; report: BoostReport } {
  const o = resolveBoosterOptions(options);
  const width = features.length;
  const cut = o.validationShare > 0 ? Math.max(1, Math.floor(queries.length * (1 - o.validationShare))) : queries.length;
  const train = queries.slice(0, cut);
  const valid = queries.slice(cut);
  const hasValidation = valid.some((q) => q.labels.some((l) => l > 0));

  // Training rows, concatenated; starts[q] is the first row of query q.
  const starts = new Int32Array(train.length + 1);
  train.forEach((q, i) => (starts[i + 1] = starts[i] + q.labels.length));
  const rows = starts[train.length];
  const x = new Float64Array(rows * width);
  train.forEach((q, i) => x.set(q.x, starts[i] * width));
  const data = binRows(x, rows, width, o.maxBins);
  const params: TreeParams = { maxDepth: o.maxDepth, maxLeaves: o.maxLeaves, minDataInLeaf: o.minDataInLeaf, minHessianInLeaf: o.minHessianInLeaf, lambda: o.lambda, minGain: o.minGain };

  const score = new Float64Array(rows);
  const grad = new Float64Array(rows);
  const hess = new Float64Array(rows);
  const validScores = valid.map((q) => new Float64Array(q.labels.length));
  const random = mulberry32(o.seed);
  const trees: Tree[] = [];
  const curve: number[] = [];
  let best = { ndcg: -Infinity, round: 0 };
  const lambdaOptions = { sigma: o.sigma, truncation: o.truncation };
  const inverse = train.map((q) => inverseMaxDcg(q.labels, o.truncation));
  const everyRow = Int32Array.from({ length: rows }, (_, i) => i);
  const validInverse = valid.map((q) => inverseMaxDcg(q.labels, o.ndcgK));

  for (let round = 1; round <= o.maxTrees; round++) {
    const used: number[] = [];
    for (let q = 0; q < train.length; q++) {
      if (o.subsample < 1 && random() >= o.subsample) continue;
      const a = starts[q];
      const b = starts[q + 1];
      if (inverse[q] > 0) lambdaRankGradients(score.subarray(a, b), train[q].labels, grad.subarray(a, b), hess.subarray(a, b), lambdaOptions, inverse[q]);
      if (o.subsample < 1) for (let i = a; i < b; i++) used.push(i);
    }
    const grown = growTree(data, grad, hess, o.subsample < 1 ? Int32Array.from(used) : everyRow, params);
    // Shrinkage is folded into the stored leaves, so the model's score is a plain sum.
    const nodes = grown.nodes.map((n) => (isLeaf(n) ? { leaf: n.leaf * o.learningRate, cover: n.cover } : { ...n, feature: features[n.feature as number] }));
    if (nodes.length === 1) break; // No split gains anything: more rounds would add constants.
    for (const leaf of grown.leaves) {
      const value = (nodes[leaf.node] as { leaf: number }).leaf;
      for (let k = leaf.from; k < leaf.to; k++) score[grown.index[k]] += value;
    }
    // Rows left out by subsampling still move with the tree.
    if (o.subsample < 1) {
      const inTree = new Uint8Array(rows);
      for (const i of used) inTree[i] = 1;
      const compiled = compileTrees({ type: "trees", version: TREES_FORMAT_VERSION, base: 0, features: [...features], trees: [{ nodes }] }).trees[0];
      for (let i = 0; i < rows; i++) if (!inTree[i]) score[i] += compiled.value[leafOf(compiled, x.subarray(i * width, (i + 1) * width))];
    }
    trees.push({ nodes });
    if (hasValidation) {
      const compiled = compileTrees({ type: "trees", version: TREES_FORMAT_VERSION, base: 0, features: [...features], trees: [{ nodes }] }).trees[0];
      valid.forEach((q, v) => {
        for (let i = 0; i < q.labels.length; i++) validScores[v][i] += compiled.value[leafOf(compiled, q.x.subarray(i * width, (i + 1) * width))];
      });
      const ndcg = meanNdcg(valid, validScores, o.ndcgK, validInverse);
      curve.push(ndcg);
      if (ndcg > best.ndcg) best = { ndcg, round };
      else if (round - best.round >= o.earlyStoppingRounds) break;
    }
  }
  const keep = hasValidation ? best.round : trees.length;
  const model: TreesModel = { type: "trees", version: TREES_FORMAT_VERSION, base: 0, features: [...features], trees: trees.slice(0, keep) };
  const compiled = compileTrees(model);
  const trainScores = train.map((q) => {
    const s = new Float64Array(q.labels.length);
    for (let i = 0; i < s.length; i++) for (const t of compiled.trees) s[i] += t.value[leafOf(t, q.x.subarray(i * width, (i + 1) * width))];
    return s;
  });
  return {
    model,
    report: {
      trees: keep,
      bestRound: keep,
      trainQueries: train.length,
      validationQueries: valid.length,
      validationCurve: curve,
      validationNdcg: hasValidation ? best.ndcg : NaN,
      trainNdcg: meanNdcg(train, trainScores, o.ndcgK),
      options: o,
    },
  };
}
