import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { averagePrecision, dcgAtK, mean, ndcgAtK, precisionAtK, recallAtK, reciprocalRank } from "./metrics.js";

// Values below are the formulas written out by hand for each small case.
describe("ndcgAtK", () => {
  const gains = new Map([
    ["b", 2],
    ["c", 1],
    ["x", 0],
  ]);

  it("discounts exponential gains by log2(position + 1)", () => {
    const dcg = 0 / Math.log2(2) + (2 ** 2 - 1) / Math.log2(3) + (2 ** 1 - 1) / Math.log2(4);
    const idcg = (2 ** 2 - 1) / Math.log2(2) + (2 ** 1 - 1) / Math.log2(3);
    expect(dcgAtK(["a", "b", "c"], gains, 3)).toBeCloseTo(dcg, 12);
    expect(ndcgAtK(["a", "b", "c"], gains, 3)).toBeCloseTo(dcg / idcg, 12);
    expect(ndcgAtK(["a", "b", "c"], gains, 3)).toBeCloseTo(0.659002, 6);
  });

  it("uses the grade itself as gain when linear", () => {
    const dcg = 2 / Math.log2(3) + 1 / Math.log2(4);
    const idcg = 2 / Math.log2(2) + 1 / Math.log2(3);
    expect(ndcgAtK(["a", "b", "c"], gains, 3, "linear")).toBeCloseTo(dcg / idcg, 12);
  });

  it("cuts both the ranking and the ideal at k", () => {
    // Top 2 is [a, b]: DCG@2 = 3/log2(3); ideal top 2 is [b, c].
    const expected = 3 / Math.log2(3) / (3 / 1 + 1 / Math.log2(3));
    expect(ndcgAtK(["a", "b", "c"], gains, 2)).toBeCloseTo(expected, 12);
    expect(ndcgAtK(["a", "b", "c"], gains, 1)).toBe(0);
    expect(ndcgAtK(["b", "a"], gains, 1)).toBe(1);
  });

  it("treats a Set as grade 1 for each id, and counts a repeated id once", () => {
    expect(ndcgAtK(["a", "c"], new Set(["c"]), 5)).toBeCloseTo(1 / Math.log2(3), 12);
    expect(ndcgAtK(["c", "c", "d"], new Set(["c", "d"]), 5)).toBeCloseTo((1 + 1 / Math.log2(3)) / (1 + 1 / Math.log2(3)), 12);
    expect(ndcgAtK(["a", "a", "c"], new Set(["c"]), 2)).toBeCloseTo(1 / Math.log2(3), 12);
  });

  it("is 0 when nothing is relevant and rejects a bad k", () => {
    expect(ndcgAtK(["a"], new Map([["a", 0]]), 3)).toBe(0);
    expect(() => ndcgAtK(["a"], gains, 0)).toThrow(RangeError);
    expect(() => recallAtK(["a"], gains, 1.5)).toThrow(RangeError);
  });
});

describe("averagePrecision, reciprocalRank, recallAtK", () => {
  const relevant = new Set(["b", "d", "e"]);

  it("averages precision at each relevant hit over all relevant ids", () => {
    // Hits at positions 2 (1/2) and 4 (2/4); e is never ranked.
    expect(averagePrecision(["a", "b", "c", "d"], relevant)).toBeCloseTo((1 / 2 + 2 / 4) / 3, 12);
    expect(averagePrecision(["b", "d", "e"], relevant)).toBe(1);
  });

  it("takes 1 / position of the first relevant id", () => {
    expect(reciprocalRank(["a", "c", "d"], relevant)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank(["a", "a", "b"], relevant)).toBe(1 / 2);
    expect(reciprocalRank(["a"], relevant)).toBe(0);
    expect(reciprocalRank(["x", "y"], new Map([["x", 0], ["y", 2]]))).toBe(1 / 2);
  });

  it("counts relevant ids in the top k", () => {
    expect(recallAtK(["a", "b", "c", "d"], relevant, 2)).toBeCloseTo(1 / 3, 12);
    expect(recallAtK(["a", "b", "c", "d"], relevant, 4)).toBeCloseTo(2 / 3, 12);
    // The repeat is dropped, so the top 2 is [b, d].
    expect(recallAtK(["b", "b", "d"], relevant, 2)).toBeCloseTo(2 / 3, 12);
  });

  it("mean is NaN for no values", () => {
    expect(mean([])).toBeNaN();
    expect(mean([1, 2, 6])).toBe(3);
  });
});

describe("precisionAtK", () => {
  it("divides the relevant ids in the top k by k, even when the list is shorter", () => {
    const relevant = new Set(["b", "d"]);
    expect(precisionAtK(["a", "b", "c", "d"], relevant, 2)).toBe(1 / 2);
    expect(precisionAtK(["a", "b", "c", "d"], relevant, 4)).toBe(2 / 4);
    expect(precisionAtK(["b"], relevant, 5)).toBe(1 / 5);
    expect(precisionAtK(["b", "b", "d"], relevant, 2)).toBe(1);
    expect(() => precisionAtK(["b"], relevant, 0)).toThrow(RangeError);
  });
});

// Worked examples published elsewhere, with their published (rounded) figures.
describe("published worked examples", () => {
  it("Wikipedia, Discounted cumulative gain: DCG6 = 6.861, IDCG6 = 8.740, NDCG6 = 0.785 (linear gain)", () => {
    // Documents D1..D6 ranked with relevance 3, 2, 3, 0, 1, 2; two more judged documents (3 and 2) were not ranked.
    const judged = new Map([["d1", 3], ["d2", 2], ["d3", 3], ["d4", 0], ["d5", 1], ["d6", 2], ["d7", 3], ["d8", 2]]);
    const ranked = ["d1", "d2", "d3", "d4", "d5", "d6"];
    expect(dcgAtK(ranked, judged, 6, "linear")).toBeCloseTo(6.861, 3);
    expect(dcgAtK(["d1", "d3", "d7", "d2", "d6", "d8"], judged, 6, "linear")).toBeCloseTo(8.74, 2);
    expect(ndcgAtK(ranked, judged, 6, "linear")).toBeCloseTo(0.785, 3);
  });

  it("Stanford CS276 / Manning et al. IIR ch. 8 MAP example: AP 0.62 and 0.44, MAP 0.53", () => {
    const ranking = (hits: number[], length: number) => Array.from({ length }, (_, i) => (hits.includes(i + 1) ? `r${i + 1}` : `n${i + 1}`));
    const q1 = ranking([1, 3, 6, 9, 10], 10);
    const q2 = ranking([2, 5, 7], 10);
    const ap1 = averagePrecision(q1, new Set(["r1", "r3", "r6", "r9", "r10"]));
    const ap2 = averagePrecision(q2, new Set(["r2", "r5", "r7"]));
    expect(ap1).toBeCloseTo(0.62, 2);
    expect(ap2).toBeCloseTo(0.44, 2);
    expect(mean([ap1, ap2])).toBeCloseTo(0.53, 2);
  });

  it("Wikipedia, Mean reciprocal rank: first right answers at 3, 2 and 1 give MRR 11/18", () => {
    const rr = [
      reciprocalRank(["catten", "cati", "cats"], new Set(["cats"])),
      reciprocalRank(["torii", "tori", "toruses"], new Set(["tori"])),
      reciprocalRank(["viruses", "virii", "viri"], new Set(["viruses"])),
    ];
    expect(mean(rr)).toBeCloseTo(11 / 18, 12);
  });
});

describe("metric invariants", () => {
  const ids = fc.uniqueArray(fc.constantFrom(..."abcdefghij"), { maxLength: 10 });
  const judged = fc.dictionary(fc.constantFrom(..."abcdefghijkl"), fc.integer({ min: 0, max: 3 })).map((d) => new Map(Object.entries(d)));
  const k = fc.integer({ min: 1, max: 12 });

  it("every metric lies in [0, 1]", () => {
    fc.assert(
      fc.property(ids, judged, k, (ranked, j, kk) => {
        for (const v of [ndcgAtK(ranked, j, kk), ndcgAtK(ranked, j, kk, "linear"), averagePrecision(ranked, j), reciprocalRank(ranked, j), recallAtK(ranked, j, kk), precisionAtK(ranked, j, kk)]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it("the ideal order scores 1 on NDCG, AP, RR and full recall", () => {
    fc.assert(
      fc.property(judged, k, (j, kk) => {
        const ideal = [...j].filter(([, g]) => g > 0).sort((a, b) => b[1] - a[1]).map(([id]) => id);
        fc.pre(ideal.length > 0);
        expect(ndcgAtK(ideal, j, kk)).toBeCloseTo(1, 12);
        expect(averagePrecision(ideal, j)).toBeCloseTo(1, 12);
        expect(reciprocalRank(ideal, j)).toBe(1);
        expect(recallAtK(ideal, j, ideal.length)).toBe(1);
      }),
    );
  });

  it("recall never falls as k grows; swapping a relevant id up never lowers NDCG", () => {
    fc.assert(
      fc.property(ids, judged, k, (ranked, j, kk) => {
        expect(recallAtK(ranked, j, kk + 1)).toBeGreaterThanOrEqual(recallAtK(ranked, j, kk));
        const i = ranked.findIndex((id, n) => n > 0 && (j.get(id) ?? 0) > (j.get(ranked[n - 1]) ?? 0));
        fc.pre(i > 0);
        const better = [...ranked];
        [better[i - 1], better[i]] = [better[i], better[i - 1]];
        expect(ndcgAtK(better, j, kk)).toBeGreaterThanOrEqual(ndcgAtK(ranked, j, kk) - 1e-12);
      }),
    );
  });
});
