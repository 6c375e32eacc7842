/**
 * Ranks every subject and writes the results in subject order, on the main thread or in
 * worker threads. Both paths format with rankBatch, so --workers N output equals --workers 1.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Engine } from "../engine-types.js";
import { trackTempFile, untrackTempFile, type Output } from "../io/atomic-output.js";
import { formatClosing, formatPreamble } from "../io/result-format.js";
import type { Progress } from "./progress.js";
import { rankBatch, type BatchSpec, type Subject } from "./rank-batch.js";
import { runPool } from "./worker-pool.js";

export interface BatchRun {
  engine: Engine;
  subjects: Subject[];
  spec: BatchSpec;
  workers: number;
  /** A snapshot of `engine` that already exists (--index); otherwise one is saved for the workers. */
  snapshot?: string;
  output: Output;
  progress: Progress;
  /** Unit shown in the progress bar ("jobs", "freelancers"). */
  unit: string;
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
      await withSnapshot(run, (snapshot) => runPool({ snapshot, spec: run.spec, batches, workers, write, local }));
    }
  } finally {
    progress.stop();
  }
  await output.write(formatClosing(run.spec.format));
  return ranked;
}

async function withSnapshot(run: BatchRun, use: (path: string) => Promise<void>): Promise<void> {
  if (run.snapshot !== undefined) return use(run.snapshot);
  const path = join(tmpdir(), `bestmatch-${process.pid}-${randomBytes(4).toString("hex")}.snapshot`);
  trackTempFile(path);
  try {
    await run.engine.save(path);
    await use(path);
  } finally {
    await fs.rm(path, { force: true, recursive: true });
    untrackTempFile(path);
  }
}
