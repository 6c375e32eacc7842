/** Timing samples -> medians and tails, and a GC handle for memory figures. */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Nearest-rank percentile (p in [0, 100]) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Runs `fn` once per input and returns the milliseconds each call took, in input order. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  const out: number[] = [];
  for (const input of inputs) {
    const t = performance.now();
    fn(input);
    out.push(performance.now() - t);
  }
  return out;
}

export function timeOnce<R>(fn: () => R): { ms: number; value: R } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

/** A full GC, whether or not node was started with --expose-gc (the flag can be set at run time). */
export function collectGarbage(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g();
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

export interface MemoryFigures {
  rssMB: number;
  heapUsedMB: number;
  heapUsedBytes: number;
}

export function memoryAfterGc(): MemoryFigures {
  collectGarbage();
  collectGarbage();
  const m = process.memoryUsage();
  return { rssMB: m.rss / 2 ** 20, heapUsedMB: m.heapUsed / 2 ** 20, heapUsedBytes: m.heapUsed };
}

/** `n` items spread evenly over a list (the whole list when it is shorter), deterministic. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  count: number;
}

export function latency(samples: readonly number[]): Latency {
  return { p50: median(samples), p99: percentile(samples, 99), mean: samples.reduce((a, b) => a + b, 0) / samples.length, count: samples.length };
}
