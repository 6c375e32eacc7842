/**
 * Ranks batches in worker threads and hands back their results strictly in batch order, so the
 * output is what one thread would produce. Batches are contiguous runs of subjects handed to
 * whichever worker is free; at most `maxAhead` finished batches wait for an earlier one, which
 * bounds memory. Every thread loads the engine from the same SharedArrayBuffer (the snapshot
 * bytes, passed by reference, never copied). The calling thread may rank too (`local`): it already
 * holds an engine, so N rankers need only N - 1 threads, and ranking starts while they load; when
 * it runs out of new batches it ranks the one the output waits for instead of idling.
 */
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { BestMatchError, type ErrorCode } from "../errors.js";
import type { RankSubject } from "./rank-subjects.js";
import type { BatchRequest, WorkerReply, WorkerSetup } from "./worker-protocol.js";

export interface PoolRun<S extends RankSubject, R> {
  setup: WorkerSetup;
  batches: S[][];
  /** Rankers in all: worker threads, plus the calling thread when `local` is given. */
  workers: number;
  /** Called in batch order; awaited before more results are handed over. */
  write(result: R, count: number): Promise<void> | void;
  /** Ranks a batch on the calling thread, which then counts as one of the workers. */
  local?: (subjects: S[]) => R;
}

/** In the source tree (tests, tsx) the worker is TypeScript and needs tsx's loader; built, it is dist/worker.js. */
export function startWorker(setup: WorkerSetup): Worker {
  // The CommonJS build gets import.meta.url from tsup's shim (tsup.config.ts: shims).
  const self = import.meta.url;
  if (self.endsWith(".ts")) {
    const url = new URL("./ranking-worker.ts", self).href;
    const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
    return new Worker(boot, { eval: true, workerData: setup });
  }
  return new Worker(new URL("./worker.js", self), { workerData: setup });
}

/** Small enough to keep workers evenly busy and the reorder buffer small; large enough to amortize messaging. */
export function batchSize(subjects: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.ceil(subjects / (workers * 16))));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function toError(e: { name: string; message: string; code?: string }): Error {
  // The message already carries its context, so rebuilding without context keeps it as is.
  if (e.name === "BestMatchError" && e.code) return new BestMatchError(e.code as ErrorCode, e.message);
  return Object.assign(new Error(e.message), { name: e.name });
}

/** Batches a thread holds at once: the one it ranks and the next. */
const PREFETCH = 2;

export function runPool<S extends RankSubject, R>(run: PoolRun<S, R>): Promise<void> {
  const total = Math.max(1, Math.min(run.workers, run.batches.length));
  const count = run.local ? total - 1 : total;
  const maxAhead = total * 4;
  const finished = new Map<number, { result: R; count: number }>();
  const workers: Worker[] = [];
  let next = 0;
  let written = 0;
  let writing = false;
  let failed = false;

  return new Promise<void>((resolve, reject) => {
    const stop = (err?: unknown) => {
      if (failed) return;
      if (err !== undefined) failed = true;
      for (const w of workers) void w.terminate();
      if (err !== undefined) reject(err);
      else resolve();
    };
    // Each thread holds PREFETCH batches: it starts the next as soon as it posts one, rather than
    // waiting for this thread to read its reply (which waits while this thread ranks a batch itself).
    const queued = new Map<Worker, number>();
    const dispatch = (worker: Worker) => {
      while ((queued.get(worker) ?? 0) < PREFETCH) {
        if (failed || next >= run.batches.length || next - written >= maxAhead) {
          idle.add(worker);
          return;
        }
        const request: BatchRequest = { kind: "batch", batch: next, subjects: run.batches[next] };
        next++;
        queued.set(worker, (queued.get(worker) ?? 0) + 1);
        worker.postMessage(request);
      }
      idle.delete(worker);
    };
    const idle = new Set<Worker>();
    const drain = async () => {
      if (writing) return;
      writing = true;
      try {
        while (!failed && finished.has(written)) {
          const done = finished.get(written)!;
          finished.delete(written);
          written++;
          await run.write(done.result, done.count);
          for (const w of [...idle]) dispatch(w);
        }
      } catch (err) {
        stop(err);
        return;
      } finally {
        writing = false;
      }
      if (!failed && written === run.batches.length) stop();
    };

    if (run.batches.length === 0) return resolve();
    const local = run.local;
    if (local) {
      // Between batches the event loop runs: thread replies, writes and signals get through.
      void (async () => {
        while (!failed && written < run.batches.length) {
          let batch: number;
          if (next < run.batches.length && next - written < maxAhead) batch = next++;
          // Nothing new to take: rather than wait for the batch everything is held up by (a thread
          // may still be warming up on it), rank it here too; whichever copy finishes first counts.
          else if (!finished.has(written)) batch = written;
          else {
            await yieldToEventLoop();
            continue;
          }
          try {
            const result = local(run.batches[batch]);
            if (batch >= written && !finished.has(batch)) finished.set(batch, { result, count: run.batches[batch].length });
          } catch (err) {
            return stop(err);
          }
          void drain();
          await yieldToEventLoop();
        }
      })();
    }
    for (let i = 0; i < count; i++) {
      const worker = startWorker(run.setup);
      workers.push(worker);
      worker.on("message", (reply: WorkerReply) => {
        if (reply.kind === "ready") return dispatch(worker);
        if (reply.kind === "error") return stop(toError(reply.error));
        if (reply.kind !== "done") return;
        queued.set(worker, (queued.get(worker) as number) - 1);
        // The calling thread may have ranked this batch already (see above): the first copy counts.
        if (reply.batch >= written && !finished.has(reply.batch)) finished.set(reply.batch, { result: reply.result as R, count: reply.count });
        dispatch(worker);
        void drain();
      });
      worker.on("error", (err) => stop(err));
      worker.on("exit", (code) => {
        if (code !== 0 && !failed && written < run.batches.length) stop(new Error(`worker thread exited with code ${code}`));
      });
    }
  });
}
