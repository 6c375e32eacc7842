import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { BestMatchError } from "../errors.js";
import type { DataFolder } from "../learn/dataset.js";
import type { FreelancerRecord } from "../model/records.js";
import { type InsightsEngine, engineOver, sampleData, smallEngine } from "./test-data.js";
import type { GapAdviceResult } from "./types.js";

let data: DataFolder;
let engine: InsightsEngine;
beforeAll(async () => {
  data = await sampleData();
  engine = engineOver(data);
});

/** The oracle: a fresh engine over the same data with the changed profile, ranked as usual. */
function checkAgainstReRanking(result: GapAdviceResult, profile: FreelancerRecord, jobId: string): number {
  let checked = 0;
  for (const advice of result.advice) {
    const changed = { ...profile, ...advice.patch };
    const fresh = engineOver(data, changed);
    const everyone = fresh.rankFreelancers(jobId, { exhaustive: true, limit: 10_000 }).items.find((i) => i.id === profile.id);
    expect(everyone, `${advice.text}: scored by a fresh engine`).toBeDefined();
    expect(Math.abs(advice.score - everyone!.score)).toBeLessThan(1e-9);
    expect(Math.abs(advice.gain - (everyone!.score - result.current.score))).toBeLessThan(1e-9);
    const shown = fresh.rankFreelancers(jobId, { limit: 100 }).items.find((i) => i.id === profile.id);
    if (shown) expect(advice.rank, advice.text).toBe(shown.rank);
    checked++;
  }
  return checked;
}

describe("gapAdvice (fixtures/sample)", () => {
  it("when a change is suggested then its score and rank are those of re-ranking with the change applied", () => {
    const job = data.jobs[0].id;
    const ranked = engine.rankFreelancers(job, { limit: 40 }).items;
    const profile = data.freelancers.find((f) => f.id === ranked[30].id)!;
    const result = engine.gapAdvice(profile.id, job, { limit: 20 });
    expect(result.current).toEqual({ score: ranked[30].score, rank: 31 });
    expect(result.advice.length).toBeGreaterThan(0);
    expect(checkAgainstReRanking(result, profile, job)).toBe(result.advice.length);
  });

  it("property: for any job and any freelancer, every prediction matches a fresh engine's ranking", () => {
    fc.assert(
      fc.property(fc.nat(data.jobs.length - 1), fc.nat(data.freelancers.length - 1), (j, f) => {
        const profile = data.freelancers[f];
        const result = engine.gapAdvice(profile.id, data.jobs[j].id, { limit: 3 });
        checkAgainstReRanking(result, profile, data.jobs[j].id);
        for (let i = 1; i < result.advice.length; i++) expect(result.advice[i - 1].gain).toBeGreaterThanOrEqual(result.advice[i].gain);
        for (const a of result.advice) expect(a.gain).toBeGreaterThan(0);
      }),
      { numRuns: 4, seed: 7 },
    );
  });

  it("when advice is computed then the engine ranks exactly as before", () => {
    const job = data.jobs[3].id;
    const before = engine.rankFreelancers(job, { limit: 50 });
    const recs = engine.recommendJobs(data.freelancers[5].id, { limit: 10 });
    engine.gapAdvice(data.freelancers[5].id, job);
    engine.gapAdvice({ ...data.freelancers[7], id: "not-indexed" }, job);
    expect(engine.rankFreelancers(job, { limit: 50 })).toEqual(before);
    expect(engine.recommendJobs(data.freelancers[5].id, { limit: 10 })).toEqual(recs);
    expect(engine.stats().freelancers).toBe(data.freelancers.length);
  });

  it("when the freelancer is a record that is not indexed then predictions match an engine that indexed it", () => {
    const hourly = data.jobs.find((j) => j.budget?.type === "hourly" && j.budget.max !== undefined && j.skills?.length)!;
    const job = hourly.id;
    const outsider: FreelancerRecord = { id: "outsider", title: "Developer", skills: [hourly.skills![0]], hourlyRate: 500 };
    const result = engine.gapAdvice(outsider, job, { limit: 10 });
    const indexed = engineOver(data, outsider).rankFreelancers(job, { exhaustive: true, limit: 10_000 }).items.find((i) => i.id === "outsider")!;
    expect(Math.abs(result.current.score - indexed.score)).toBeLessThan(1e-9);
    expect(result.advice.map((a) => a.kind)).toContain("rate-within-budget");
    checkAgainstReRanking(result, outsider, job);
  });
});

describe("gapAdvice kinds", () => {
  const freelancers: FreelancerRecord[] = [
    { id: "a", title: "Developer", skills: ["Next.js", "TypeScript"], hourlyRate: 90, experienceLevel: "expert", hoursPerWeek: 40 },
    { id: "b", title: "React developer", skills: ["React", "Redux", "TypeScript"], hourlyRate: 40, hoursPerWeek: 10 },
    { id: "c", title: "Designer", skills: ["Figma"], hourlyRate: 30 },
  ];
  const job = { id: "j", title: "React app", skills: ["React", "Redux"], niceToHaveSkills: ["Jest"], budget: { type: "hourly" as const, max: 50 }, experienceLevel: "expert" as const, duration: "3-6-months" as const };

  it("when a related skill gives credit then it is named; a rate above budget and short hours are suggested", () => {
    const e = smallEngine(freelancers, [job]);
    const result = e.gapAdvice("a", "j", { limit: 10 });
    const byKind = new Map(result.advice.map((a) => [a.skill ?? a.kind, a]));
    expect(byKind.get("React")).toMatchObject({ kind: "show-related-skill", from: "Next.js", source: { jobField: "skills", method: "re-scored" } });
    expect(byKind.get("Redux")?.kind).toBe("add-required-skill");
    expect(byKind.get("Jest")?.kind).toBe("add-nice-to-have-skill");
    expect(byKind.get("rate-within-budget")?.patch).toEqual({ hourlyRate: 50 });
    expect(result.advice.find((a) => a.skill === "React")!.gain).toBeGreaterThan(result.advice.find((a) => a.skill === "Jest")!.gain);
  });

  it("when profile fields are empty then filling them is suggested with the job's values", () => {
    const e = smallEngine(freelancers, [job]);
    const patches = e.gapAdvice("b", "j", { limit: 10 }).advice.map((a) => a.patch);
    expect(patches).toContainEqual({ experienceLevel: "expert" });
    expect(patches).toContainEqual({ hoursPerWeek: 30 });
  });

  it("when limit is 1 then only the largest gain is returned", () => {
    const e = smallEngine(freelancers, [job]);
    const all = e.gapAdvice("a", "j", { limit: 10 }).advice;
    expect(e.gapAdvice("a", "j", { limit: 1 }).advice).toEqual(all.slice(0, 1));
  });

  it("when an id is unknown or an option is bad then a BestMatchError with a code is thrown", () => {
    const e = smallEngine(freelancers, [job]);
    expect(() => e.gapAdvice("nobody", "j")).toThrowError(expect.objectContaining({ code: "UNKNOWN_RECORD", recordId: "nobody" }));
    expect(() => e.gapAdvice("a", "nojob")).toThrowError(expect.objectContaining({ code: "UNKNOWN_RECORD", recordId: "nojob" }));
    expect(() => e.gapAdvice("a", "j", { limit: -1 })).toThrowError(BestMatchError);
    expect(() => e.gapAdvice("a", "j", { window: 0 })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION", field: "window" }));
  });
});
