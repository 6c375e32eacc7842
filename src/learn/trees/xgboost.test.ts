import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mulberry32 } from "../../util/prng.js";
import { boost, type BoostQuery } from "./booster.js";
import { compileTrees, predictTrees, validateTreesModel, type TreesModel } from "./trees-model.js";
import { fromXgboostDump, toXgboostDump } from "./xgboost.js";

const FEATURES = ["alpha", "beta", "gamma", "delta"];

function trained(): TreesModel {
  const random = mulberry32(7);
  const queries: BoostQuery[] = Array.from({ length: 60 }, () => {
    const x = Float64Array.from({ length: 25 * 4 }, () => random());
    const labels = Float64Array.from({ length: 25 }, (_, i) => (x[i * 4] + 0.5 * x[i * 4 + 2] > 1 ? 2 : x[i * 4 + 3] > 0.8 ? 1 : 0));
    return { x, labels };
  });
  return { ...boost(queries, FEATURES, { maxTrees: 25, minDataInLeaf: 5 }).model, base: 0.25 };
}

/**
 * Scores a dump from XGBoost's semantics alone, written apart from the library's scorer: walk each
 * nested tree from the root, `value < split_condition` to the child whose nodeid is `yes`, otherwise
 * `no`, NaN to `missing`, and add the leaves.
 */
function evaluateDump(dump: unknown, values: Record<string, number>): number {
  let total = 0;
  for (const tree of dump as Array<Record<string, any>>) {
    let node = tree;
    while (node.leaf === undefined) {
      const v = values[node.split];
      const next = Number.isNaN(v) ? node.missing : v < node.split_condition ? node.yes : node.no;
      node = node.children.find((c: { nodeid: number }) => c.nodeid === next);
    }
    total += node.leaf;
  }
  return total;
}

describe("XGBoost JSON dump", () => {
  const model = trained();
  const dump = JSON.parse(JSON.stringify(toXgboostDump(model)));

  it("when exported and imported then the model is the same (thresholds bit for bit)", () => {
    expect(fromXgboostDump(dump, { features: FEATURES })).toEqual(validateTreesModel(JSON.parse(JSON.stringify(model)), FEATURES, "model"));
    // get_dump's list of strings reads the same.
    expect(fromXgboostDump(dump.map((t: unknown) => JSON.stringify(t)), { features: FEATURES })).toEqual(fromXgboostDump(dump, { features: FEATURES }));
  });

  it("property: an independent evaluator of the dump gives the library's scores", () => {
    const compiled = compileTrees(model);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), (x) => {
        const values = Object.fromEntries(FEATURES.map((f, i) => [f, x[i]]));
        expect(evaluateDump(dump, values)).toBeCloseTo(predictTrees(compiled, x), 12);
      }),
      { numRuns: 500 },
    );
  });

  it("when splits are named f0..fN then they map to the given feature order; a leaf-only tree is the base", () => {
    const imported = fromXgboostDump(
      [
        { nodeid: 0, depth: 0, split: "f1", split_condition: 0.5, yes: 2, no: 1, missing: 1, cover: 10, children: [{ nodeid: 1, leaf: 0.4, cover: 6 }, { nodeid: 2, leaf: -0.4, cover: 4 }] },
        { nodeid: 0, leaf: 0.1 },
      ],
      { features: ["a", "b"] },
    );
    expect(imported).toEqual({ type: "trees", version: 1, base: 0.1, features: ["a", "b"], trees: [{ nodes: [{ feature: "b", threshold: 0.5, left: 1, right: 2, missing: 2, cover: 10 }, { leaf: -0.4, cover: 4 }, { leaf: 0.4, cover: 6 }] }] });
  });

  it.each([
    [[{ nodeid: 0, depth: 0, split: "zeta", split_condition: 1, yes: 1, no: 2, cover: 2, children: [{ nodeid: 1, leaf: 1, cover: 1 }, { nodeid: 2, leaf: 0, cover: 1 }] }], "[0].split", 'unknown feature "zeta"'],
    [[{ nodeid: 0, depth: 0, split: "a", split_condition: 1, yes: 1, no: 2, cover: 2, children: [{ nodeid: 1, leaf: 1 }, { nodeid: 2, leaf: 0, cover: 1 }] }], "[0].children[0].cover", "with_stats=True"],
    [[{ nodeid: 0, depth: 0, split: "a", split_condition: 1, yes: 1, no: 3, cover: 2, children: [{ nodeid: 1, leaf: 1, cover: 1 }, { nodeid: 2, leaf: 0, cover: 1 }] }], "[0].no", "no names no child"],
    [{ trees: [] }, undefined, "must be an array of trees"],
  ])("when the dump is wrong then INVALID_MODEL names the field (%#)", (bad, field, message) => {
    expect(() => fromXgboostDump(bad, { features: ["a", "b"] })).toThrow(expect.objectContaining({ code: "INVALID_MODEL", field, message: expect.stringContaining(message) }));
  });
});
