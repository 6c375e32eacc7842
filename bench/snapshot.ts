/**
 * Snapshot save and load: time and size on disk, load against building the same index from records
 * (same process), and the first query after load; the loaded engine must rank like the saved one.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEngine } from "../src/index.js";
import type { DataSpec, Figure, Suite } from "./lib/context.js";
import { memoryAfterGc } from "./lib/stats.js";

/** Times loadEngine(path) and one query in a new Node process with this one's flags (bench/lib/load-child.ts). */
function loadInFreshProcess(file: string, job: string): { loadMs: number; firstQueryMs: number } {
  const child = fileURLToPath(new URL("./lib/load-child.ts", import.meta.url));
  const out = execFileSync(process.execPath, ["--max-old-space-size=20000", "--import", "tsx", child, file, job], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(out) as { loadMs: number; firstQueryMs: number };
}

export const snapshotSuite: Suite = {
  name: "snapshot",
  perSize: true,
  async run(ctx, spec: DataSpec): Promise<Figure[]> {
    const built = await ctx.build(spec);
    const dir = mkdtempSync(join(tmpdir(), "bestmatch-bench-"));
    const file = join(dir, "engine.snapshot");
    try {
      let t = performance.now();
      await built.engine.save(file);
      const saveMs = performance.now() - t;
      const bytes = statSync(file).size;
      const before = memoryAfterGc();
      t = performance.now();
      const loaded = await loadEngine(file);
      const loadMs = performance.now() - t;
      const after = memoryAfterGc();
      const [job, second] = ctx.queryJobs(built);
      t = performance.now();
      const first = loaded.rankFreelancers(job, { limit: 20 });
      const firstQueryMs = performance.now() - t;
      const same = JSON.stringify(first) === JSON.stringify(built.engine.rankFreelancers(job, { limit: 20 })) && JSON.stringify(loaded.rankFreelancers(second, { limit: 20 })) === JSON.stringify(built.engine.rankFreelancers(second, { limit: 20 }));
      if (!same) throw new Error(`snapshot of ${spec.name}: the loaded engine ranks job ${job} differently`);
      // What a worker's heap does over its first queries: loaded records are made on read, not kept.
      const served = ctx.queryJobs(built).slice(0, 100);
      for (const id of served) loaded.rankFreelancers(id, { limit: 20 });
      const queried = memoryAfterGc();
      const fresh = loadInFreshProcess(file, job);
      const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "snapshot", corpus: spec.name, name, value, unit, note });
      const f = built.figures;
      const buildMs = f.addFreelancersMs + f.addOthersMs;
      return [
        at("save", saveMs, "ms"),
        at("load, fresh process", fresh.loadMs, "ms", "loadEngine(path) until it can rank, in a new process (a restart, a worker); goal <= 2 s at 1M"),
        at("build / load, fresh process", buildMs / fresh.loadMs, "x", `building the same index from records took ${(buildMs / 1000).toFixed(1)} s in this run (goal: load >= 20x faster)`),
        at("first query after load, fresh process", fresh.firstQueryMs, "ms", "no relearning: the learned similarity is in the snapshot"),
        at("load", loadMs, "ms", "the same in this process, beside the built engine (its heap slows every major GC)"),
        at("build / load", buildMs / loadMs, "x", "in this process"),
        at("first query after load", firstQueryMs, "ms", "in this process"),
        at("size", bytes / 2 ** 20, "MB", `${(bytes / built.data.freelancers.length).toFixed(0)} B per freelancer`),
        at("heap after load", (after.heapUsedBytes - before.heapUsedBytes) / 2 ** 20, "MB", `the loaded engine's V8 heap, after a full GC (the snapshot's bytes are outside it); the built engine: ${(f.engineHeapBytes / 2 ** 20).toFixed(0)} MB`),
        at(`heap after ${served.length} queries`, (queried.heapUsedBytes - before.heapUsedBytes) / 2 ** 20, "MB", "the loaded engine's, rankFreelancers limit 20"),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
