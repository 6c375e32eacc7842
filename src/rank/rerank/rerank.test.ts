/** The re-ranking rules on hand-made lists: what each rule does, position by position. */
import { describe, expect, it } from "vitest";
import { gini, exposureFigures } from "./audit.js";
import { type RerankCandidate, jaccard, rateBand, similarity } from "./candidate.js";
import { diversify } from "./diversity.js";
import { coldStartSlots, exposureCap } from "./exposure.js";
import { DEFAULT_EXPOSURE, resolveRerank } from "./options.js";
import { RerankSession } from "./session.js";

const c = (id: string, score: number, extra: Partial<RerankCandidate> = {}): RerankCandidate => ({ id, score, skills: [], reviews: 50, requiredSkills: 1, ...extra });

describe("similarity", () => {
  it("when two skill lists share 1 of 3 distinct skills then Jaccard is 1/3", () => {
    expect(jaccard([1, 2], [2, 3])).toBeCloseTo(1 / 3, 12);
    expect(jaccard([], [])).toBe(0);
  });
  it("when rates fall in the same doubling band then they share a band", () => {
    expect([10, 19, 20, 39, 40, 79, 80, 159, 160, 999].map(rateBand)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(rateBand(undefined)).toBeUndefined();
  });
  it("is the mean of skill overlap, same country and same rate band", () => {
    const a = c("a", 1, { skills: [1, 2], country: "de", rateBand: 2 });
    const b = c("b", 1, { skills: [2, 3], country: "de", rateBand: 3 });
    expect(similarity(a, b)).toBeCloseTo((1 / 3 + 1 + 0) / 3, 12);
  });
});

describe("diversity (MMR)", () => {
  // a and b are near twins (same skills, country, band); c differs in everything and scores a bit lower.
  const list = [
    c("a", 1.0, { skills: [1, 2], country: "us", rateBand: 2 }),
    c("b", 0.95, { skills: [1, 2], country: "us", rateBand: 2 }),
    c("c", 0.9, { skills: [7, 8], country: "in", rateBand: 0 }),
    c("d", 0.0, { skills: [9], country: "br", rateBand: 4 }),
  ];
  it("when lambda is 1 then the order is the model's", () => {
    expect(diversify(list, [0, 1, 2, 3], { lambda: 1, window: 10 })).toEqual([0, 1, 2, 3]);
  });
  it("when lambda is 0.5 then the different candidate c is placed before a's twin b", () => {
    // second slot: b = 0.5*0.95 - 0.5*1 = -0.025; c = 0.5*0.9 - 0 = 0.45; d = 0.5*0 - 0 = 0
    expect(diversify(list, [0, 1, 2, 3], { lambda: 0.5, window: 10 })).toEqual([0, 2, 3, 1]);
  });
  it("when the window is 2 then only the first two slots are chosen by MMR", () => {
    expect(diversify(list, [0, 1, 2, 3], { lambda: 0.5, window: 2 })).toEqual([0, 2, 1, 3]);
  });
});

describe("cold-start slots", () => {
  const o = { ...DEFAULT_EXPOSURE, newcomerShare: 0.5, newcomerWindow: 4 };
  const list = [c("a", 9), c("b", 8), c("n1", 7, { reviews: 0, requiredSkills: 0.5 }), c("c", 6), c("d", 5), c("n2", 4, { reviews: 1 }), c("n3", 3, { reviews: 2 }), c("e", 2)];
  it("when the window lacks eligible newcomers then the best ones below take the lowest others' places", () => {
    // n1 is a newcomer but misses the requirements (0.5 < 0.7), so it does not count; 2 slots go to n2 and n3.
    const order = coldStartSlots(list, list.map((_, i) => i), o);
    expect(order.map((i) => list[i].id)).toEqual(["a", "b", "n2", "n3", "n1", "c", "d", "e"]);
  });
  it("when the window already holds enough eligible newcomers then nothing moves", () => {
    const ok = [c("n", 9, { reviews: 0 }), c("m", 8, { reviews: 0 }), c("a", 7)];
    expect(coldStartSlots(ok, [0, 1, 2], o)).toEqual([0, 1, 2]);
  });
});

describe("exposure cap", () => {
  it("when a freelancer has topped k lists then the next best under the cap takes first place", () => {
    const tops = new Map([["star", 2]]);
    const list = [c("star", 9), c("b", 8), c("c", 7)];
    const capped = exposureCap(list, [0, 1, 2], { ...DEFAULT_EXPOSURE, maxTop: 2 }, tops);
    expect(capped.order).toEqual([1, 0, 2]);
    expect(capped.capUnmet).toBe(false);
    expect(tops.get("b")).toBe(1);
    expect(tops.get("star")).toBe(2);
  });
  it("when everyone is over the cap then the list keeps its top and says the cap was not met", () => {
    const tops = new Map([["a", 1], ["b", 1]]);
    const capped = exposureCap([c("a", 2), c("b", 1)], [0, 1], { ...DEFAULT_EXPOSURE, maxTop: 1 }, tops);
    expect(capped).toEqual({ order: [0, 1], capUnmet: true });
  });
  it("across a session, the first k lists keep the star and the audit names the rule", () => {
    const s = new RerankSession(resolveRerank({ exposure: { maxTop: 1 } }));
    const list = [c("star", 9), c("b", 8)];
    const first = s.rerank("j1", list);
    const second = s.rerank("j2", list);
    expect(first.order).toEqual([0, 1]);
    expect(second.order).toEqual([1, 0]);
    expect(second.audit.items).toEqual([
      { id: "b", before: 2, after: 1, movedBy: ["exposureCap"] },
      { id: "star", before: 1, after: 2, movedBy: ["exposureCap"] },
    ]);
    const audit = s.audit();
    expect(audit.before.mostTopped).toEqual({ id: "star", lists: 2, share: 1 });
    expect(audit.after.mostTopped).toEqual({ id: "b", lists: 1, share: 0.5 });
  });
});

describe("exposure figures", () => {
  it("Gini: 0 when everyone appears equally, (n-1)/n when one holds everything", () => {
    expect(gini([3, 3, 3])).toBeCloseTo(0, 12);
    expect(gini([0, 0, 5])).toBeCloseTo(2 / 3, 12);
    // sum of |xi - xj| over ordered pairs = 2 * (1 + 2 + 1) = 8; 2 n^2 mean = 2 * 9 * 2 = 36
    expect(gini([1, 2, 3])).toBeCloseTo(8 / 36, 12);
  });
  it("counts newcomers per list and the most frequent first place (ties by id)", () => {
    const f = exposureFigures([["a", "n"], ["b", "a"]], ["a", "b", "n", "z"], (id) => id === "n", 10);
    expect(f.mostTopped).toEqual({ id: "a", lists: 1, share: 0.5 });
    expect(f.newcomerShare).toBeCloseTo(1 / 4, 12);
    expect(f.gini).toBeCloseTo(gini([2, 1, 1, 0]), 12);
  });
});

describe("options", () => {
  it("when lambda is out of range then the error names the field", () => {
    expect(() => resolveRerank({ diversity: { lambda: 2 } })).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "rerank.diversity.lambda" }));
    expect(() => resolveRerank({ exposure: { maxTop: -1 } })).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "rerank.exposure.maxTop" }));
  });
  it("when a key is misspelled then the error names the closest valid key", () => {
    expect(() => resolveRerank({ exposure: { maxTp: 3 } as never })).toThrow(/maxTop/);
    expect(() => resolveRerank({ diversty: true } as never)).toThrow(/diversity/);
  });
});
