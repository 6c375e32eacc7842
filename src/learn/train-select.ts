/**
 * Picks the regularization strength from the training data alone: train on the first part of the
 * queries (callers pass them in time order), measure NDCG on the rest, and keep the strongest
 * regularization within one standard error of the best (the "one-standard-error rule", Hastie et al.,
 * Elements of Statistical Learning 7.10): a gain smaller than the noise does not pull weights away
 * from the prior.
 */
import type { RankTask } from "../rank/model.js";
import { mean, ndcgAtK } from "./metrics.js";
import { DEFAULT_TRAIN_OPTIONS, trainModel, type TrainingQuery, type TrainOptions, type TrainResult } from "./train.js";

export const DEFAULT_REGULARIZATION_GRID = [0.1, 0.3, 1, 3, 10, 30, 100] as const;

export interface SelectionOptions {
  /** Strengths tried. Default DEFAULT_REGULARIZATION_GRID. */
  grid?: readonly number[];
  /** Share of the queries (the last ones) held out for validation. Default 0.25. */
  holdout?: number;
}

export interface Selection {
  regularization: number;
  /** Held-out NDCG per strength tried, in grid order. */
  validation: Array<{ regularization: number; ndcg: number }>;
  trainQueries: number;
  validationQueries: number;
}

/** NDCG@k per query of `queries` ordered by `weights` (ties keep the given order); queries with no positive gain are left out. */
export function heldOutNdcg(queries: readonly TrainingQuery[], weights: Readonly<Record<string, number>>, k: number): number[] {
  const judged = queries.filter((q) => q.some((e) => e.gain > 0));
  return judged.map((q) => {
      const score = q.map((e) => Object.entries(e.features).reduce((s, [f, v]) => s + (weights[f] ?? 0) * v, 0));
      const order = q.map((_, i) => i).sort((a, b) => score[b] - score[a] || a - b);
      return ndcgAtK(order.map(String), new Map(q.map((e, i) => [String(i), Math.max(0, e.gain)])), k);
  });
}

function standardError(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1) / values.length);
}

export function selectRegularization(task: RankTask, queries: readonly TrainingQuery[], options: TrainOptions & SelectionOptions = {}): Selection {
  const grid = [...(options.grid ?? DEFAULT_REGULARIZATION_GRID)].sort((a, b) => b - a);
  const cut = Math.floor(queries.length * (1 - (options.holdout ?? 0.25)));
  const fit = queries.slice(0, cut);
  const held = queries.slice(cut);
  const k = options.ndcgK ?? DEFAULT_TRAIN_OPTIONS.ndcgK;
  const runs = grid.map((regularization) => ({ regularization, perQuery: heldOutNdcg(held, trainModel(task, fit, { ...options, regularization }).model.weights, k) }));
  const validation = runs.map((r) => ({ regularization: r.regularization, ndcg: mean(r.perQuery) }));
  const best = runs.reduce((a, b) => (mean(b.perQuery) > mean(a.perQuery) ? b : a));
  const bar = mean(best.perQuery) - standardError(best.perQuery);
  // Strongest first: the first within one standard error of the best.
  const chosen = runs.find((r) => mean(r.perQuery) >= bar - 1e-12) ?? best;
  return {
    regularization: held.length === 0 || Number.isNaN(mean(best.perQuery)) ? (options.regularization ?? DEFAULT_TRAIN_OPTIONS.regularization) : chosen.regularization,
    validation: validation.sort((a, b) => a.regularization - b.regularization),
    trainQueries: fit.length,
    validationQueries: held.length,
  };
}

/** selectRegularization, then training on all the queries with the strength chosen. */
export function trainWithSelection(task: RankTask, queries: readonly TrainingQuery[], options: TrainOptions & SelectionOptions = {}): TrainResult & { selection: Selection } {
  const selection = selectRegularization(task, queries, options);
  return { ...trainModel(task, queries, { ...options, regularization: selection.regularization }), selection };
}

export function describeSelection(s: Selection): string {
  const tried = s.validation.map((v) => `${v.regularization}: ${Number.isNaN(v.ndcg) ? "n/a" : v.ndcg.toFixed(4)}`).join(", ");
  return `regularization ${s.regularization} chosen on ${s.validationQueries} held-out later training queries (fit on ${s.trainQueries}); NDCG by strength: ${tried}`;
}
