/**
 * `bestmatch serve` over HTTP on 127.0.0.1: a bounded load test (a fixed number of requests, never
 * a time limit) against the same engine the in-process figures use. One client in sequence gives
 * the served latency next to the in-process latency of the same jobs (the difference is HTTP and
 * JSON); 8 clients at once give throughput and latency under load.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBestMatchServer } from "../src/index.js";
import { loadEngineBeside } from "../src/serve/load.js";
import type { DataSpec, Figure, Suite } from "./lib/context.js";
import { percentile } from "./lib/stats.js";

/** Requests in flight in the concurrent run. */
const CONCURRENCY = 8;
/** Requests sent, one after another, from the start of a reload (those answered before it ends are counted). */
const RELOAD_REQUESTS = 400;

export const serveSuite: Suite = {
  name: "serve",
  perSize: true,
  async run(ctx, spec: DataSpec): Promise<Figure[]> {
    const built = await ctx.build(spec);
    const jobs = ctx.queryJobs(built);
    const dir = mkdtempSync(join(tmpdir(), "bestmatch-bench-serve-"));
    const snapshot = join(dir, "engine.snapshot");
    await built.engine.save(snapshot);
    const server = createBestMatchServer({ engine: built.engine, load: () => loadEngineBeside(snapshot) });
    const { port } = await server.listen(0, "127.0.0.1");
    const url = `http://127.0.0.1:${port}/rank/freelancers`;
    const post = async (job: string): Promise<number> => {
      const t = performance.now();
      const res = await fetch(url, { method: "POST", body: JSON.stringify({ job, limit: 20 }), headers: { "content-type": "application/json" } });
      const body = (await res.json()) as { items?: unknown[] };
      if (res.status !== 200 || !Array.isArray(body.items)) throw new Error(`serve: POST /rank/freelancers ${job} answered ${res.status}`);
      return performance.now() - t;
    };
    try {
      // In-process first: it blocks the event loop, so no connection sits idle through it.
      const inProcess = jobs.map((job) => {
        const t = performance.now();
        built.engine.rankFreelancers(job, { limit: 20 });
        return performance.now() - t;
      });
      for (const job of jobs.slice(0, 5)) await post(job); // warm-up: connection, JIT
      const sequential: number[] = [];
      for (const job of jobs) sequential.push(await post(job));
      const total = jobs.length * 4;
      const loaded: number[] = [];
      let next = 0;
      const t = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < total) {
            const k = next++;
            loaded.push(await post(jobs[k % jobs.length]));
          }
        }),
      );
      const wallMs = performance.now() - t;
      // Hot reload under load: every request must be answered (post throws otherwise).
      let reloading = true;
      const reload = server.reload().finally(() => void (reloading = false));
      const during: number[] = [];
      for (let k = 0; k < RELOAD_REQUESTS; k++) {
        const ms = await post(jobs[k % jobs.length]);
        if (reloading) during.push(ms);
      }
      const reloaded = await reload;
      const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "serve", corpus: spec.name, name, value, unit, note });
      return [
        at("in-process p50", percentile(inProcess, 50), "ms", `${jobs.length} jobs, limit 20, same engine`),
        at("in-process p99", percentile(inProcess, 99), "ms"),
        at("served p50", percentile(sequential, 50), "ms", `${sequential.length} requests, 1 client, 127.0.0.1`),
        at("served p99", percentile(sequential, 99), "ms"),
        at(`served p50, ${CONCURRENCY} clients`, percentile(loaded, 50), "ms", `${loaded.length} requests`),
        at(`served p99, ${CONCURRENCY} clients`, percentile(loaded, 99), "ms"),
        at(`throughput, ${CONCURRENCY} clients`, loaded.length / (wallMs / 1000), "req/s", "one process, one core for ranking"),
        at("reload beside the serving engine", reloaded.seconds * 1000, "ms", "read snapshot, index in chunks, warm up, switch"),
        at("requests answered during the reload", during.length, "", `of ${RELOAD_REQUESTS} sent in sequence from its start; none failed`),
        at("max latency during the reload", during.length ? Math.max(...during) : 0, "ms", "the event loop pauses for the snapshot parse and the warm-up query"),
      ];
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
