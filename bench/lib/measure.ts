/**
 * Query latency through tinybench: one iteration per input, in order, each input answered
 * once (so p50 / p99 / mean are over distinct queries), after a short warm-up on the first
 * inputs. With a time budget, only as many inputs as fit (at least `min`) are run: slow peers
 * then answer the first jobs of the same list, and ratios are taken on those.
 */
import { Bench } from "tinybench";
import type { Latency } from "./stats.js";

export interface QueryRun<R> extends Latency {
  /** Each answered input's result, in input order. */
  results: R[];
}

export async function timeQueries<T, R>(inputs: readonly T[], fn: (input: T) => R | Promise<R>, budget?: { ms: number; min: number }): Promise<QueryRun<Awaited<R>>> {
  let n = inputs.length;
  if (budget) {
    // Probe: a few queries estimate the cost of one (also a first warm-up).
    const probe = Math.min(3, n);
    const t = performance.now();
    for (let i = 0; i < probe; i++) await fn(inputs[i]);
    const each = (performance.now() - t) / Math.max(1, probe);
    n = Math.max(Math.min(budget.min, n), Math.min(n, Math.floor(budget.ms / Math.max(each, 1e-3))));
  }
  const results: Array<Awaited<R>> = new Array(n);
  let next = 0;
  const bench = new Bench({ iterations: n, time: 0, warmup: true, warmupIterations: Math.min(5, n), warmupTime: 0 });
  bench.add(
    "queries",
    async () => {
      const k = next++;
      results[k % n] = await fn(inputs[k % n]);
    },
    { beforeAll: () => void (next = 0) },
  );
  await bench.run();
  const result = bench.tasks[0].result;
  if (result.state !== "completed") throw new Error(`query benchmark ${result.state}${"error" in result ? `: ${String(result.error)}` : ""}`);
  return { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.mean, count: result.latency.samplesCount, results };
}
