import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/index.js";
import { generateMarketplace } from "../../src/generate/index.js";
import { readDataFolder } from "../../src/learn/dataset.js";
import { BruteForceScorer, keepTop, type Scored } from "./brute-force.js";

describe("BruteForceScorer", () => {
  let dir: string;
  let engine: Engine;
  let jobIds: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "bm-brute-"));
    await generateMarketplace({ freelancers: 800, jobs: 40, seed: 5, outDir: dir });
    const data = await readDataFolder(dir, { onInvalid: "skip" });
    engine = createEngine();
    engine.addFreelancers(data.freelancers);
    engine.addJobs(data.jobs);
    engine.addReviews(data.reviews);
    jobIds = data.jobs.map((j) => j.id);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("returns the engine's exhaustive top 20, in order, with the same scores", () => {
    const scorer = BruteForceScorer.fromEngine(engine);
    for (const id of jobIds) {
      const expected = engine.rankFreelancers(id, { limit: 20, exhaustive: true }).items;
      const got = scorer.top(id, 20);
      expect(got.map((s) => s.id)).toEqual(expected.map((i) => i.id));
      got.forEach((s, k) => expect(s.score).toBeCloseTo(expected[k].score, 12));
    }
  });
});

describe("keepTop", () => {
  it("keeps the k best by score descending, then id ascending, whatever the arrival order", () => {
    const items: Scored[] = Array.from({ length: 50 }, (_, i) => ({ id: `f${(i * 37) % 50}`, score: (i * 7) % 5 }));
    const best: Scored[] = [];
    for (const it of items) keepTop(best, it, 10);
    const sorted = [...items].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, 10);
    expect(best).toEqual(sorted);
  });
});
