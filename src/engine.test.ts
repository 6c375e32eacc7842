import { describe, expect, it } from "vitest";
import { createEngine } from "./engine.js";
import { BestMatchError } from "./errors.js";
import { SMALL_TAXONOMY } from "./testing/small-taxonomy.js";
import type { FreelancerRecord, JobRecord } from "./model/records.js";

const taxonomy = SMALL_TAXONOMY;
const job: JobRecord = {
  id: "j1",
  title: "Next.js dashboard",
  description: "Build a SaaS dashboard in Next.js with TypeScript and GraphQL",
  skills: ["Next.js", "TypeScript", "GraphQL"],
  budget: { type: "hourly", min: 30, max: 60 },
  experienceLevel: "expert",
};
const people: FreelancerRecord[] = [
  { id: "react", title: "React developer", skills: ["React", "TypeScript"], hourlyRate: 50 },
  { id: "next", title: "Next.js developer", skills: ["Next.js", "TypeScript", "GraphQL"], hourlyRate: 55 },
  { id: "python", title: "Python developer", skills: ["Python", "Django"], hourlyRate: 40 },
];

function engine() {
  const e = createEngine({ taxonomy });
  e.addFreelancers(people);
  e.addJobs([job]);
  return e;
}

function thrown(fn: () => unknown): BestMatchError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BestMatchError) return e;
    throw e;
  }
  throw new Error("expected a BestMatchError, nothing was thrown");
}

describe("engine records", () => {
  it("when a record with an existing id is added then it replaces the old one", () => {
    const e = engine();
    e.addFreelancers([{ id: "python", title: "Now a Next.js developer", skills: ["Next.js", "TypeScript", "GraphQL"] }]);
    expect(e.stats().freelancers).toBe(3);
    const top = e.rankFreelancers("j1", { exhaustive: true }).items.slice(0, 2).map((i) => i.id).sort();
    expect(top).toEqual(["next", "python"]);
  });

  it("when a batch has one bad record then nothing from it is indexed", () => {
    const e = engine();
    const err = thrown(() => e.addFreelancers([{ id: "ok", skills: ["React"] }, { id: "bad", skills: ["React"], rating: 9 }]));
    expect(err).toMatchObject({ code: "INVALID_RECORD", recordId: "bad", field: "rating", value: 9 });
    expect(e.stats().freelancers).toBe(3);
  });

  it("when a batch repeats an id then it fails with DUPLICATE_ID", () => {
    expect(thrown(() => engine().addJobs([job, job]))).toMatchObject({ code: "DUPLICATE_ID", recordId: "j1" });
  });

  it("when a proposal names an unknown freelancer then it fails with UNKNOWN_RECORD", () => {
    const err = thrown(() => engine().addProposals([{ id: "p1", jobId: "j1", freelancerId: "ghost" }]));
    expect(err).toMatchObject({ code: "UNKNOWN_RECORD", recordId: "p1", field: "freelancerId", value: "ghost" });
  });

  it("when a freelancer is removed then they leave rankings and take their proposals along", () => {
    const e = engine();
    e.addProposals([{ id: "p1", jobId: "j1", freelancerId: "next", coverLetter: "Next.js and GraphQL are my daily tools" }]);
    expect(e.removeFreelancer("next")).toBe(true);
    expect(e.removeFreelancer("next")).toBe(false);
    expect(e.rankFreelancers("j1", { exhaustive: true }).items.map((i) => i.id)).not.toContain("next");
    expect(e.rankProposals("j1").total).toBe(0);
    expect(e.stats().proposals).toBe(0);
  });

  it("when a job id is unknown then ranking fails with UNKNOWN_RECORD", () => {
    expect(thrown(() => engine().rankFreelancers("nope"))).toMatchObject({ code: "UNKNOWN_RECORD", recordId: "nope" });
  });

  it("when an option is unknown or out of range then createEngine names it", () => {
    expect(thrown(() => createEngine({ taxonomy, candidates: 0 }))).toMatchObject({ code: "INVALID_OPTION", field: "candidates" });
    expect(thrown(() => createEngine({ taxonomy, bogus: 1 } as never))).toMatchObject({ code: "INVALID_OPTION", field: "bogus" });
  });

  it("when a model weights an unknown feature then it is rejected", () => {
    const err = thrown(() => createEngine({ taxonomy, model: { freelancers: { version: 1, bias: 0, weights: { charisma: 1 } } } }));
    expect(err.code).toBe("INVALID_MODEL");
    expect(err.message).toContain("charisma");
  });
});

describe("ranking", () => {
  it("ranks the full skill match first and explains missing skills", () => {
    const r = engine().rankFreelancers("j1", { exhaustive: true });
    expect(r.items[0].id).toBe("next");
    expect(r.items[0].missingSkills).toEqual([]);
    const react = r.items.find((i) => i.id === "react")!;
    expect(react.matchedSkills).toContainEqual(expect.objectContaining({ skill: "Next.js", via: "related", from: "React" }));
    expect(react.missingSkills).toEqual(["GraphQL"]);
  });

  it("a job record that is not indexed can be ranked too", () => {
    const r = engine().rankFreelancers({ id: "adhoc", title: "Django API", skills: ["Django", "Haskell"] }, { exhaustive: true });
    expect(r.items[0].id).toBe("python");
    expect(r.items[0].missingSkills).toEqual(["Haskell"]);
  });

  it("limit and offset page through one ordering", () => {
    const e = engine();
    const all = e.rankFreelancers("j1", { exhaustive: true, limit: 3 }).items.map((i) => i.id);
    const page = e.rankFreelancers("j1", { exhaustive: true, limit: 1, offset: 1 }).items;
    expect(page.map((i) => i.id)).toEqual([all[1]]);
    expect(page[0].rank).toBe(2);
  });

  it("filters remove candidates, and missing data fails a set filter", () => {
    const e = engine();
    e.addFreelancers([{ id: "norate", title: "Next.js", skills: ["Next.js"] }]);
    const r = e.rankFreelancers("j1", { exhaustive: true, filters: { hourlyRate: { max: 52 } } });
    expect(r.items.map((i) => i.id).sort()).toEqual(["python", "react"]);
    expect(r.total).toBe(2);
  });

  it("proposals are ranked with cover letter features and boilerplate is flagged", () => {
    const e = engine();
    e.addJobs([{ id: "j2", title: "Vue app", skills: ["Vue.js"] }]);
    const paste = "Hello, I am a great developer with many years of experience, I can do this job well and fast.";
    e.addProposals([
      { id: "p-paste-1", jobId: "j1", freelancerId: "react", coverLetter: paste, bid: 50 },
      { id: "p-paste-2", jobId: "j2", freelancerId: "react", coverLetter: paste, bid: 50 },
      { id: "p-tailored", jobId: "j1", freelancerId: "next", coverLetter: "Your Next.js dashboard needs GraphQL resolvers and typed TypeScript clients; I built two.", bid: 55 },
    ]);
    const r = e.rankProposals("j1");
    expect(r.items.map((i) => i.id)).toEqual(["p-tailored", "p-paste-1"]);
    expect(r.items[0].freelancerId).toBe("next");
    expect(r.items[1].badges).toContain("Boilerplate proposal");
  });

  it("recommends jobs that use the freelancer's skills", () => {
    const e = engine();
    e.addJobs([{ id: "j-django", title: "Django backend", skills: ["Django", "PostgreSQL"] }]);
    expect(e.recommendJobs("python", { exhaustive: true }).items[0].id).toBe("j-django");
  });

  it("when a candidate source is given then it replaces stage one and is asked in plain terms", () => {
    const asked: unknown[] = [];
    const e = createEngine({
      taxonomy,
      candidateSource: (request) => {
        asked.push(request);
        return ["python", "ghost", "python"];
      },
    });
    e.addFreelancers(people);
    e.addJobs([job]);
    const r = e.rankFreelancers("j1");
    expect(r.items.map((i) => i.id)).toEqual(["python"]);
    expect(asked).toEqual([{ task: "freelancers", skills: ["Next.js", "TypeScript", "GraphQL"], text: expect.stringContaining("dashboard"), limit: 1000 }]);
    // Exhaustive ranking does not ask.
    expect(e.rankFreelancers("j1", { exhaustive: true }).total).toBe(3);
    expect(asked).toHaveLength(1);
  });

  it("extracts skills with offsets into the text", () => {
    const text = "Looking for ReactJS and k8s experience";
    const found = engine().extractSkills(text);
    expect(found.map((s) => s.skill)).toEqual(["React", "Kubernetes"]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.alias);
  });
});
