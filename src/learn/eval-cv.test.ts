import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultModels } from "../rank/model.js";
import { crossValidate, kFoldByQuery, orderExamples } from "./eval-cv.js";
import type { QueryResult } from "./eval-run.js";

describe("kFoldByQuery", () => {
  it("puts every query in exactly one fold, folds differing in size by at most one, reproducibly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 2, max: 10 }), fc.integer({ min: 0, max: 1000 }), (n, k, seed) => {
        const folds = kFoldByQuery(n, k, seed);
        expect(folds).toHaveLength(n);
        expect(folds).toEqual(kFoldByQuery(n, k, seed));
        const sizes = Array.from({ length: k }, (_, f) => folds.filter((x) => x === f).length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
    expect(() => kFoldByQuery(10, 1)).toThrow(RangeError);
  });
});

describe("orderExamples", () => {
  it("orders by the model's weighted sum, ties by id", () => {
    const model = { version: 1, bias: 0, weights: { rating: 1, jobSuccess: 0.5 } };
    const examples = [
      { id: "b", gain: 0, features: { rating: 0.2, jobSuccess: 0.2 } },
      { id: "a", gain: 0, features: { rating: 0.2, jobSuccess: 0.2 } },
      { id: "c", gain: 0, features: { rating: 0.1, jobSuccess: 1 } },
    ];
    expect(orderExamples(examples, model)).toEqual(["c", "a", "b"]);
  });
});

describe("crossValidate", () => {
  // Queries whose relevant candidate is the one with the highest "rating": training should learn it.
  const queries: QueryResult[] = Array.from({ length: 30 }, (_, q) => ({
    id: `j${q}`,
    judgments: new Map([[`j${q}-good`, 2]]),
    values: new Map(),
    examples: [0, 1, 2, 3].map((c) => ({
      id: c === 0 ? `j${q}-good` : `j${q}-c${c}`,
      gain: c === 0 ? 2 : 0,
      features: { rating: c === 0 ? 0.9 : 0.1 * c, requiredSkills: c === 0 ? 0.1 : 0.9 - 0.1 * c },
    })),
  }));

  it("never tests a job on a model trained with it, and every query gets a test ordering", () => {
    const cv = crossValidate("proposals", queries, { folds: 5 });
    for (let f = 0; f < cv.folds; f++) {
      const test = new Set(queries.filter((_, i) => cv.foldOf[i] === f).map((q) => q.id));
      const train = new Set(queries.filter((_, i) => cv.foldOf[i] !== f).map((q) => q.id));
      expect([...test].filter((id) => train.has(id))).toEqual([]);
      expect(cv.models[f].trainQueries + cv.models[f].testQueries).toBe(queries.length);
    }
    expect(cv.orderings.every((o, i) => o.length === queries[i].examples.length)).toBe(true);
  });

  it("learns the signal the default weights miss: the relevant candidate comes first in every test fold", () => {
    const defaultFirst = queries.filter((q) => orderExamples(q.examples, defaultModels.proposals)[0] === `${q.id}-good`).length;
    const cv = crossValidate("proposals", queries, { folds: 3 });
    const trainedFirst = cv.orderings.filter((o, i) => o[0] === `${queries[i].id}-good`).length;
    expect(defaultFirst).toBe(0);
    expect(trainedFirst).toBe(queries.length);
  });
});
