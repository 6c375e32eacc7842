import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compileTrees, predictTrees, type TreesModel } from "./trees-model.js";
import { treesModelArb } from "../../testing/tree-arbitraries.js";
import { expectedValue, shapValues } from "./tree-shap.js";

const FEATURES = ["a", "b", "c", "d"];
const modelArb = (features: number, maxTrees: number) => treesModelArb(FEATURES.slice(0, features), maxTrees);

/** v(S): the path-dependent expectation with the features in S following x (the game TreeSHAP solves). */
function coalitionValue(model: TreesModel, x: number[], known: Set<number>): number {
  let total = model.base;
  for (const { nodes } of model.trees) {
    const walk = (n: number): number => {
      const node = nodes[n];
      if ("leaf" in node) return node.leaf;
      const f = node.feature as number;
      if (known.has(f)) return walk(x[f] < node.threshold ? node.left : node.right);
      const l = nodes[node.left].cover;
      const r = nodes[node.right].cover;
      return (l / (l + r)) * walk(node.left) + (r / (l + r)) * walk(node.right);
    };
    total += walk(0);
  }
  return total;
}

/** Shapley values by enumerating every subset: exponential, for a few features only. */
function bruteForceShapley(model: TreesModel, x: number[]): number[] {
  const m = model.features.length;
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  return model.features.map((_, i) => {
    let phi = 0;
    for (let mask = 0; mask < 1 << m; mask++) {
      if (mask & (1 << i)) continue;
      const s = new Set<number>();
      for (let j = 0; j < m; j++) if (mask & (1 << j)) s.add(j);
      const weight = (factorial(s.size) * factorial(m - s.size - 1)) / factorial(m);
      const withI = new Set(s).add(i);
      phi += weight * (coalitionValue(model, x, withI) - coalitionValue(model, x, s));
    }
    return phi;
  });
}

const inputArb = (features: number) => fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: features, maxLength: features });

describe("TreeSHAP", () => {
  it("property: expected value + contributions = model output within 1e-9, for random ensembles and inputs", () => {
    fc.assert(
      fc.property(modelArb(4, 8), inputArb(4), (model, x) => {
        const compiled = compileTrees(model);
        const phi = shapValues(compiled, x);
        const sum = expectedValue(compiled) + phi.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - predictTrees(compiled, x))).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("property: equals brute-force Shapley values of the path-dependent game on small trees", () => {
    fc.assert(
      fc.property(modelArb(3, 3), inputArb(3), (model, x) => {
        const phi = shapValues(compileTrees(model), x);
        const brute = bruteForceShapley(model, x);
        brute.forEach((b, i) => expect(Math.abs(phi[i] - b)).toBeLessThan(1e-9));
      }),
      { numRuns: 300 },
    );
  });

  it("when a stump splits on one feature then that feature gets the whole difference from the expectation", () => {
    // 30 of 100 training items went left (leaf 1), 70 right (leaf 0): expected 0.3; x goes left.
    const model: TreesModel = { type: "trees", version: 1, base: 0.5, features: ["a", "b"], trees: [{ nodes: [{ feature: "a", threshold: 0.5, left: 1, right: 2, cover: 100 }, { leaf: 1, cover: 30 }, { leaf: 0, cover: 70 }] }] };
    const c = compileTrees(model);
    expect(expectedValue(c)).toBeCloseTo(0.8, 12);
    expect([...shapValues(c, [0.2, 0.9])]).toEqual([expect.closeTo(0.7, 12), 0]);
  });
});
