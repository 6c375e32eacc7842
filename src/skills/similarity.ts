/**
 * Related-skill similarity learned from co-occurrence: skills listed together on the same
 * profile or job are related. Counts -> PPMI -> truncated SVD (randomized, seeded) ->
 * cosine of the latent vectors. All pure functions; the result is blended with the
 * taxonomy's hand-written related links by `blendSimilarity`.
 */
import { Matrix, QrDecomposition, SingularValueDecomposition } from "ml-matrix";

const PAIR_BASE = 2 ** 21; // skill indices stay below 2M; a * base + b stays an exact integer

/**
 * Co-occurrence counts kept up to date as records come and go, so relearning only redoes
 * PPMI and SVD. A record's skill set counts once per unordered pair.
 */
export class CooccurrenceCounts {
  readonly pairs = new Map<number, number>();
  readonly counts = new Map<number, number>();

  add(set: ArrayLike<number>, sign: 1 | -1 = 1): void {
    for (let i = 0; i < set.length; i++) {
      const a = set[i];
      bump(this.counts, a, sign);
      for (let j = i + 1; j < set.length; j++) {
        const b = set[j];
        bump(this.pairs, a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a, sign);
      }
    }
  }

  remove(set: ArrayLike<number>): void {
    this.add(set, -1);
  }
}

function bump(map: Map<number, number>, key: number, sign: number): void {
  const v = (map.get(key) ?? 0) + sign;
  if (v === 0) map.delete(key);
  else map.set(key, v);
}

/**
 * Positive pointwise mutual information between the skills `keep` (dense matrix in the
 * order of `keep`): PMI = ln(p(a,b) / (p(a) p(b))) with marginals from the pair counts, clipped at 0.
 */
export function ppmiMatrix(pairs: ReadonlyMap<number, number>, keep: readonly number[]): Matrix {
  const pos = new Map<number, number>();
  keep.forEach((s, i) => pos.set(s, i));
  const m = new Matrix(keep.length, keep.length);
  const marginal = new Map<number, number>();
  let total = 0;
  for (const [key, c] of pairs) {
    const a = Math.floor(key / PAIR_BASE);
    const b = key % PAIR_BASE;
    marginal.set(a, (marginal.get(a) ?? 0) + c);
    marginal.set(b, (marginal.get(b) ?? 0) + c);
    total += c;
  }
  for (const [key, c] of pairs) {
    const a = Math.floor(key / PAIR_BASE);
    const b = key % PAIR_BASE;
    const ia = pos.get(a);
    const ib = pos.get(b);
    if (ia === undefined || ib === undefined) continue;
    const pmi = Math.log((c * 2 * total) / ((marginal.get(a) as number) * (marginal.get(b) as number)));
    if (pmi > 0) {
      m.set(ia, ib, pmi);
      m.set(ib, ia, pmi);
    }
  }
  return m;
}

/** Small seeded PRNG (mulberry32): the projection must be the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Rank-k embedding of a symmetric matrix by randomized SVD (Halko et al.): project on k+8
 * random directions, two power iterations, then an exact SVD of the small matrix.
 * Rows are U_k * sqrt(S_k). Far cheaper than a full SVD for n in the thousands.
 */
export function truncatedSvdEmbedding(a: Matrix, k: number, seed = 42): Matrix {
  const n = a.rows;
  const dims = Math.min(k, n);
  if (dims === 0) return new Matrix(n, 0);
  const width = Math.min(n, dims + 8);
  const rand = mulberry32(seed);
  const omega = new Matrix(n, width);
  for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) omega.set(i, j, rand() * 2 - 1);
  let y = a.mmul(omega);
  for (let it = 0; it < 2; it++) y = a.mmul(new QrDecomposition(y).orthogonalMatrix);
  const q = new QrDecomposition(y).orthogonalMatrix.subMatrix(0, n - 1, 0, width - 1);
  const b = q.transpose().mmul(a); // width x n
  const svd = new SingularValueDecomposition(b.transpose(), { autoTranspose: true });
  const u = svd.leftSingularVectors; // n x r
  const s = svd.diagonal;
  const out = new Matrix(n, dims);
  for (let j = 0; j < dims && j < s.length; j++) {
    const scale = Math.sqrt(Math.max(0, s[j]));
    for (let i = 0; i < n; i++) out.set(i, j, u.get(i, j) * scale);
  }
  return out;
}

/** Cosine similarity of rows i and j, clipped to [0, 1]. */
export function rowCosine(m: Matrix, i: number, j: number): number {
  let dot = 0;
  let ni = 0;
  let nj = 0;
  for (let c = 0; c < m.columns; c++) {
    const x = m.get(i, c);
    const y = m.get(j, c);
    dot += x * y;
    ni += x * x;
    nj += y * y;
  }
  if (ni === 0 || nj === 0) return 0;
  return Math.max(0, Math.min(1, dot / Math.sqrt(ni * nj)));
}

/**
 * Blend of the two sources: (1 - w) * taxonomy + w * learned when a learned value exists,
 * the taxonomy value alone otherwise. Documented in SimilarityOptions.
 */
export function blendSimilarity(taxonomy: number, learned: number | undefined, learnedWeight: number): number {
  return learned === undefined ? taxonomy : (1 - learnedWeight) * taxonomy + learnedWeight * learned;
}
