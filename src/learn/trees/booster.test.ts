import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../util/prng.js";
import { boost, type BoostQuery } from "./booster.js";
import { queryNdcg } from "./lambdarank.js";
import { compileTrees, predictTrees, validateTreesModel } from "./trees-model.js";

const FEATURES = ["f0", "f1", "f2"];

/**
 * Synthetic queries with a known step function: a candidate is relevant exactly when f1 > 0.6 and
 * f2 < 0.3; f0 is noise.
 */
function queries(count: number, seed: number): BoostQuery[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const n = 30;
    const x = new Float64Array(n * 3);
    const labels = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let f = 0; f < 3; f++) x[i * 3 + f] = random();
      labels[i] = x[i * 3 + 1] > 0.6 && x[i * 3 + 2] < 0.3 ? 1 : 0;
    }
    return { x, labels };
  });
}

describe("boost (LambdaMART)", () => {
  it("when relevance is a threshold function then held-out queries are ordered correctly", () => {
    const { model, report } = boost(queries(150, 1), FEATURES, { maxTrees: 60, minDataInLeaf: 5 });
    expect(report.trees).toBeGreaterThan(0);
    const compiled = compileTrees(model);
    const held = queries(40, 99).filter((q) => q.labels.some((l) => l > 0));
    for (const q of held) {
      const scores = Array.from(q.labels, (_, i) => predictTrees(compiled, q.x.subarray(i * 3, i * 3 + 3)));
      // Every relevant candidate above every other one: NDCG over the whole list is 1.
      expect(queryNdcg(scores, q.labels, q.labels.length)).toBeCloseTo(1, 12);
    }
    // The noise feature is never split on near the root; the model is valid data.
    expect(model.trees[0].nodes[0]).toMatchObject({ feature: expect.stringMatching(/^f[12]$/) });
    expect(validateTreesModel(JSON.parse(JSON.stringify(model)), FEATURES, "model")).toEqual(model);
  });

  it("when trained twice with the same seed then the models are identical; early stopping keeps the best round", () => {
    const data = queries(80, 3);
    const a = boost(data, FEATURES, { subsample: 0.7, seed: 5, maxTrees: 40 });
    const b = boost(data, FEATURES, { subsample: 0.7, seed: 5, maxTrees: 40 });
    expect(a.model).toEqual(b.model);
    const best = Math.max(...a.report.validationCurve);
    expect(a.report.validationCurve[a.report.trees - 1]).toBe(best);
  });
});
