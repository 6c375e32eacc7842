/** has/get/count, removeReview/removeProposal, per-query boost and filter, and the atomic async add. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createEngine } from "./engine.js";
import { BestMatchError } from "./errors.js";
import { SMALL_TAXONOMY } from "./testing/small-taxonomy.js";
import type { FreelancerRecord, JobRecord } from "./model/records.js";

const job: JobRecord = { id: "j1", title: "Next.js dashboard", description: "SaaS dashboard in Next.js with TypeScript and GraphQL", skills: ["Next.js", "TypeScript", "GraphQL"], budget: { type: "hourly", min: 30, max: 60 } };
const people: FreelancerRecord[] = [
  { id: "react", title: "React developer", skills: ["React", "TypeScript"], hourlyRate: 50, rating: 5, reviewCount: 40 },
  { id: "next", title: "Next.js developer", skills: ["Next.js", "TypeScript", "GraphQL"], hourlyRate: 55, rating: 3.5, reviewCount: 3 },
  { id: "python", title: "Python developer", skills: ["Python", "Django"], hourlyRate: 40, country: "DE" },
];

function engine() {
  const e = createEngine({ taxonomy: SMALL_TAXONOMY });
  e.addFreelancers(people);
  e.addJobs([job]);
  e.addReviews([{ id: "r1", freelancerId: "next", rating: 1 }]);
  e.addProposals([{ id: "p1", jobId: "j1", freelancerId: "react", coverLetter: "I build React and TypeScript apps" }]);
  return e;
}

describe("engine conveniences: has, get, count, removeReview, removeProposal", () => {
  it("when records are indexed then has/get/count see them by kind", () => {
    const e = engine();
    expect(e.has("freelancer", "react")).toBe(true);
    expect(e.has("job", "react")).toBe(false);
    expect(e.get("freelancer", "python")).toMatchObject({ id: "python", country: "DE" });
    expect(e.get("job", "j1")?.title).toBe("Next.js dashboard");
    expect(e.get("review", "r1")?.rating).toBe(1);
    expect(e.get("proposal", "p1")?.freelancerId).toBe("react");
    expect([e.count("freelancer"), e.count("job"), e.count("review"), e.count("proposal")]).toEqual([3, 1, 1, 1]);
    expect(() => e.has("client" as never, "x")).toThrow(BestMatchError);
  });

  it("when a review is removed then the freelancer is ranked as if it had never been added", () => {
    const e = engine();
    const fresh = createEngine({ taxonomy: SMALL_TAXONOMY });
    fresh.addFreelancers(people);
    fresh.addJobs([job]);
    expect(e.removeReview("r1")).toBe(true);
    expect(e.removeReview("r1")).toBe(false);
    expect(e.rankFreelancers("j1").items).toEqual(fresh.rankFreelancers("j1").items);
    expect(e.rankProposals("j1").items).toHaveLength(1);
    expect(e.removeProposal("p1")).toBe(true);
    expect(e.removeProposal("p1")).toBe(false);
    expect(e.rankProposals("j1")).toEqual({ items: [], total: 0 });
  });
});

describe("engine conveniences: boost and filter", () => {
  it("when a feature is boosted then its weight is multiplied and scores stay the exact sum of contributions", () => {
    const e = engine();
    const plain = e.rankFreelancers("j1");
    const boosted = e.rankFreelancers("j1", { boost: { rating: 50, requiredSkills: 0 } });
    const weight = (r: typeof plain, f: string) => r.items[0].contributions.find((c) => c.feature === f)?.weight;
    expect(weight(boosted, "rating")).toBeCloseTo((weight(plain, "rating") ?? 0) * 50, 12);
    expect(weight(boosted, "requiredSkills")).toBe(0);
    for (const item of boosted.items) expect(Math.abs(item.contributions.reduce((s, c) => s + c.contribution, 0) - item.score)).toBeLessThan(1e-9);
    // The 5-star profile wins once rating weighs fifty times as much; the default order is back afterwards.
    expect(boosted.items[0].id).toBe("react");
    expect(e.rankFreelancers("j1")).toEqual(plain);
  });

  it("property: boosting every feature by the same factor keeps the order of the default model", () => {
    const e = engine();
    const ids = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);
    const order = ids(e.rankFreelancers("j1", { exhaustive: true }));
    const features = e.rankFreelancers("j1").items[0].contributions.map((c) => c.feature).filter((f) => f !== "bias");
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (k) => {
        expect(ids(e.rankFreelancers("j1", { exhaustive: true, boost: Object.fromEntries(features.map((f) => [f, k])) }))).toEqual(order);
      }),
      { numRuns: 25 },
    );
  });

  it("when a boost names an unknown feature or a bad factor then INVALID_OPTION names it", () => {
    const e = engine();
    expect(() => e.rankFreelancers("j1", { boost: { freshness: 2 } })).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "boost.freshness" }));
    expect(() => e.recommendJobs("react", { boost: { freshness: -1 } })).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "boost.freshness" }));
  });

  it("when a custom filter is given then only the records it keeps are ranked, and total counts them", () => {
    const e = engine();
    const r = e.rankFreelancers("j1", { exhaustive: true, filter: (f) => (f.hourlyRate ?? 0) >= 50 });
    expect(r.items.map((i) => i.id).sort()).toEqual(["next", "react"]);
    expect(r.total).toBe(2);
    const both = e.rankFreelancers("j1", { exhaustive: true, filters: { hourlyRate: { max: 52 } }, filter: (f) => f.id !== "python" });
    expect(both.items.map((i) => i.id)).toEqual(["react"]);
    expect(e.recommendJobs("react", { filter: (j) => j.id !== "j1" }).items).toEqual([]);
  });
});

describe("engine conveniences: addFreelancersAsync", () => {
  const many = (n: number, prefix = "a"): FreelancerRecord[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: "TypeScript developer", skills: ["TypeScript"], hourlyRate: 20 + (i % 50) }));

  it("when added in chunks then progress is reported per chunk and rankings equal the synchronous add", async () => {
    const a = engine();
    const b = engine();
    const seen: Array<[number, number]> = [];
    await a.addFreelancersAsync(many(25), { chunkSize: 10, onProgress: (done, total) => seen.push([done, total]) });
    b.addFreelancers(many(25));
    expect(seen).toEqual([[10, 25], [20, 25], [25, 25]]);
    expect(a.rankFreelancers("j1", { limit: 50 })).toEqual(b.rankFreelancers("j1", { limit: 50 }));
  });

  it("when aborted midway then the whole batch is rolled back, replaced records included", async () => {
    const e = engine();
    const before = e.rankFreelancers("j1", { limit: 50 });
    const controller = new AbortController();
    const batch = [{ ...people[0], title: "Replaced", skills: ["Python"] }, ...many(30)];
    const pending = e.addFreelancersAsync(batch, { chunkSize: 10, signal: controller.signal, onProgress: (done) => done >= 20 && controller.abort() });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(e.count("freelancer")).toBe(3);
    expect(e.get("freelancer", "react")?.title).toBe("React developer");
    expect(e.rankFreelancers("j1", { limit: 50 })).toEqual(before);
  });

  it("when a record is invalid then nothing is indexed and the error names it", async () => {
    const e = engine();
    await expect(e.addJobsAsync([{ id: "j2", title: "ok" }, { id: "j3" } as JobRecord])).rejects.toMatchObject({ code: "INVALID_RECORD", recordId: "j3" });
    expect(e.count("job")).toBe(1);
    await expect(e.addFreelancersAsync(many(2), { chunkSize: 0 })).rejects.toMatchObject({ code: "INVALID_OPTION", field: "chunkSize" });
  });
});

describe("engine.resolveSkill", () => {
  it("names the taxonomy skill behind a name or alias, a custom skill records minted, and nothing else, without minting", () => {
    const e = createEngine({ taxonomy: SMALL_TAXONOMY });
    e.addFreelancers([{ id: "f1", title: "dev", skills: ["React", "Elm Architecture"] }]);
    expect(e.resolveSkill("ReactJS")).toEqual({ skill: "React", id: "react", custom: false });
    expect(e.resolveSkill("  elm architecture ")).toEqual({ skill: "Elm Architecture", custom: true });
    expect(e.resolveSkill("Cobol")).toBeUndefined();
    // Asking did not mint it: still unknown, and no custom-skill warning names it.
    expect(e.resolveSkill("Cobol")).toBeUndefined();
    expect(e.warnings().map((w) => w.skill)).toEqual(["Elm Architecture"]);
    expect(() => e.resolveSkill(3 as never)).toThrow(BestMatchError);
  });
});
