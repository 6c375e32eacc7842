import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTrees, predictTrees } from "../learn/trees/trees-model.js";
import { treesModelArb } from "../testing/tree-arbitraries.js";
import { treesBound } from "./tree-bound.js";

const FEATURES = ["a", "b", "c", "d"];

describe("treesBound", () => {
  it("property: the bound from any subset of known features is >= the score, and equals it when all are known", () => {
    fc.assert(
      fc.property(treesModelArb(FEATURES), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (model, x, known) => {
        const score = predictTrees(compileTrees(model), x);
        const names = FEATURES.filter((_, i) => known[i]);
        const bound = treesBound(model, { names, values: (_, out) => names.forEach((f, k) => (out[k] = x[FEATURES.indexOf(f)])) });
        expect(bound(0)).toBeGreaterThanOrEqual(score);
        const exact = treesBound(model, { names: FEATURES, values: (_, out) => out.set(x) });
        expect(exact(0)).toBeCloseTo(score, 8);
      }),
      { numRuns: 300 },
    );
  });
});
