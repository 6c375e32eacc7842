/**
 * `bestmatch evaluate` and `bestmatch train` on a small generated folder: the report's shape and
 * intervals, the per-query file, and a trained model that every ranking command accepts.
 */
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseModelFile } from "./engine-config.js";
import { TASK_FEATURES, type LinearModel, type RankTask, type TreesModel } from "../rank/model.js";
import { runCli } from "./test-harness.js";
import { fromXgboostDump } from "../learn/trees/xgboost.js";

let dir = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bestmatch-eval-"));
  const r = await runCli(["generate", "--freelancers", "80", "--jobs", "40", "--seed", "5", "--out", dir, "-q"]);
  expect(r.code).toBe(0);
});

interface Interval {
  mean: number;
  low: number;
  high: number;
  n: number;
}
interface Summary {
  task: string;
  queries: number;
  headline: string;
  metrics: string[];
  rankers: Array<{ ranker: string; metrics: Record<string, Interval>; minusBestmatch?: Record<string, Interval> }>;
}

describe("bestmatch evaluate", () => {
  it("--json: every ranker has each metric's mean inside its 95% interval, and paired differences against bestmatch", async () => {
    const r = await runCli(["evaluate", "--task", "proposals", "--data", dir, "--json", "--resamples", "200", "-q"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Summary;
    expect(s.queries).toBeGreaterThan(10);
    expect(s.rankers.map((x) => x.ranker)).toEqual([
      "bestmatch default",
      "bestmatch trained (CV)",
      "bestmatch trained trees (CV)",
      "arrival order",
      "random (mean of 20 seeds)",
      "reputation alone",
      "BM25 proposal vs job (MiniSearch)",
    ]);
    expect(s.metrics).toEqual(["NDCG@10", "MAP", "MRR", "P@10", "recall@10"]);
    for (const ranker of s.rankers) {
      for (const m of s.metrics) {
        const i = ranker.metrics[m];
        expect(i.n).toBe(s.queries);
        expect(i.low).toBeLessThanOrEqual(i.mean + 1e-9);
        expect(i.high).toBeGreaterThanOrEqual(i.mean - 1e-9);
      }
      if (ranker.ranker !== "bestmatch default") {
        const d = ranker.minusBestmatch![s.headline];
        expect(d.mean).toBeCloseTo(ranker.metrics[s.headline].mean - s.rankers[0].metrics[s.headline].mean, 9);
      }
    }
  });

  it("--no-trees leaves out the trees row and keeps the linear one", async () => {
    const r = await runCli(["evaluate", "--task", "proposals", "--data", dir, "--no-trees", "--json", "--resamples", "100", "-q"]);
    expect(r.code).toBe(0);
    const names = (JSON.parse(r.stdout) as Summary).rankers.map((x) => x.ranker);
    expect(names).toContain("bestmatch trained (CV)");
    expect(names).not.toContain("bestmatch trained trees (CV)");
  });

  it("--by-query writes one row per query and ranker; the text report shows intervals", async () => {
    const out = join(dir, "by-query.csv");
    const r = await runCli(["evaluate", "--task", "jobs", "--data", dir, "--folds", "0", "--by-query", out, "--resamples", "100", "-q"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^task jobs: \d+ queries/);
    expect(r.stdout).toMatch(/bestmatch default +\d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\]/);
    expect(r.stdout).not.toContain("trained (CV)");
    const rows = readFileSync(out, "utf8").trim().split("\n");
    const queries = Number(/(\d+) queries/.exec(r.stdout)![1]);
    expect(rows[0]).toBe("query_id,ranker,relevant,NDCG@10,MAP,MRR,P@10,recall@10");
    expect(rows).toHaveLength(1 + queries * 4);
  });

  it("a folder without outcomes has nothing to measure: exit 65 and a message saying so", async () => {
    const bare = mkdtempSync(join(tmpdir(), "bestmatch-eval-bare-"));
    for (const f of ["freelancers.csv", "jobs.csv", "proposals.csv"]) copyFileSync(join(dir, f), join(bare, f));
    const r = await runCli(["evaluate", "--task", "proposals", "--data", bare, "-q"]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('no usable queries for "proposals"');
    expect(r.stdout).toBe("");
  });

  it("usage and data errors exit 2 and 66", async () => {
    expect((await runCli(["evaluate", "--task", "proposals", "--data", dir, "--folds", "1", "-q"])).code).toBe(2);
    expect((await runCli(["evaluate", "--task", "nope", "--data", dir])).code).toBe(2);
    expect((await runCli(["evaluate", "--task", "jobs", "--data", join(dir, "missing")])).code).toBe(66);
  });
});

describe("bestmatch train", () => {
  it.each([
    ["proposals", (model: string) => ["proposals", "--jobs", join(dir, "jobs.csv"), "--freelancers", join(dir, "freelancers.csv"), "--proposals", join(dir, "proposals.csv"), "--model", model]],
    ["freelancers", (model: string) => ["rank", "--jobs", join(dir, "jobs.csv"), "--freelancers", join(dir, "freelancers.csv"), "--top", "3", "--model", model]],
    ["jobs", (model: string) => ["recommend", "--jobs", join(dir, "jobs.csv"), "--freelancers", join(dir, "freelancers.csv"), "--top", "3", "--model", model]],
  ])("--task %s writes a valid model that the ranking command and evaluate accept", async (task, command) => {
    const model = join(dir, `${task}-model.json`);
    const r = await runCli(["train", "--task", task, "--data", dir, "--out", model, "--folds", "3", "--json", "-q"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { weights: Array<{ feature: string; trained: number }>; crossValidated: Record<string, { difference: Interval }> };
    const parsed = parseModelFile(JSON.parse(readFileSync(model, "utf8")), model);
    const weights = (parsed[task as "proposals"] as LinearModel).weights;
    expect(report.weights.map((w) => [w.feature, w.trained])).toEqual(Object.entries(weights));
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(Object.keys(report.crossValidated)).toEqual(["NDCG@10", "MRR"]);
    const ranked = await runCli([...command(model), "-q"]);
    expect(ranked.code).toBe(0);
    expect(ranked.stdout.split("\n").length).toBeGreaterThan(3);
    const evaluated = await runCli(["evaluate", "--task", task, "--data", dir, "--model", model, "--folds", "0", "--json", "--resamples", "100", "-q"]);
    expect(evaluated.code).toBe(0);
    expect((JSON.parse(evaluated.stdout) as Summary).rankers[0].ranker).toBe(`bestmatch (${task}-model.json)`);
  });

  it.each([
    ["proposals", (model: string) => ["proposals", "--jobs", join(dir, "jobs.csv"), "--freelancers", join(dir, "freelancers.csv"), "--proposals", join(dir, "proposals.csv"), "--model", model, "--format", "jsonl"]],
    ["freelancers", (model: string) => ["rank", "--jobs", join(dir, "jobs.csv"), "--freelancers", join(dir, "freelancers.csv"), "--top", "3", "--model", model, "--format", "jsonl"]],
  ])("--learner trees --task %s writes a trees model (importance per feature, the best baseline) that ranking and evaluate accept", async (task, command) => {
    const model = join(dir, `${task}-trees.json`);
    const xgb = join(dir, `${task}-xgboost.json`);
    const r = await runCli(["train", "--task", task, "--data", dir, "--learner", "trees", "--out", model, "--xgboost-out", xgb, "--folds", "3", "--json", "-q"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { learner: string; importance: Array<{ feature: string; meanAbsContribution: number }>; bestBaseline: { ranker: string; beats: boolean }; beatsBestBaseline: boolean };
    expect(report.learner).toBe("trees");
    expect(report.importance.map((i) => i.feature).sort()).toEqual([...TASK_FEATURES[task as RankTask]].sort());
    expect(report.bestBaseline.ranker).toEqual(expect.any(String));
    expect(report.beatsBestBaseline).toBe(report.bestBaseline.beats);
    const parsed = parseModelFile(JSON.parse(readFileSync(model, "utf8")), model)[task as RankTask] as TreesModel;
    expect(parsed.type).toBe("trees");
    // The XGBoost dump written next to it reads back as the same model.
    expect(fromXgboostDump(JSON.parse(readFileSync(xgb, "utf8")), { features: parsed.features })).toEqual(parsed);
    const ranked = await runCli([...command(model), "-q"]);
    expect(ranked.code).toBe(0);
    // Every explained item's contributions (TreeSHAP values and the expected score) add up to its score.
    const items = ranked.stdout.trim().split("\n").map((line) => JSON.parse(line) as { score: number; contributions: Array<{ contribution: number; weight: number | null }> });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(Math.abs(item.contributions.reduce((a, c) => a + c.contribution, 0) - item.score)).toBeLessThan(1e-9);
      expect(item.contributions.every((c) => c.weight === null)).toBe(true);
    }
    const evaluated = await runCli(["evaluate", "--task", task, "--data", dir, "--model", model, "--folds", "0", "--json", "--resamples", "100", "-q"]);
    expect(evaluated.code).toBe(0);
  });

  it("refuses --folds below 2 (the report is cross-validated)", async () => {
    expect((await runCli(["train", "--task", "jobs", "--data", dir, "--out", join(dir, "x.json"), "--folds", "0", "-q"])).code).toBe(2);
  });
});
