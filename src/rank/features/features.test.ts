import { describe, expect, it } from "vitest";
import { availability, bidFit, levelFit, priceFit, rateFit } from "./fit.js";
import { jobSuccess, recency, reviewVolume, smoothedRating } from "./reputation.js";
import { letterLength, letterSkills, letterStructure, jaccard, personalization, responseTime, screeningAnswers, shingles } from "./proposal.js";
import { clientQuality, competition, freshness } from "./job.js";
import { relatedTable, skillCoverage, skillDepth, skillFocus, type SkillSet } from "./skills.js";
import { claimDepth } from "../../corpus/normalize.js";
import { DAY_MS } from "./types.js";

const set = (skills: number[], via: number[] = skills.map(() => 0)): SkillSet => ({ skills: Int32Array.from(skills), via: Uint8Array.from(via) });
const prior = { mean: 4.5, strength: 5 };

describe("smoothedRating", () => {
  it("when ratings are given then it is the Bayesian mean mapped to [0, 1]", () => {
    const expected = ((4.5 * 5 + 4.8 * 80) / 85 - 1) / 4;
    expect(smoothedRating(4.8, 80, prior).value).toBeCloseTo(expected, 12);
  });
  it("when 4.8 stars over 80 reviews meet 5.0 over 1 then the many reviews win", () => {
    expect(smoothedRating(4.8, 80, prior).value).toBeGreaterThan(smoothedRating(5, 1, prior).value);
  });
  it("when there are no reviews then the prior is used and flagged defaulted", () => {
    const r = smoothedRating(undefined, undefined, prior);
    expect(r).toMatchObject({ value: (4.5 - 1) / 4, defaulted: true });
  });
});

describe("reputation", () => {
  it("review volume is log-scaled and reaches 1 at 100 reviews", () => {
    expect(reviewVolume(100).value).toBeCloseTo(1, 12);
    expect(reviewVolume(9).value).toBeCloseTo(Math.log(10) / Math.log(101), 12);
  });
  it("recency halves every half-life", () => {
    expect(recency(0, 180 * DAY_MS, 180).value).toBeCloseTo(0.5, 12);
    expect(recency(undefined, 0, 180).defaulted).toBe(true);
  });
  it("job success is a percentage", () => {
    expect(jobSuccess(87).value).toBeCloseTo(0.87, 12);
  });
});

describe("fit", () => {
  it("price within the limit scores 1, above it (limit/price)^2", () => {
    expect(priceFit(40, 50)).toBe(1);
    expect(priceFit(100, 50)).toBeCloseTo(0.25, 12);
  });
  it("rate fit compares to the hourly max and defaults for fixed budgets", () => {
    expect(rateFit(60, { type: "hourly", min: 20, max: 50 }).value).toBeCloseTo((50 / 60) ** 2, 12);
    expect(rateFit(60, { type: "fixed", amount: 500 }).defaulted).toBe(true);
  });
  it("bid fit compares fixed bids to the amount", () => {
    expect(bidFit(600, { type: "fixed", amount: 500 }).value).toBeCloseTo((500 / 600) ** 2, 12);
  });
  it.each([
    ["expert", "expert", 1],
    ["expert", "intermediate", 0.8],
    ["intermediate", "expert", 0.4],
    ["entry", "expert", 0],
  ] as const)("level %s for a %s job gives %d", (c, j, v) => {
    expect(levelFit(c, j).value).toBe(v);
  });
  it("availability is hours over what the duration needs", () => {
    expect(availability(15, "over-6-months").value).toBeCloseTo(0.5, 12);
  });
});

describe("skills", () => {
  const noNeighbors = relatedTable(() => []);
  it("coverage is the weighted share of wanted skills held", () => {
    const r = skillCoverage([{ index: 1, weight: 3 }, { index: 2, weight: 1 }], set([1, 5]), noNeighbors);
    expect(r.value).toBeCloseTo(0.75, 12);
    expect(r.missing).toEqual([2]);
  });
  it("related skills give credit equal to their similarity", () => {
    const r = skillCoverage([{ index: 1, weight: 1 }], set([7]), relatedTable((s) => (s === 1 ? [{ index: 7, similarity: 0.6 }] : [])));
    expect(r.value).toBeCloseTo(0.6, 12);
    expect(r.matched[0]).toMatchObject({ via: "related", from: 7, similarity: 0.6 });
  });
  it("a skill written as an alias is matched via alias", () => {
    expect(skillCoverage([{ index: 1, weight: 1 }], set([1], [1]), noNeighbors).matched[0].via).toBe("alias");
  });
  it("focus punishes keyword stuffing", () => {
    expect(skillFocus(set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), new Set([1]), true).value).toBeCloseTo(0.1, 12);
  });
});

describe("skill depth", () => {
  it("a claim's depth is the larger of its level and years / 8", () => {
    expect(claimDepth({ name: "React", level: "intermediate", years: 8 })).toBe(1);
    expect(claimDepth({ name: "React", level: "expert" })).toBe(1);
    expect(claimDepth({ name: "React", years: 2 })).toBeCloseTo(0.25, 12);
    expect(claimDepth("React")).toBeUndefined();
  });
  it("is the weighted mean depth over directly matched skills with a claim", () => {
    const wanted = [{ index: 1, weight: 3 }, { index: 2, weight: 1 }, { index: 3, weight: 1 }];
    const coverage = skillCoverage(wanted, set([1, 2, 3]), relatedTable(() => []));
    expect(coverage.value).toBe(1);
    const r = skillDepth(wanted, set([1, 2, 3]), new Map([[1, 1], [2, 0.2]]), String);
    expect(r.value).toBeCloseTo((3 * 1 + 1 * 0.2) / 4, 12);
    expect(r.facts).toMatchObject({ deepest: "1" });
  });
  it("without any claimed depth it is the neutral default", () => {
    const wanted = [{ index: 1, weight: 1 }];
    const coverage = skillCoverage(wanted, set([1]), relatedTable(() => []));
    expect(coverage.value).toBe(1);
    expect(skillDepth(wanted, set([1]), new Map(), String)).toMatchObject({ value: 0.5, defaulted: true });
  });
});

describe("proposal features", () => {
  it("a letter pasted to another job scores low on personalization", () => {
    const letter = "I am an experienced developer and I can start right away on your project today";
    const same = shingles(letter);
    expect(personalization(same, [shingles(letter)]).value).toBe(0);
    expect(personalization(same, [shingles("Completely different words about a logo design for a bakery brand")]).value).toBe(1);
  });
  it("jaccard of identical sets is 1", () => {
    expect(jaccard(new Set([1, 2]), new Set([1, 2]))).toBe(1);
  });
  it("letter skills is the named share alone; no letter or no required skills is defaulted 0", () => {
    expect(letterSkills(true, 0.5)).toMatchObject({ value: 0.5, defaulted: false });
    expect(letterSkills(true, undefined)).toMatchObject({ value: 0, defaulted: true });
    expect(letterSkills(false, 1)).toMatchObject({ value: 0, defaulted: true });
  });
  it("letter length is ln(1 + chars) / ln(1 + longest letter of the job)", () => {
    expect(letterLength(100, 1000).value).toBeCloseTo(Math.log(101) / Math.log(1001), 12);
    expect(letterLength(1000, 1000).value).toBe(1);
    expect(letterLength(0, 1000)).toMatchObject({ value: 0, defaulted: true });
  });
  it.each([
    ["a plain paragraph", "I can do this job well and fast.", 0],
    ["a bullet list", "Plan:\n- set up the API\n- write tests", 1 / 3],
    ["a numbered list and a link", "Steps:\n1. read https://example.com/docs\n2. build it", 2 / 3],
    ["code, a list and a link", "Try `npm install x` then:\n    const a = f();\n* see www.example.org", 1],
  ])("letter structure of %s is %d", (_, text, expected) => {
    expect(letterStructure(text).value).toBeCloseTo(expected, 12);
  });
  it("response time halves every 24 hours", () => {
    expect(responseTime(0, DAY_MS).value).toBeCloseTo(0.5, 12);
  });
  it("screening answers count those with substance", () => {
    expect(screeningAnswers(["yes", "I have built three similar dashboards"]).value).toBe(0.5);
  });
});

describe("job features", () => {
  it("client quality averages the known parts", () => {
    expect(clientQuality({ paymentVerified: true, rating: 3 }).value).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(clientQuality(undefined).defaulted).toBe(true);
  });
  it("freshness and competition decay", () => {
    expect(freshness(0, 14 * DAY_MS, 14).value).toBeCloseTo(0.5, 12);
    expect(competition(10).value).toBeCloseTo(0.5, 12);
  });
});
