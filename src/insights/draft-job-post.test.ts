import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { DataFolder } from "../learn/dataset.js";
import type { JobRecord } from "../model/records.js";
import { defaultTaxonomy } from "../skills/default-taxonomy/public.js";
import { type InsightsEngine, engineOver, sampleData, smallEngine } from "./test-data.js";
import type { JobPostDraft } from "./types.js";

const TAXONOMY_IDS = new Set(defaultTaxonomy.skills.map((s) => s.id));

const CORPUS: JobRecord[] = [
  { id: "s1", title: "Shopify store setup", skills: ["Shopify", "Liquid"], budget: { type: "fixed", amount: 300 }, experienceLevel: "intermediate" },
  { id: "s2", title: "Shopify theme customization", skills: ["Shopify", "CSS"], budget: { type: "fixed", amount: 500 }, experienceLevel: "intermediate" },
  { id: "s3", title: "Shopify store for a clothing brand", skills: ["Shopify", "Liquid"], budget: { type: "fixed", amount: 800 }, experienceLevel: "entry" },
  { id: "s4", title: "Shopify app integration", skills: ["Shopify"], budget: { type: "hourly", min: 20, max: 40 } },
  { id: "p1", title: "Python data pipeline", skills: ["Python"], budget: { type: "fixed", amount: 1000 } },
];
const BRIEF = "need someone to set up a Shopify store for my candle business";

/** Every `source` in the draft, wherever it sits. */
function sources(draft: JobPostDraft): Array<{ kind: string; detail: string }> {
  const out: Array<{ kind: string; detail: string }> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) (k === "source" ? out.push(x as never) : walk(x));
  };
  walk(draft);
  return out;
}

describe("draftJobPost on a tiny corpus", () => {
  const engine = smallEngine([], CORPUS);

  it("when no budget is stated then the range is the quartiles of the comparable fixed budgets", () => {
    const draft = engine.draftJobPost(BRIEF);
    // Similar jobs: the four Shopify posts (the Python one shares no word or skill). Three are fixed: 300, 500, 800.
    expect(draft.similarJobIds.slice().sort()).toEqual(["s1", "s2", "s3", "s4"]);
    expect(draft.budget).toMatchObject({ type: "fixed", min: 400, median: 500, max: 650, comparableJobs: 3, source: { kind: "similar-jobs" } });
    expect(draft.budget!.source.detail).toBe("fixed $400-$650, median $500 of 3 similar jobs");
    expect(draft.record.budget).toEqual({ type: "fixed", amount: 500 });
    // The one hourly job (20-40, compared by its midpoint) gives the alternative.
    expect(draft.budget!.alternative).toMatchObject({ type: "hourly", min: 30, max: 30, median: 30, comparableJobs: 1 });
  });

  it("when the brief names a skill then it is required with the brief as source; co-occurring skills come from similar jobs", () => {
    const draft = engine.draftJobPost(BRIEF);
    expect(draft.requiredSkills[0]).toEqual({ id: "shopify", name: "Shopify", source: { kind: "brief", detail: "Shopify" } });
    const liquid = [...draft.requiredSkills, ...draft.niceToHaveSkills].find((s) => s.id === "liquid");
    expect(liquid?.source).toMatchObject({ kind: "similar-jobs" });
    expect(liquid?.source.detail).toMatch(/^required by 2 of 4 similar jobs/);
    expect(draft.title.value).toBe("Set up a Shopify store for my candle business");
    expect(draft.experienceLevel).toMatchObject({ value: "intermediate", source: { kind: "similar-jobs", detail: "2 of 3 similar jobs with a level" } });
  });

  it("when the brief states a budget then it is kept and compared with the similar jobs", () => {
    const draft = engine.draftJobPost(`${BRIEF}, around $450`);
    expect(draft.budget).toMatchObject({ type: "fixed", stated: 450, min: 400, max: 650, source: { kind: "brief" } });
    expect(draft.record.budget).toEqual({ type: "fixed", amount: 450 });
    expect(draft.title.value).toBe("Set up a Shopify store for my candle business");
    const hinted = engine.draftJobPost(BRIEF, { budgetHint: { type: "hourly", min: 25, max: 35 } });
    expect(hinted.budget).toMatchObject({ type: "hourly", stated: 30, median: 30, comparableJobs: 1, source: { kind: "budget-hint" } });
  });

  it("when inputs are bad then INVALID_OPTION", () => {
    expect(() => engine.draftJobPost("  ")).toThrowError(expect.objectContaining({ code: "INVALID_OPTION", field: "brief" }));
    expect(() => engine.draftJobPost(BRIEF, { requiredShare: 0 })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION", field: "requiredShare" }));
    expect(() => engine.draftJobPost(BRIEF, { budgetHint: { type: "fixed", amount: -5 } })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION", field: "budgetHint" }));
  });

  it("when the corpus is indexed in another order then the draft is the same", () => {
    const reversed = smallEngine([], [...CORPUS].reverse());
    expect(reversed.draftJobPost(`${BRIEF} around $600`)).toEqual(engine.draftJobPost(`${BRIEF} around $600`));
  });
});

describe("draftJobPost on fixtures/sample", () => {
  let data: DataFolder;
  let engine: InsightsEngine;
  beforeAll(async () => {
    data = await sampleData();
    engine = engineOver(data);
  });

  it("property: deterministic, every skill is a taxonomy skill, every suggestion has a source, and the record ranks", () => {
    fc.assert(
      fc.property(fc.nat(data.jobs.length - 1), fc.constantFrom("", ", around $500", " at $30/hr", " (senior)"), (j, extra) => {
        const brief = `${data.jobs[j].title ?? "project"}${extra}`;
        const draft = engine.draftJobPost(brief);
        expect(engine.draftJobPost(brief)).toEqual(draft);
        for (const s of [...draft.requiredSkills, ...draft.niceToHaveSkills]) expect(TAXONOMY_IDS.has(s.id), s.id).toBe(true);
        const all = sources(draft);
        expect(all.length).toBeGreaterThanOrEqual(draft.requiredSkills.length + draft.niceToHaveSkills.length + draft.screeningQuestions.length + 1);
        for (const s of all) expect(["brief", "taxonomy", "similar-jobs", "budget-hint", "default"]).toContain(s.kind);
        for (const s of all) expect(s.detail.length).toBeGreaterThan(0);
        expect(draft.screeningQuestions.length).toBeGreaterThanOrEqual(2);
        expect(draft.screeningQuestions.length).toBeLessThanOrEqual(3);
        if (draft.budget?.median !== undefined) expect(draft.budget.min).toBeLessThanOrEqual(draft.budget.max);
        expect(engine.rankFreelancers(draft.record, { limit: 3 }).items.length).toBeGreaterThan(0);
      }),
      { numRuns: 12, seed: 11 },
    );
  });
});
