/** Engine invariants with tree models (fast-check): exact contributions, pages, reasons from contributions. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine } from "./engine.js";
import { loadEngine } from "./engine-load.js";
import { TASK_FEATURES, type TreesModel } from "./rank/model.js";
import type { RankedItem } from "./rank/results.js";
import { SMALL_TAXONOMY } from "./testing/small-taxonomy.js";
import { freelancerArb, freelancersArb, jobArb, jobsArb } from "./testing/arbitraries.js";
import { treesModelArb } from "./testing/tree-arbitraries.js";
import { explainReasons, TREE_REASON_MIN_SHARE } from "./rank/explain.js";

const taxonomy = SMALL_TAXONOMY;

function checkExact(items: readonly RankedItem[]): void {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1], items[i]];
    expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
  }
  for (const item of items) {
    const sum = item.contributions.reduce((s, c) => s + c.contribution, 0);
    expect(Math.abs(sum - item.score)).toBeLessThan(1e-9);
    for (const c of item.contributions) expect(c.weight).toBeNull();
  }
}

describe("engine invariants with tree models", () => {
  it("rankFreelancers: contributions (TreeSHAP + expected score) add up to the score; any page is the slice of the full ranking", () => {
    fc.assert(
      fc.property(treesModelArb(TASK_FEATURES.freelancers), freelancersArb(1, 14), jobArb, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (model, fs, job, offset, limit, exhaustive) => {
        const e = createEngine({ taxonomy, model: { freelancers: model } });
        e.addFreelancers(fs);
        e.addJobs([job]);
        const all = e.rankFreelancers("job", { exhaustive, limit: 1000 });
        checkExact(all.items);
        const page = e.rankFreelancers("job", { exhaustive, offset, limit });
        expect(page.total).toBe(all.total);
        expect(page.items).toEqual(all.items.slice(offset, offset + limit));
      }),
      { numRuns: 40 },
    );
  });

  it("recommendJobs: contributions add up; any page is the slice of the full list", () => {
    fc.assert(
      fc.property(treesModelArb(TASK_FEATURES.jobs), freelancerArb("me"), jobsArb(1, 14), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }), (model, me, jobs, offset, limit) => {
        const e = createEngine({ taxonomy, model: { jobs: model } });
        e.addFreelancers([me]);
        e.addJobs(jobs);
        const all = e.recommendJobs("me", { limit: 1000 });
        checkExact(all.items);
        expect(e.recommendJobs("me", { offset, limit }).items).toEqual(all.items.slice(offset, offset + limit));
      }),
      { numRuns: 30 },
    );
  });

  it("a reason comes from a material contribution whose sign agrees with its value (praise for high values, caution for low)", () => {
    fc.assert(
      fc.property(treesModelArb(TASK_FEATURES.freelancers), freelancersArb(1, 10), jobArb, (model, fs, job) => {
        const e = createEngine({ taxonomy, model: { freelancers: model } });
        e.addFreelancers(fs);
        e.addJobs([job]);
        for (const item of e.rankFreelancers("job", { exhaustive: true, limit: 100 }).items) {
          const features = item.contributions.filter((c) => c.feature !== "bias");
          const largest = Math.max(...features.map((c) => Math.abs(c.contribution)));
          const input = { task: "freelancers" as const, contributions: item.contributions, facts: new Map(), matchedSkills: item.matchedSkills, missingSkills: item.missingSkills };
          for (const reason of explainReasons(input)) {
            const c = features.find((x) => x.feature === reason.feature)!;
            expect(Math.abs(c.contribution)).toBeGreaterThanOrEqual(TREE_REASON_MIN_SHARE * largest);
            expect(c.value >= 0.5 ? c.contribution > 0 : c.contribution < 0).toBe(true);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("when an engine with a trees model is saved and loaded then rankings are identical", async () => {
    const [model, fs, job] = fc.sample(fc.tuple(treesModelArb(TASK_FEATURES.freelancers), freelancersArb(5, 10), jobArb), { numRuns: 1, seed: 11 })[0];
    const e = createEngine({ taxonomy, model: { freelancers: model } });
    e.addFreelancers(fs);
    e.addJobs([job]);
    const path = join(mkdtempSync(join(tmpdir(), "bestmatch-trees-")), "engine.snap");
    await e.save(path);
    const again = await loadEngine(path);
    expect(again.rankFreelancers("job", { limit: 10 })).toEqual(e.rankFreelancers("job", { limit: 10 }));
  });

  it("when a query boosts weights of a trees model then INVALID_OPTION says trees have none", () => {
    const [model] = fc.sample(treesModelArb(TASK_FEATURES.freelancers), { numRuns: 1, seed: 3 });
    const e = createEngine({ taxonomy, model: { freelancers: model } });
    e.addFreelancers(fc.sample(freelancersArb(2, 3), { numRuns: 1, seed: 3 })[0]);
    e.addJobs([fc.sample(jobArb, { numRuns: 1, seed: 3 })[0]]);
    expect(() => e.rankFreelancers("job", { boost: { [TASK_FEATURES.freelancers[0]]: 2 } })).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "boost" }));
  });

  it("when a trees model names an unknown feature then createEngine rejects it listing the valid ones", () => {
    const model: TreesModel = { type: "trees", version: 1, base: 0, features: ["charisma"], trees: [] };
    expect(() => createEngine({ model: { freelancers: model } })).toThrow(
      expect.objectContaining({ code: "INVALID_MODEL", field: "features[0]", expected: `one of ${TASK_FEATURES.freelancers.join(", ")}` }),
    );
  });
});
