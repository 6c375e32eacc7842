import { describe, expect, it } from "vitest";
import { markdownTable, smokeProblems, type SuiteOutcome } from "./report.js";
import { latency, percentile } from "./stats.js";

const fig = (value: number) => ({ suite: "s", corpus: "10k", name: "m", value, unit: "ms" });

describe("smokeProblems", () => {
  it("passes finite figures and names every failed suite, empty suite and non-finite number", () => {
    const ok: SuiteOutcome = { suite: "s", corpus: "10k", seconds: 1, figures: [fig(1.5)] };
    expect(smokeProblems([ok])).toEqual([]);
    const bad: SuiteOutcome[] = [
      { suite: "a", corpus: "10k", seconds: 1, figures: [], error: "boom" },
      { suite: "b", corpus: "10k", seconds: 1, figures: [] },
      { suite: "c", corpus: "10k", seconds: 1, figures: [fig(NaN), fig(Infinity), fig(2)] },
    ];
    expect(smokeProblems(bad)).toEqual(["a (10k) failed: boom", "b (10k) gave no figures", "s (10k) m is NaN", "s (10k) m is Infinity"]);
  });
});

describe("markdownTable", () => {
  it("has one row per figure under a header and separator", () => {
    const lines = markdownTable([fig(1.234), fig(12345)]).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain("| 1.23 |");
    expect(lines[3]).toContain("| 12,345 |");
  });
});

describe("latency statistics", () => {
  it("uses nearest-rank percentiles: p50 and p99 are samples, p99 of 100 samples is the 99th smallest", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(latency([1, 2, 6])).toEqual({ p50: 2, p99: 6, mean: 3, count: 3 });
  });
});
