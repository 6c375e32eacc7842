/**
 * Ranks every subject and writes the results in subject order, on the main thread or in
 * worker threads. Both paths format with rankBatch, so --workers N output equals --workers 1.
 */
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Engine } from "../engine-types.js";
import type { Output } from "../io/atomic-output.js";
import { formatClosing, formatPreamble } from "../io/result-format.js";
import { readSharedSnapshot, toSharedBytes } from "../scale/shared-snapshot.js";
import { batchSize, chunk, runPool } from "../scale/worker-pool.js";
import type { Progress } from "./progress.js";
import { rankBatch, type BatchSpec, type Subject } from "./rank-batch.js";

export interface BatchRun {
  engine: Engine;
  subjects: Subject[];
  spec: BatchSpec;
  workers: number;
  /**
   * The bytes `engine` was loaded from (--index; best loaded with loadSharedSnapshot, so this
   * thread shares them too), or the snapshot's path, read into a SharedArrayBuffer for the workers.
   * Without it the engine is serialized once (engine.toBuffer) into one, only when threads start.
   */
  snapshot?: SharedArrayBuffer | string;
  output: Output;
  progress: Progress;
  /** Unit shown in the progress bar ("jobs", "freelancers"). */
  unit: string;
  /** With workers > 1, the main thread ranks batches too (default true); tests set false so threads rank them all. */
  callerRanks?: boolean;
}

export async function runBatch(run: BatchRun): Promise<number> {
  const { output, progress, subjects } = run;
  await output.write(formatPreamble(run.spec.format));
  const workers = Math.max(1, Math.min(run.workers, subjects.length));
  const batches = chunk(subjects, batchSize(subjects.length, workers));
  let ranked = 0;
  progress.start("ranking", subjects.length, run.unit);
  const write = async (text: string, count: number) => {
    await output.write(text);
    ranked += count;
    progress.update(ranked);
  };
  try {
    if (workers === 1) {
      for (const batch of batches) {
        await write(rankBatch(run.engine, batch, run.spec), batch.length);
        // Lets signals and progress through between batches.
        await yieldToEventLoop();
      }
    } else {
      const local = (batch: Subject[]) => rankBatch(run.engine, batch, run.spec);
      const snapshot = typeof run.snapshot === "string" ? readSharedSnapshot(run.snapshot) : (run.snapshot ?? toSharedBytes(run.engine.toBuffer()));
      // Bytes this thread loaded from or just wrote are checked; a path read again here is not.
      const checked = typeof run.snapshot !== "string";
      await runPool({ setup: { snapshot, checked, task: { kind: "text", spec: run.spec } }, batches, workers, write, local: run.callerRanks === false ? undefined : local });
    }
  } finally {
    progress.stop();
  }
  await output.write(formatClosing(run.spec.format));
  return ranked;
}
