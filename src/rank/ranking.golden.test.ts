/**
 * A small named fixture on the default taxonomy, MiniSearch-style: each position has a comment
 * saying why it lands there. If a change reorders it, the comment tells you what broke.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import type { FreelancerRecord } from "../model/records.js";

const base = { hourlyRate: 55, experienceLevel: "expert", hoursPerWeek: 40, jobSuccess: 95, lastActiveAt: "2025-03-01" } as const;
const people: FreelancerRecord[] = [
  { ...base, id: "ada", title: "Next.js engineer", overview: "I build Next.js dashboards with TypeScript and GraphQL APIs.", skills: ["Next.js", "TypeScript", "GraphQL"], rating: 4.9, reviewCount: 60 },
  { ...base, id: "ben", title: "Full-stack developer", overview: "NextJS and TS on GraphQL backends.", skills: ["NextJS", "TS", "GraphQL"] },
  { ...base, id: "cyd", title: "React developer", overview: "React and TypeScript front ends, GraphQL clients.", skills: ["React", "TypeScript", "GraphQL"], rating: 4.8, reviewCount: 80 },
  { ...base, id: "dan", title: "Next.js engineer", overview: "Next.js with TypeScript and GraphQL.", skills: ["Next.js", "TypeScript", "GraphQL"], rating: 4.9, reviewCount: 60, hourlyRate: 150, experienceLevel: "entry" },
  { ...base, id: "eli", title: "Django developer", overview: "Python and Django REST APIs.", skills: ["Python", "Django"], rating: 5, reviewCount: 200 },
];

describe("Best Match on a named fixture", () => {
  const engine = createEngine({ now: "2025-03-02" });
  engine.addFreelancers(people);
  engine.addJobs([
    {
      id: "dash",
      title: "Next.js SaaS dashboard",
      description: "Build the dashboard of our SaaS in Next.js and TypeScript on a GraphQL API.",
      skills: ["Next.js", "TypeScript", "GraphQL"],
      budget: { type: "hourly", min: 40, max: 70 },
      experienceLevel: "expert",
      duration: "1-3-months",
    },
  ]);
  const items = engine.rankFreelancers("dash", { exhaustive: true }).items;

  it("orders the freelancers for the reasons given", () => {
    expect(items.map((i) => i.id)).toEqual([
      "ada", // every required skill exactly, strong reviews, within budget, right level, text matches
      "dan", // ada's skills and reviews exactly; 150/h against a 70/h max and entry level for an expert job cost less than a missing skill
      "cyd", // React gives only related credit (0.6) for Next.js, though at budget, expert, 4.8 over 80 reviews
      "ben", // every skill, written as aliases (NextJS, TS), but no reviews (prior used) and a thin profile text
      "eli", // 5.0 over 200 reviews, but none of the skills ("API Development" from the overview is generic: no related credit): reputation does not beat relevance
    ]);
  });

  it("explains each position with the matching reasons and badges", () => {
    const by = new Map(items.map((i) => [i.id, i]));
    expect(by.get("ada")!.reasons).toContain("matches 3 of 3 required skills");
    expect(by.get("ada")!.badges).toEqual(expect.arrayContaining(["Great skill match", "Highly rated"]));
    expect(by.get("dan")!.reasons).toContain("rate $150/h above budget (up to $70/h)");
    expect(by.get("dan")!.badges).toContain("Rate above budget");
    expect(by.get("ben")!.matchedSkills.map((m) => m.via)).toEqual(["alias", "alias", "exact"]);
    expect(by.get("ben")!.reasons).toContain("no reviews yet (rated at the 4-star prior)");
    expect(by.get("cyd")!.matchedSkills[0]).toMatchObject({ skill: "Next.js", via: "related", from: "React" });
    expect(by.get("eli")!.missingSkills).toEqual(["Next.js", "TypeScript", "GraphQL"]);
    expect(by.get("eli")!.matchedSkills).toEqual([]);
  });
});

describe("Bayesian rating smoothing", () => {
  it("ranks 4.8 stars over 80 reviews above 5.0 over 1 review, all else equal", () => {
    const engine = createEngine();
    const same = { title: "Bookkeeper", skills: ["QuickBooks", "Bookkeeping"], hourlyRate: 30 };
    engine.addFreelancers([
      { id: "one-review", ...same, rating: 5, reviewCount: 1 },
      { id: "many-reviews", ...same, rating: 4.8, reviewCount: 80 },
    ]);
    const r = engine.rankFreelancers({ id: "books", title: "Monthly bookkeeping", skills: ["QuickBooks"] }, { exhaustive: true });
    expect(r.items.map((i) => i.id)).toEqual(["many-reviews", "one-review"]);
    const rating = (id: string) => r.items.find((i) => i.id === id)!.contributions.find((c) => c.feature === "rating")!;
    expect(rating("many-reviews").value).toBeGreaterThan(rating("one-review").value);
  });
});

describe("stage-one selection", async () => {
  const { topK } = await import("./retrieve.js");
  it("keeps the largest keys and breaks ties at the threshold by id", () => {
    const ids = ["d", "c", "b", "a", "e"];
    const key = Float64Array.from([0.5, 0.9, 0.5, 0.5, 0.1]);
    expect(topK([0, 1, 2, 3, 4], key, 3, (i) => ids[i]).map((i) => ids[i]).sort()).toEqual(["a", "b", "c"]);
  });
  it("returns everything when there are fewer items than the limit", () => {
    expect(topK([7, 8], Float64Array.from([1, 2]), 5, String)).toEqual([7, 8]);
  });
});
