/**
 * The numeric core of training: a pairwise logistic (RankNet) objective over feature differences,
 * regularized toward a prior weight vector, minimized by projected Newton steps (the problem is
 * convex and has at most a dozen dimensions, so exact Hessians are cheap and converge in a few steps).
 *
 *   F(w) = sum over queries q of  mean over q's pairs (i better than j) of  log(1 + exp(-w . (x_i - x_j)))
 *          + (lambda / 2) * |w - prior|^2
 *
 * Each query weighs the same whatever its number of pairs, so a query with many candidates does not
 * drown the others; lambda is therefore in "queries' worth of evidence".
 */
import { CholeskyDecomposition, Matrix } from "ml-matrix";

/** One query's pairs: `count` difference vectors of length `dim`, row after row. */
export interface QueryPairs {
  diffs: Float64Array;
  count: number;
}

export interface Objective {
  dim: number;
  queries: readonly QueryPairs[];
  prior: readonly number[];
  lambda: number;
}

export interface Evaluation {
  /** Data term only (sum over queries of the mean pair loss). */
  dataLoss: number;
  value: number;
  gradient: number[];
  hessian?: number[][];
}

function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Data term of F alone at w (no gradient): used to fit the prior's scale. */
export function dataLoss(queries: readonly QueryPairs[], dim: number, w: readonly number[]): number {
  let loss = 0;
  for (const q of queries) {
    let sum = 0;
    for (let p = 0; p < q.count; p++) {
      let margin = 0;
      for (let k = 0; k < dim; k++) margin += w[k] * q.diffs[p * dim + k];
      sum += softplus(-margin);
    }
    loss += sum / q.count;
  }
  return loss;
}

export function evaluate(obj: Objective, w: readonly number[], withHessian: boolean): Evaluation {
  const { dim, lambda, prior } = obj;
  const gradient = w.map((wk, k) => lambda * (wk - prior[k]));
  const hessian = withHessian ? Array.from({ length: dim }, (_, i) => Array.from({ length: dim }, (_, j) => (i === j ? lambda : 0))) : undefined;
  let data = 0;
  for (const q of obj.queries) {
    const scale = 1 / q.count;
    for (let p = 0; p < q.count; p++) {
      const row = p * dim;
      let margin = 0;
      for (let k = 0; k < dim; k++) margin += w[k] * q.diffs[row + k];
      data += softplus(-margin) * scale;
      const g = -sigmoid(-margin) * scale;
      for (let k = 0; k < dim; k++) gradient[k] += g * q.diffs[row + k];
      if (hessian) {
        const s = sigmoid(margin);
        const h = s * (1 - s) * scale;
        for (let i = 0; i < dim; i++) {
          const di = q.diffs[row + i] * h;
          if (di === 0) continue;
          for (let j = 0; j < dim; j++) hessian[i][j] += di * q.diffs[row + j];
        }
      }
    }
  }
  const penalty = w.reduce((s, wk, k) => s + (wk - prior[k]) ** 2, 0) * (lambda / 2);
  return { dataLoss: data, value: data + penalty, gradient, hessian };
}

/** Solves A x = b for symmetric positive definite A (Cholesky, ml-matrix); undefined when A is not. */
export function solveSpd(a: readonly (readonly number[])[], b: readonly number[]): number[] | undefined {
  if (b.length === 0) return [];
  // Sums of products in another order leave A asymmetric by rounding; ml-matrix requires exact symmetry.
  const symmetric = a.map((row, i) => row.map((x, j) => (x + a[j][i]) / 2));
  const cholesky = new CholeskyDecomposition(new Matrix(symmetric));
  if (!cholesky.isPositiveDefinite()) return undefined;
  return cholesky.solve(Matrix.columnVector([...b])).getColumn(0);
}

export interface MinimizeOptions {
  nonNegative: boolean;
  maxIterations: number;
  /** Stop when the projected gradient's largest entry falls below this. */
  tolerance: number;
}

export interface MinimizeResult {
  w: number[];
  evaluation: Evaluation;
  iterations: number;
  converged: boolean;
}

/** Largest entry of the gradient once entries pushing a zero weight below zero are ignored. */
function projectedGradientNorm(w: readonly number[], g: readonly number[], nonNegative: boolean): number {
  let max = 0;
  for (let k = 0; k < w.length; k++) {
    if (nonNegative && w[k] <= 0 && g[k] > 0) continue;
    max = Math.max(max, Math.abs(g[k]));
  }
  return max;
}

/**
 * Projected Newton (Bertsekas 1982): weights held at 0 with a gradient pushing them negative are
 * fixed for the step; a Newton step on the others, then a backtracking (Armijo) line search along
 * the projected path. Falls back to the gradient when the reduced Hessian is not positive definite.
 */
export function minimize(obj: Objective, start: readonly number[], options: MinimizeOptions): MinimizeResult {
  const project = (w: number[]) => (options.nonNegative ? w.map((x) => Math.max(0, x)) : w);
  let w = project([...start]);
  let current = evaluate(obj, w, true);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    if (projectedGradientNorm(w, current.gradient, options.nonNegative) < options.tolerance) {
      return { w, evaluation: current, iterations: iteration, converged: true };
    }
    const free = w.map((x, k) => !(options.nonNegative && x <= 1e-12 && current.gradient[k] > 0));
    const idx = free.flatMap((f, k) => (f ? [k] : []));
    const step = new Array<number>(w.length).fill(0);
    const hessian = current.hessian as number[][];
    const newton = solveSpd(
      idx.map((i) => idx.map((j) => hessian[i][j])),
      idx.map((i) => -current.gradient[i]),
    );
    idx.forEach((k, n) => (step[k] = newton ? newton[n] : -current.gradient[k]));
    let t = 1;
    let next: Evaluation | undefined;
    let candidate = w;
    for (let halvings = 0; halvings < 40; halvings++, t /= 2) {
      candidate = project(w.map((x, k) => x + t * step[k]));
      const e = evaluate(obj, candidate, false);
      const decrease = candidate.reduce((s, x, k) => s + current.gradient[k] * (x - w[k]), 0);
      if (e.value <= current.value + 1e-4 * decrease) {
        next = e;
        break;
      }
    }
    // No decrease found along the step: w is optimal up to rounding.
    if (!next) return { w, evaluation: current, iterations: iteration, converged: true };
    const improvement = current.value - next.value;
    w = candidate;
    current = evaluate(obj, w, true);
    if (improvement <= 1e-12 * (1 + Math.abs(current.value))) return { w, evaluation: current, iterations: iteration + 1, converged: true };
  }
  return { w, evaluation: current, iterations: options.maxIterations, converged: false };
}

/** Golden-section search for the minimum of a unimodal f on [lo, hi]. */
export function goldenSection(f: (x: number) => number, lo: number, hi: number, steps = 60): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < steps; i++) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - r * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + r * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}
