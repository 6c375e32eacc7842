import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOUND_EPSILON, NO_BOUND, scoreByBound, slackOf } from "./prune.js";
import { MODEL_FORMAT_VERSION } from "./model.js";

/** The `keep` best of `docs` by score desc, then doc asc: what scoring everyone would return. */
function fullTop(docs: number[], score: (d: number) => number, keep: number): number[] {
  return [...docs].sort((a, b) => score(b) - score(a) || a - b).slice(0, keep);
}

describe("scoreByBound", () => {
  it("returns every candidate of the exact top `keep`, whatever valid bounds it is given", () => {
    const caseArb = fc
      .array(fc.record({ score: fc.integer({ min: 0, max: 20 }), slack: fc.integer({ min: 0, max: 10 }) }), { maxLength: 60 })
      .chain((rows) => fc.tuple(fc.constant(rows), fc.integer({ min: 0, max: rows.length + 2 })));
    fc.assert(
      fc.property(caseArb, ([rows, keep]) => {
        // Integer scores / 10 make ties common, the case a wrong stop rule gets wrong.
        const docs = rows.map((_, i) => i);
        const score = (d: number) => rows[d].score / 10;
        const scored = scoreByBound(docs, (d) => score(d) + rows[d].slack / 10, (d) => ({ candidate: d, score: score(d) }), keep);
        expect(new Set(scored).size).toBe(scored.length);
        expect(fullTop(scored, score, keep)).toEqual(fullTop(docs, score, keep));
      }),
      { numRuns: 300 },
    );
  });

  it("with NO_BOUND (tree models) scores every candidate, so the top is exact", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (scores, keep) => {
        const docs = scores.map((_, i) => i);
        const scored = scoreByBound(docs, NO_BOUND, (d) => ({ candidate: d, score: scores[d] / 10 }), keep);
        expect([...scored].sort((a, b) => a - b)).toEqual(docs);
      }),
      { numRuns: 100 },
    );
  });

  it("stops early when bounds are tight", () => {
    const docs = Array.from({ length: 1000 }, (_, i) => i);
    const calls: number[] = [];
    scoreByBound(docs, (d) => d, (d) => (calls.push(d), { candidate: d, score: d }), 10);
    // Exact bounds: the ten best are scored, then the eleventh bound is already below them.
    expect(calls).toEqual([999, 998, 997, 996, 995, 994, 993, 992, 991, 990]);
  });
});

describe("slackOf", () => {
  it("sums the positive weights of features outside the exact set", () => {
    const model = { version: MODEL_FORMAT_VERSION, bias: 0, weights: { a: 0.5, b: 0.25, c: -0.1, d: 0.125 } };
    expect(slackOf(model, new Set(["a"]))).toBe(0.375);
    expect(slackOf(model, new Set(["a", "b", "c", "d"]))).toBe(0);
    expect(BOUND_EPSILON).toBeGreaterThan(0);
  });
});
