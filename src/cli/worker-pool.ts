/**
 * Ranks batches in worker threads and hands back their text strictly in batch order,
 * so the output is byte for byte what one thread would write. Batches are contiguous
 * runs of subjects handed to whichever worker is free; at most `maxAhead` finished
 * batches wait for an earlier one, which bounds memory. The main thread ranks too (`local`):
 * it already holds an engine, so --workers N starts N - 1 threads, saving one engine's build
 * time and memory, and ranking starts while the threads are still loading the snapshot.
 */
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { BestMatchError, type ErrorCode } from "../errors.js";
import type { BatchSpec, Subject } from "./rank-batch.js";
import type { BatchRequest, WorkerReply, WorkerSetup } from "./worker-protocol.js";

export interface PoolRun {
  snapshot: string;
  spec: BatchSpec;
  batches: Subject[][];
  workers: number;
  /** Called in batch order; awaited before more text is handed over. */
  write(text: string, count: number): Promise<void>;
  /** Ranks a batch on the main thread, which then counts as one of the workers. */
  local?: (subjects: Subject[]) => string;
}

/** In the source tree (tests, tsx) the worker is TypeScript and needs tsx's loader. */
function startWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const url = new URL("./worker.ts", here).href;
    const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
    return new Worker(boot, { eval: true, workerData: setup });
  }
  return new Worker(new URL("./worker.js", here), { workerData: setup });
}

function toError(e: { name: string; message: string; code?: string }): Error {
  // The message already carries its context, so rebuilding without context keeps it as is.
  if (e.name === "BestMatchError" && e.code) return new BestMatchError(e.code as ErrorCode, e.message);
  return Object.assign(new Error(e.message), { name: e.name });
}

export function runPool(run: PoolRun): Promise<void> {
  const total = Math.max(1, Math.min(run.workers, run.batches.length));
  const count = run.local ? total - 1 : total;
  const maxAhead = total * 4;
  const finished = new Map<number, { text: string; count: number }>();
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
    const dispatch = (worker: Worker) => {
      if (failed || next >= run.batches.length || next - written >= maxAhead) {
        idle.add(worker);
        return;
      }
      idle.delete(worker);
      const request: BatchRequest = { batch: next, subjects: run.batches[next] };
      next++;
      worker.postMessage(request);
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
          await run.write(done.text, done.count);
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
        while (!failed && next < run.batches.length) {
          if (next - written >= maxAhead) {
            await yieldToEventLoop();
            continue;
          }
          const batch = next++;
          try {
            finished.set(batch, { text: local(run.batches[batch]), count: run.batches[batch].length });
          } catch (err) {
            return stop(err);
          }
          void drain();
          await yieldToEventLoop();
        }
        for (const w of [...idle]) dispatch(w);
      })();
    }
    for (let i = 0; i < count; i++) {
      const worker = startWorker({ snapshot: run.snapshot, spec: run.spec });
      workers.push(worker);
      worker.on("message", (reply: WorkerReply) => {
        if (reply.kind === "ready") return dispatch(worker);
        if (reply.kind === "error") return stop(toError(reply.error));
        finished.set(reply.batch, { text: reply.text, count: reply.count });
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
