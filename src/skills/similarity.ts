/**
 * Related-skill similarity learned from co-occurrence: skills listed together on the same
 * profile or job are related. Counts -> PPMI -> truncated SVD (randomized, seeded) ->
 * cosine of the latent vectors. All pure functions; the result is blended with the
 * taxonomy's hand-written related links by `blendSimilarity`.
 */
import { Matrix, QrDecomposition, SingularValueDecomposition } from "ml-matrix";
import { mulberry32 } from "../util/prng.js";
import { PAIR_BASE, PairCounts } from "./pair-counts.js";

/**
 * A record listing more skills than this adds its skills' counts but no pairs: n skills make
 * n(n-1)/2 pairs (10,000 skills: 50M, past a Map's size limit, and indexing time grew with the
 * square of the list), and a list that long says little about which skills go together.
 */
export const MAX_COOCCURRENCE_SET = 100;

/**
 * Co-occurrence counts kept up to date as records come and go, so relearning only redoes
 * PPMI and SVD. A record's skill set counts once per unordered pair.
 */
export class CooccurrenceCounts {
  /** Per unordered pair (key a * 2^21 + b, a < b); a typed table, iterated in the order a Map would be. */
  readonly pairs = new PairCounts();
  readonly counts = new Map<number, number>();
  /**
   * Order-free 64-bit hash of the multiset of sets counted (sum of per-set hashes, two 32-bit
   * halves): equal counts give equal fingerprints, so a caller can tell "back to what it was"
   * (a profile replaced and restored) without comparing the maps.
   */
  private sumLow = 0;
  private sumHigh = 0;
  /** Bumped on every add or remove: a cheap "anything changed?" before comparing fingerprints. */
  private edits = 0;

  get version(): number {
    return this.edits;
  }

  get fingerprint(): string {
    return `${this.sumHigh.toString(16)}:${this.sumLow.toString(16)}`;
  }

  add(set: ArrayLike<number>, sign: 1 | -1 = 1): void {
    this.edits++;
    const [low, high] = setHash(set);
    this.sumLow = (this.sumLow + sign * low) >>> 0;
    this.sumHigh = (this.sumHigh + sign * high) >>> 0;
    const paired = set.length <= MAX_COOCCURRENCE_SET;
    for (let i = 0; i < set.length; i++) {
      const a = set[i];
      bump(this.counts, a, sign);
      if (!paired) continue;
      for (let j = i + 1; j < set.length; j++) {
        const b = set[j];
        if (a < b) this.pairs.bump(a, b, sign);
        else this.pairs.bump(b, a, sign);
      }
    }
  }

  remove(set: ArrayLike<number>): void {
    this.add(set, -1);
  }

  /** The counts as arrays, for a snapshot (insertion order kept). */
  state(): CooccurrenceState {
    return {
      pairKeys: Float64Array.from(this.pairs.keys()),
      pairCounts: Float64Array.from(this.pairs.values()),
      skills: Float64Array.from(this.counts.keys()),
      skillCounts: Float64Array.from(this.counts.values()),
      hash: [this.sumLow, this.sumHigh, this.edits],
    };
  }

  restore(s: CooccurrenceState): void {
    this.counts.clear();
    this.pairs.restore(s.pairKeys, s.pairCounts);
    for (let i = 0; i < s.skills.length; i++) this.counts.set(s.skills[i], s.skillCounts[i]);
    [this.sumLow, this.sumHigh, this.edits] = s.hash;
  }
}

export interface CooccurrenceState {
  pairKeys: Float64Array;
  pairCounts: Float64Array;
  skills: Float64Array;
  skillCounts: Float64Array;
  /** The order-free hash halves and the edit counter. */
  hash: [number, number, number];
}

/** Two independent 32-bit FNV-1a style hashes of a sorted skill set. */
function setHash(set: ArrayLike<number>): [number, number] {
  let low = 0x811c9dc5;
  let high = 0x01000193 ^ set.length;
  for (let i = 0; i < set.length; i++) {
    low = Math.imul(low ^ set[i], 0x01000193);
    high = Math.imul(high ^ (set[i] + 0x9e3779b9), 0x85ebca6b);
    high ^= high >>> 13;
  }
  return [low >>> 0, high >>> 0];
}

function bump(map: Map<number, number>, key: number, sign: number): void {
  const v = (map.get(key) ?? 0) + sign;
  if (v === 0) map.delete(key);
  else map.set(key, v);
}

/** The key of an unordered pair in CooccurrenceCounts.pairs. */
export function pairKey(a: number, b: number): number {
  return a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
}

/** Per-skill sums of pair counts (indexed by skill) and their total: the marginals PPMI divides by. */
export interface PairMarginals {
  bySkill: Float64Array;
  total: number;
}

export function pairMarginals(pairs: PairCounts): PairMarginals {
  let top = -1;
  pairs.eachPair((a, b) => {
    top = Math.max(top, a, b);
  });
  const bySkill = new Float64Array(top + 1);
  let total = 0;
  pairs.eachPair((a, b, c) => {
    bySkill[a] += c;
    bySkill[b] += c;
    total += c;
  });
  return { bySkill, total };
}

/** PPMI of one pair with `count` co-occurrences, as ppmiMatrix computes it. */
export function pairPpmi(count: number, a: number, b: number, m: PairMarginals): number {
  const ma = m.bySkill[a] ?? 0;
  const mb = m.bySkill[b] ?? 0;
  if (count <= 0 || ma === 0 || mb === 0) return 0;
  return Math.max(0, Math.log((count * 2 * m.total) / (ma * mb)));
}

/** A symmetric sparse matrix in coordinate form (both triangles stored). */
export interface SparseSymmetric {
  size: number;
  rows: Int32Array;
  cols: Int32Array;
  values: Float64Array;
}

/**
 * Positive pointwise mutual information between the skills `keep` (indices in the order of
 * `keep`): PMI = ln(p(a,b) / (p(a) p(b))) with marginals from the pair counts, clipped at 0.
 * Sparse: only co-occurring pairs have entries, so thousands of skills stay cheap.
 */
export function ppmiMatrix(pairs: PairCounts, keep: readonly number[]): SparseSymmetric {
  const pos = new Map<number, number>();
  keep.forEach((s, i) => pos.set(s, i));
  const { bySkill, total } = pairMarginals(pairs);
  const entries: Array<[number, number, number]> = [];
  pairs.eachPair((a, b, c) => {
    const ia = pos.get(a);
    const ib = pos.get(b);
    if (ia === undefined || ib === undefined) return;
    const pmi = Math.log((c * 2 * total) / (bySkill[a] * bySkill[b]));
    if (pmi > 0) entries.push([ia, ib, pmi], [ib, ia, pmi]);
  });
  // Row-major order: the products sum in the same order however the records arrived.
  entries.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return {
    size: keep.length,
    rows: Int32Array.from(entries, (e) => e[0]),
    cols: Int32Array.from(entries, (e) => e[1]),
    values: Float64Array.from(entries, (e) => e[2]),
  };
}

/** Sparse symmetric A times dense B (n x k): the only product the randomized SVD needs on A. */
export function sparseTimesDense(a: SparseSymmetric, b: Matrix): Matrix {
  const k = b.columns;
  const out = new Float64Array(a.size * k);
  const dense = b.to1DArray();
  for (let e = 0; e < a.values.length; e++) {
    const r = a.rows[e] * k;
    const c = a.cols[e] * k;
    const v = a.values[e];
    for (let j = 0; j < k; j++) out[r + j] += v * dense[c + j];
  }
  return Matrix.from1DArray(a.size, k, out);
}

/**
 * Rank-k embedding of a symmetric matrix by randomized SVD (Halko et al.): project on k+8
 * random directions, two power iterations, then an exact SVD of the small (k+8) x n matrix.
 * Returns unit-length rows of U_k * sqrt(S_k) (zero rows stay zero), so a dot product is the cosine.
 */
export function truncatedSvdEmbedding(a: SparseSymmetric, k: number, seed = 42): Float64Array[] {
  const n = a.size;
  const dims = Math.min(k, n);
  if (dims === 0) return Array.from({ length: n }, () => new Float64Array(0));
  const width = Math.min(n, dims + 8);
  const rand = mulberry32(seed);
  const omega = new Matrix(n, width);
  for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) omega.set(i, j, rand() * 2 - 1);
  let y = sparseTimesDense(a, omega);
  for (let it = 0; it < 2; it++) y = sparseTimesDense(a, orthonormalBasis(y, width));
  const q = orthonormalBasis(y, width);
  const b = sparseTimesDense(a, q).transpose(); // (A Q)^T = Q^T A for symmetric A: width x n
  const svd = new SingularValueDecomposition(b.transpose(), { autoTranspose: true });
  const u = svd.leftSingularVectors; // n x r
  const s = svd.diagonal;
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(dims);
    let norm = 0;
    for (let j = 0; j < dims && j < s.length; j++) {
      row[j] = u.get(i, j) * Math.sqrt(Math.max(0, s[j]));
      norm += row[j] * row[j];
    }
    if (norm > 0) for (let j = 0; j < dims; j++) row[j] /= Math.sqrt(norm);
    rows.push(row);
  }
  return rows;
}

function orthonormalBasis(y: Matrix, width: number): Matrix {
  return new QrDecomposition(y).orthogonalMatrix.subMatrix(0, y.rows - 1, 0, width - 1);
}

/** Cosine of two unit (or zero) vectors, clipped to [0, 1]. */
export function unitCosine(x: Float64Array, y: Float64Array): number {
  let dot = 0;
  for (let i = 0; i < x.length; i++) dot += x[i] * y[i];
  return Math.max(0, Math.min(1, dot));
}

/**
 * Blend of the two sources: (1 - w) * taxonomy + w * learned when a learned value exists,
 * the taxonomy value alone otherwise. Documented in SimilarityOptions.
 */
export function blendSimilarity(taxonomy: number, learned: number | undefined, learnedWeight: number): number {
  return learned === undefined ? taxonomy : (1 - learnedWeight) * taxonomy + learnedWeight * learned;
}
