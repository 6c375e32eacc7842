/**
 * Loads the Stack Exchange evaluation data: the importer's output (imported into a temp folder
 * unless an existing output folder is given) plus the dump itself for askers and dated votes.
 * Shared by scripts/eval-stackexchange.ts and the peers benchmark.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine } from "../../src/index.js";
import { importStackExchange, readDump, SNAPSHOT_FILE, type StackExchangeDump } from "../../src/import/stackexchange/index.js";
import { readDataFolder, readSnapshotFile, type DataFolder, type SnapshotRow } from "../../src/learn/dataset.js";
import { LeakFreeReplay } from "../../src/learn/replay.js";
import type { SeEvalInput, TaskResult } from "../../src/learn/se-eval.js";
import { sharedDataPath } from "../../src/testing/shared-data.js";

export interface StackExchangeEvalData {
  dumpDir: string;
  data: DataFolder;
  snapshots: SnapshotRow[];
  dump: StackExchangeDump;
  input: SeEvalInput;
}

/** undefined when the dump folder is absent (callers print why and skip). */
export async function loadStackExchange(options: { dumpDir?: string; dataDir?: string } = {}): Promise<StackExchangeEvalData | undefined> {
  const dumpDir = options.dumpDir ?? sharedDataPath("stackexchange-cardano");
  if (dumpDir === undefined || !existsSync(dumpDir)) return undefined;
  let dataDir = options.dataDir;
  let temp: string | undefined;
  if (dataDir === undefined) {
    temp = await mkdtemp(join(tmpdir(), "bestmatch-se-"));
    await importStackExchange({ dumpDir, outDir: temp });
    dataDir = temp;
  }
  try {
    // Users with only questions or comments have nothing to rank on: the validator rejects them (reported).
    const data = await readDataFolder(dataDir, { onInvalid: "skip" });
    const snapshots = await readSnapshotFile(join(dataDir, SNAPSHOT_FILE), { onInvalid: "skip" }, data.rejected);
    const dump = await readDump(dumpDir);
    const askers = new Map(dump.questions.filter((q) => q.ownerId !== undefined).map((q) => [`q${q.id}`, `u${q.ownerId}`]));
    return { dumpDir, data, snapshots, dump, input: { jobs: data.jobs, proposals: data.proposals, outcomes: data.outcomes, askers } };
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

/** A fresh engine replaying the data leak-free (default engine options). */
export function newReplay(se: StackExchangeEvalData): LeakFreeReplay {
  return new LeakFreeReplay(createEngine(), { snapshots: se.snapshots, reviews: se.data.reviews, jobs: se.data.jobs, proposals: se.data.proposals });
}

export function printTasks(results: readonly TaskResult[], log: (line: string) => void = console.log): void {
  for (const r of results) {
    const metrics = [...new Set(r.rows.flatMap((row) => Object.keys(row.metrics)))];
    log(`\n${r.task}: ${r.queries} queries (${r.note})`);
    const width = Math.max(...r.rows.map((row) => row.ranker.length), 6);
    log(`  ${"ranker".padEnd(width)}  ${metrics.map((m) => m.padStart(9)).join("  ")}`);
    for (const row of r.rows) log(`  ${row.ranker.padEnd(width)}  ${metrics.map((m) => row.metrics[m].toFixed(4).padStart(9)).join("  ")}`);
  }
}
