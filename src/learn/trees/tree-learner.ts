/**
 * Grows one regression tree on gradients and hessians (second-order boosting, as XGBoost and
 * LightGBM): leaf-wise (best-first: always split the leaf whose best split gains most), with
 * histogram split search, limits on depth, leaves, rows and hessian per leaf, and L2 on leaf values.
 *
 *   leaf value = -G / (H + lambda)
 *   split gain = G_L^2 / (H_L + lambda) + G_R^2 / (H_R + lambda) - G^2 / (H + lambda)
 *
 * Knows nothing about ranking. Node `cover` is the number of training rows that reached the node
 * (LightGBM's count, not XGBoost's hessian sum): TreeSHAP then averages an unknown feature over the
 * training items themselves, and a LambdaMART hessian of ~0 (a candidate in no pair) still counts.
 */
import { buildHistogram, MAX_BINS_LIMIT, newHistogram, subtractHistogram, type Binned, type Histogram } from "./histogram.js";
import type { TreeNode } from "./trees-model.js";

export interface TreeParams {
  maxDepth: number;
  maxLeaves: number;
  minDataInLeaf: number;
  minHessianInLeaf: number;
  /** L2 regularization of leaf values. */
  lambda: number;
  /** A split must gain more than this. */
  minGain: number;
}

interface Split {
  gain: number;
  feature: number;
  /** Rows with bin <= this go left. */
  bin: number;
  threshold: number;
}

interface Leaf {
  node: number;
  from: number;
  to: number;
  depth: number;
  hist: Histogram;
  g: number;
  h: number;
  split?: Split;
}

/** Node under construction: a leaf (value set) or a split (children set). */
interface Draft {
  cover: number;
  value: number;
  feature: number;
  threshold: number;
  left: number;
  right: number;
}

function bestSplit(data: Binned, leaf: Leaf, p: TreeParams): Split | undefined {
  const count = leaf.to - leaf.from;
  if (leaf.depth >= p.maxDepth || count < 2 * p.minDataInLeaf) return undefined;
  const parentScore = (leaf.g * leaf.g) / (leaf.h + p.lambda);
  let best: Split | undefined;
  for (let f = 0; f < data.features; f++) {
    const cuts = data.cuts[f];
    const offset = f * MAX_BINS_LIMIT;
    let gl = 0;
    let hl = 0;
    let nl = 0;
    for (let b = 0; b < cuts.length; b++) {
      gl += leaf.hist.grad[offset + b];
      hl += leaf.hist.hess[offset + b];
      nl += leaf.hist.count[offset + b];
      const nr = count - nl;
      if (nl < p.minDataInLeaf) continue;
      if (nr < p.minDataInLeaf) break;
      const hr = leaf.h - hl;
      if (hl < p.minHessianInLeaf || hr < p.minHessianInLeaf) continue;
      const gr = leaf.g - gl;
      const gain = (gl * gl) / (hl + p.lambda) + (gr * gr) / (hr + p.lambda) - parentScore;
      if (gain > p.minGain && (!best || gain > best.gain)) best = { gain, feature: f, bin: b, threshold: cuts[b] };
    }
  }
  return best;
}

/** Moves rows of index[from..to) going left to the front; returns where the right part starts. */
function partition(data: Binned, index: Int32Array, from: number, to: number, split: Split): number {
  const width = data.features;
  let mid = from;
  for (let k = from; k < to; k++) {
    const i = index[k];
    if (data.bins[i * width + split.feature] <= split.bin) {
      index[k] = index[mid];
      index[mid++] = i;
    }
  }
  return mid;
}

export interface GrownTree {
  /** Pre-order nodes, split features as indices into the data's features. */
  nodes: TreeNode[];
  /** For each leaf node, the rows (positions in `index`) that reached it. */
  leaves: Array<{ node: number; from: number; to: number }>;
  /** The rows, permuted so each leaf's rows are contiguous. */
  index: Int32Array;
}

/** Grows a tree on the rows listed in `rows`. Leaf values are -G / (H + lambda), unscaled. */
export function growTree(data: Binned, grad: Float64Array, hess: Float64Array, rows: Int32Array, p: TreeParams): GrownTree {
  const index = Int32Array.from(rows);
  const drafts: Draft[] = [];
  const sum = (h: Histogram) => {
    // Any feature's bins cover every row once: feature 0's sums are the leaf's.
    let g = 0;
    let hs = 0;
    for (let b = 0; b < MAX_BINS_LIMIT; b++) {
      g += h.grad[b];
      hs += h.hess[b];
    }
    return [g, hs];
  };
  const newLeaf = (from: number, to: number, depth: number, hist: Histogram): Leaf => {
    const [g, h] = data.features > 0 ? sum(hist) : [0, 0];
    const node = drafts.length;
    drafts.push({ cover: to - from, value: -g / (h + p.lambda), feature: -1, threshold: 0, left: -1, right: -1 });
    const leaf: Leaf = { node, from, to, depth, hist, g, h };
    leaf.split = bestSplit(data, leaf, p);
    return leaf;
  };
  const rootHist = newHistogram(data.features);
  buildHistogram(data, grad, hess, index, 0, index.length, rootHist);
  const leaves: Leaf[] = [newLeaf(0, index.length, 0, rootHist)];
  while (leaves.length < p.maxLeaves) {
    let at = -1;
    for (let l = 0; l < leaves.length; l++) if (leaves[l].split && (at < 0 || leaves[l].split!.gain > leaves[at].split!.gain)) at = l;
    if (at < 0) break;
    const leaf = leaves[at];
    const split = leaf.split!;
    const mid = partition(data, index, leaf.from, leaf.to, split);
    // Build the smaller child's histogram from its rows, the larger one's by subtraction.
    const small = newHistogram(data.features);
    const large = newHistogram(data.features);
    const leftSmaller = mid - leaf.from <= leaf.to - mid;
    if (leftSmaller) buildHistogram(data, grad, hess, index, leaf.from, mid, small);
    else buildHistogram(data, grad, hess, index, mid, leaf.to, small);
    subtractHistogram(leaf.hist, small, large);
    const left = newLeaf(leaf.from, mid, leaf.depth + 1, leftSmaller ? small : large);
    const right = newLeaf(mid, leaf.to, leaf.depth + 1, leftSmaller ? large : small);
    Object.assign(drafts[leaf.node], { feature: split.feature, threshold: split.threshold, left: left.node, right: right.node });
    leaves.splice(at, 1, left, right);
  }
  // Pre-order renumbering: children after parents, as the model format asks.
  const nodes: TreeNode[] = [];
  const newId = new Map<number, number>();
  const emit = (d: number): number => {
    const id = nodes.length;
    newId.set(d, id);
    const draft = drafts[d];
    if (draft.feature < 0) {
      nodes.push({ leaf: draft.value, cover: draft.cover });
      return id;
    }
    nodes.push({ leaf: 0, cover: 0 });
    const left = emit(draft.left);
    const right = emit(draft.right);
    nodes[id] = { feature: draft.feature, threshold: draft.threshold, left, right, missing: left, cover: draft.cover };
    return id;
  };
  emit(0);
  return { nodes, index, leaves: leaves.map((l) => ({ node: newId.get(l.node)!, from: l.from, to: l.to })) };
}
