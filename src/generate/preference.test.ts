import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assignOutcomes, hiddenUtility, preferenceFeatures, skillCoverage, type PreferenceInput } from "./preference.js";
import { buildSkillModel } from "./skill-model.js";

// Skills 0..3 in one category; 0 is related to 1 only.
const model = buildSkillModel({
  version: 1,
  name: "t",
  skills: [
    { id: "a", name: "A", category: "x", related: ["b"] },
    { id: "b", name: "B", category: "x" },
    { id: "c", name: "C", category: "x" },
    { id: "d", name: "D", category: "x" },
  ],
});

const base: PreferenceInput = {
  required: [0, 2],
  niceToHave: [3],
  jobLevel: "expert",
  budget: { type: "hourly", min: 20, max: 50 },
  freelancerSkills: [1, 2],
  rating: 4.8,
  reviewCount: 20,
  level: "intermediate",
  bid: 60,
  personalized: true,
};

describe("hidden preference model", () => {
  it("when a required skill is held only through a related one then it earns half credit", () => {
    // a: held via related b -> 0.5; c: exact -> 1.
    expect(skillCoverage(model, [0, 2], [1, 2])).toBe((0.5 + 1) / 2);
    expect(skillCoverage(model, [], [1, 2])).toBe(0);
  });

  it("when computing features then each follows the documented formula", () => {
    const f = preferenceFeatures(model, base);
    expect(f.requiredCoverage).toBe(0.75);
    expect(f.niceCoverage).toBe(0);
    expect(f.reputation).toBeCloseTo((4.8 * 20 + 4 * 5) / 25 - 4 + 0.1 * Math.log(21), 12);
    expect(f.rateFit).toBeCloseTo(-2 * (60 / 50 - 1), 12);
    expect(f.personalized).toBe(1);
    expect(f.levelFit).toBe(0.5);
  });

  it("when the bid is within budget, missing, or far above it then rate fit is 0, 0 and floored at -2", () => {
    expect(preferenceFeatures(model, { ...base, bid: 50 }).rateFit).toBe(0);
    expect(preferenceFeatures(model, { ...base, bid: undefined }).rateFit).toBe(0);
    expect(preferenceFeatures(model, { ...base, bid: 500 }).rateFit).toBe(-2);
    expect(preferenceFeatures(model, { ...base, budget: { type: "fixed", amount: 40 }, bid: 50 }).rateFit).toBeCloseTo(-0.5, 12);
  });

  it("when a freelancer has no reviews then reputation is the prior, zero", () => {
    expect(preferenceFeatures(model, { ...base, rating: 0, reviewCount: 0 }).reputation).toBe(0);
  });

  it("when scoring then utility is the weighted sum plus weighted noise", () => {
    const f = { requiredCoverage: 0.5, niceCoverage: 1, reputation: 0.3, rateFit: -0.4, personalized: 1, levelFit: 0.5 };
    expect(hiddenUtility(f, 0.7)).toBeCloseTo(3 * 0.5 + 1 * 1 + 1.2 * 0.3 + 1 * -0.4 + 0.8 * 1 + 0.4 * 0.5 + 0.6 * 0.7, 12);
  });
});

describe("assignOutcomes", () => {
  it("when the client hires then the best is hired and the next ones interviewed", () => {
    expect(assignOutcomes([1, 5, 3, 4], true, 2)).toEqual(["applied", "hired", "interviewed", "interviewed"]);
    expect(assignOutcomes([1, 5, 3, 4], false, 1)).toEqual(["applied", "interviewed", "applied", "applied"]);
  });

  it("when utilities are anything then at most one hire, which beats every interviewed and applied one", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -10, max: 10 }), { maxLength: 12 }), fc.boolean(), fc.integer({ min: 1, max: 2 }), (u, hires, interviews) => {
        const outcomes = assignOutcomes(u, hires, interviews);
        const hired = outcomes.flatMap((o, i) => (o === "hired" ? [i] : []));
        const interviewed = outcomes.flatMap((o, i) => (o === "interviewed" ? [i] : []));
        const applied = outcomes.flatMap((o, i) => (o === "applied" ? [i] : []));
        expect(hired.length).toBe(hires && u.length > 0 ? 1 : 0);
        expect(interviewed.length).toBe(Math.min(interviews, u.length - hired.length));
        for (const h of hired) for (const i of [...interviewed, ...applied]) expect(u[h]).toBeGreaterThanOrEqual(u[i]);
        for (const i of interviewed) for (const a of applied) expect(u[i]).toBeGreaterThanOrEqual(u[a]);
      }),
    );
  });
});
