/**
 * The default number of rankers for a batch: what was fastest when measured (see README, "Worker
 * threads"). A second ranker pays off once the batch is long enough to repay starting a thread
 * and loading the shared snapshot in it; below that, one thread finishes first.
 */
import { availableParallelism } from "node:os";

/** Subjects per ranker below which another thread does not pay for itself. */
export const MIN_SUBJECTS_PER_WORKER = 500;

/** One ranker per core, but no more than one per MIN_SUBJECTS_PER_WORKER subjects; at least 1. */
export function defaultWorkerCount(subjects: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(subjects / MIN_SUBJECTS_PER_WORKER)));
}
