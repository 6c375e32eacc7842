/**
 * The default number of rankers for a batch: what was fastest when measured (see README, "Worker
 * threads"). Loading the shared snapshot in a thread is cheap (about a second at 100k), but each
 * thread warms its own query caches over its first few hundred queries, work one thread does
 * once; a second ranker pays that back only on long batches.
 */
import { availableParallelism } from "node:os";

/** Subjects per ranker below which another thread does not pay for itself. */
export const MIN_SUBJECTS_PER_WORKER = 1000;

/** One ranker per core, but no more than one per MIN_SUBJECTS_PER_WORKER subjects; at least 1. */
export function defaultWorkerCount(subjects: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(subjects / MIN_SUBJECTS_PER_WORKER)));
}
