/**
 * rankInWorkers: a batch of rankings spread over worker threads that share one index. The engine
 * is serialized once (or the snapshot bytes are taken as they are) into a SharedArrayBuffer that
 * every thread loads from, so no thread copies or re-indexes the records. Results come back in
 * subject order and equal ranking each subject on one thread.
 */
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { loadEngine, type SnapshotBytes } from "../engine-load.js";
import type { Engine } from "../engine-types.js";
import { BestMatchError } from "../errors.js";
import { RANK_IN_WORKERS_KEYS, rejectUnknownKeys } from "../option-keys.js";
import { RANK_TASKS, type RankTask } from "../rank/model.js";
import type { RankResult } from "../rank/results.js";
import { checkRankOptions, FREELANCER_FILTER_KEYS, JOB_FILTER_KEYS, RANK_FREELANCERS_KEYS, RANK_PROPOSALS_KEYS, RECOMMEND_JOBS_KEYS } from "../rank-options.js";
import { rankSubjects, type RankSubject } from "./rank-subjects.js";
import { toSharedBytes } from "./shared-snapshot.js";
import { defaultWorkerCount } from "./worker-count.js";
import { batchSize, chunk, runPool } from "./worker-pool.js";
import type { PortableRankOptions } from "./worker-protocol.js";

export type { PortableRankOptions } from "./worker-protocol.js";
export type { RankSubject } from "./rank-subjects.js";

export interface RankInWorkersOptions {
  /**
   * What each subject is ranked for: "freelancers" (subject: a job id or job record, as
   * engine.rankFreelancers), "proposals" (a job id or record, as rankProposals) or "jobs" (a
   * freelancer id or record, as recommendJobs). Default "freelancers".
   */
  task?: RankTask;
  /**
   * Rankers in all, the calling thread included when `callerRanks`. Default: one per core
   * (os.availableParallelism()), but no more than one per MIN_SUBJECTS_PER_WORKER (1,000) subjects,
   * at least 1: what was fastest when measured (README, "Worker threads").
   */
  workers?: number;
  /**
   * The calling thread ranks batches too, yielding to the event loop between them, so `workers: N`
   * starts N - 1 threads. false keeps the calling thread free and starts N threads. Default true.
   */
  callerRanks?: boolean;
  /** Options of each ranking call, for `task`; plain data only (a `filter` function cannot cross to a thread). Default {}. */
  rank?: PortableRankOptions;
  /** Subjects per message to a thread. Default: up to 64, about 16 batches per ranker. */
  batchSize?: number;
}

const TASK_RANK_KEYS: Record<RankTask, { keys: readonly string[]; filters?: readonly string[] }> = {
  freelancers: { keys: RANK_FREELANCERS_KEYS, filters: FREELANCER_FILTER_KEYS },
  proposals: { keys: RANK_PROPOSALS_KEYS },
  jobs: { keys: RECOMMEND_JOBS_KEYS, filters: JOB_FILTER_KEYS },
};

function isBytes(source: unknown): source is SnapshotBytes {
  return source instanceof Uint8Array || source instanceof ArrayBuffer || source instanceof SharedArrayBuffer;
}

function wholeNumber(value: unknown, field: string, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new BestMatchError("INVALID_OPTION", `option "${field}" is invalid`, { field, value, expected: `a whole number from ${min} to ${max}` });
  }
}

function checkOptions(options: RankInWorkersOptions): void {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new BestMatchError("INVALID_OPTION", "rankInWorkers options must be an object", { value: options, expected: `an object with ${RANK_IN_WORKERS_KEYS.join(", ")}` });
  }
  rejectUnknownKeys(options, RANK_IN_WORKERS_KEYS, "");
  const task = options.task ?? "freelancers";
  if (!RANK_TASKS.includes(task)) throw new BestMatchError("INVALID_OPTION", 'option "task" is invalid', { field: "task", value: task, expected: RANK_TASKS.join(", ") });
  wholeNumber(options.workers, "workers", 1, 256);
  wholeNumber(options.batchSize, "batchSize", 1, 1_000_000);
  if (options.callerRanks !== undefined && typeof options.callerRanks !== "boolean") {
    throw new BestMatchError("INVALID_OPTION", 'option "callerRanks" is invalid', { field: "callerRanks", value: options.callerRanks, expected: "true or false" });
  }
  const { keys, filters } = TASK_RANK_KEYS[task];
  checkRankOptions(options.rank, keys, filters);
  if (options.rank !== undefined && "filter" in options.rank) {
    throw new BestMatchError("INVALID_OPTION", 'option "rank.filter" cannot be used in worker threads: a function cannot be sent to another thread', { field: "rank.filter", expected: "rank.filters (plain data), or the engine's own rank call" });
  }
}

/**
 * Ranks every subject (see RankInWorkersOptions.task) against `source`, an engine or the bytes of
 * its snapshot (engine.toBuffer(), a snapshot file's contents, ideally already a
 * SharedArrayBuffer), in worker threads that share one copy of the index. Resolves with one
 * RankResult per subject, in subject order, equal to ranking them one by one on one thread. An
 * error in any thread rejects with it (a BestMatchError keeps its code) and stops the others.
 * An engine's `candidateSource` (a function) does not reach the threads: use the engine directly.
 */
export async function rankInWorkers(source: Engine | SnapshotBytes, subjects: readonly RankSubject[], options: RankInWorkersOptions = {}): Promise<RankResult[]> {
  checkOptions(options);
  if (!isBytes(source) && typeof (source as Partial<Engine> | null)?.toBuffer !== "function") {
    throw new BestMatchError("INVALID_OPTION", "rankInWorkers ranks against an engine or the bytes of its snapshot", { value: source, expected: "an Engine, a Buffer/Uint8Array, an ArrayBuffer or a SharedArrayBuffer" });
  }
  if (!Array.isArray(subjects)) throw new BestMatchError("INVALID_OPTION", "rankInWorkers takes a list of subjects", { value: subjects, expected: "an array of ids or records" });
  if (subjects.length === 0) return [];
  const task = options.task ?? "freelancers";
  const rank = options.rank ?? {};
  const callerRanks = options.callerRanks ?? true;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(subjects.length), subjects.length));
  const batches = chunk(subjects, options.batchSize ?? batchSize(subjects.length, workers));
  const threads = callerRanks ? workers - 1 : workers;
  const bytes = isBytes(source) ? toSharedBytes(source) : undefined;
  const engine = callerRanks ? (bytes ? await loadEngine(bytes) : (source as Engine)) : undefined;
  const results: RankResult[] = [];
  if (threads === 0 && engine) {
    for (const batch of batches) {
      for (const result of rankSubjects(engine, task, batch, rank)) results.push(result);
      await yieldToEventLoop();
    }
    return results;
  }
  const snapshot = bytes ?? toSharedBytes((source as Engine).toBuffer());
  await runPool<RankSubject, RankResult[]>({
    // Checked: bytes of the engine's own toBuffer, or bytes this thread has just loaded.
    setup: { snapshot, checked: !bytes || engine !== undefined, task: { kind: "results", task, options: rank } },
    batches,
    workers,
    write: (batch) => {
      for (const result of batch) results.push(result);
    },
    local: engine ? (batch) => rankSubjects(engine, task, batch, rank) : undefined,
  });
  return results;
}
