import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BestMatchError } from "../errors.js";
import { defaultModels, TASK_FEATURES, validateModel, type LinearModel } from "../rank/model.js";
import { mulberry32 as prng } from "../util/prng.js";
import { trainModel, type TrainingQuery } from "./train.js";

const PROPOSAL_FEATURES: readonly string[] = TASK_FEATURES.proposals;

/** Queries of `size` candidates with seeded random features; gain from `gainOf`. */
function syntheticQueries(count: number, size: number, seed: number, gainOf: (f: Record<string, number>) => number): TrainingQuery[] {
  const random = prng(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: size }, () => {
      const features = Object.fromEntries(PROPOSAL_FEATURES.map((n) => [n, random()]));
      return { features, gain: gainOf(features) };
    }),
  );
}

// Gain depends only on bidFit, a feature the defaults weigh at 0.08: the hire is the best bid.
const byBidFit = (queries: TrainingQuery[]): TrainingQuery[] =>
  queries.map((q) => {
    const best = Math.max(...q.map((e) => e.features.bidFit));
    return q.map((e) => ({ ...e, gain: e.features.bidFit === best ? 2 : e.features.bidFit > 0.6 ? 1 : 0 }));
  });

describe("trainModel", () => {
  it("when the gain depends on one feature only, then that feature's weight dominates", () => {
    // From equal weights: the shipped defaults already weigh bidFit (learned), which would prove nothing.
    const equal = { version: 1, bias: 0, weights: Object.fromEntries(PROPOSAL_FEATURES.map((f) => [f, 1 / PROPOSAL_FEATURES.length])) };
    const { model, report } = trainModel("proposals", byBidFit(syntheticQueries(200, 8, 7, () => 0)), { prior: equal });
    const others = PROPOSAL_FEATURES.filter((n) => n !== "bidFit").map((n) => model.weights[n]);
    expect(model.weights.bidFit).toBeGreaterThan(0.4);
    expect(model.weights.bidFit).toBeGreaterThan(4 * Math.max(...others));
    expect(report.ndcgAfter).toBeGreaterThan(report.ndcgBefore);
    expect(report.lossAfter).toBeLessThan(report.lossBefore);
    expect(report.converged).toBe(true);
  });

  it("when trained twice on the same queries, then the model and report are identical", () => {
    const queries = byBidFit(syntheticQueries(30, 40, 3, () => 0));
    const a = trainModel("proposals", queries, { maxPairsPerQuery: 25 });
    const b = trainModel("proposals", queries, { maxPairsPerQuery: 25 });
    expect(b).toEqual(a);
    expect(a.report.pairs).toBe(30 * 25);
  });

  it("when no pair has differing gains, then the prior's weights come back unchanged", () => {
    const flat = syntheticQueries(5, 6, 1, () => 1);
    for (const queries of [[], flat]) {
      const { model, report } = trainModel("proposals", queries);
      const prior = (validateModel(defaultModels.proposals, "proposals") as LinearModel).weights;
      for (const [f, w] of Object.entries(prior)) expect(model.weights[f]).toBeCloseTo(w, 12);
      expect(report.pairs).toBe(0);
    }
    expect(trainModel("proposals", flat).report.ndcgQueries).toBe(5);
  });

  it("when the data is a single query, then regularization keeps the weights near the prior; more data moves them further", () => {
    const distance = (n: number) => {
      const { model } = trainModel("proposals", byBidFit(syntheticQueries(n, 8, 11, () => 0)));
      return PROPOSAL_FEATURES.reduce((s, f) => s + Math.abs(model.weights[f] - (defaultModels.proposals.weights[f] ?? 0)), 0);
    };
    expect(distance(1)).toBeLessThan(0.2);
    expect(distance(1)).toBeLessThan(distance(300) / 2);
  });

  it("when weights may be negative, then a feature that predicts failure gets a negative weight", () => {
    const queries = syntheticQueries(200, 8, 5, (f) => (f.rating < 0.3 ? 1 : 0));
    expect(trainModel("proposals", queries, { nonNegative: false }).model.weights.rating).toBeLessThan(0);
    expect(trainModel("proposals", queries).model.weights.rating).toBe(0);
  });

  it("rejects an unknown feature, naming it", () => {
    const queries = [[{ features: { rating: 1, charisma: 0.5 }, gain: 1 }]];
    expect(() => trainModel("proposals", queries)).toThrow(BestMatchError);
    try {
      trainModel("proposals", queries);
    } catch (e) {
      expect((e as BestMatchError).code).toBe("INVALID_INPUT");
      expect((e as BestMatchError).message).toContain('"charisma"');
    }
  });

  it("property: any queries give a valid model with non-negative weights summing to 1 (or the prior)", () => {
    const example = fc.record({
      features: fc.record(Object.fromEntries(TASK_FEATURES.jobs.map((n) => [n, fc.double({ min: 0, max: 1, noNaN: true })]))),
      gain: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(example, { maxLength: 6 }), { maxLength: 6 }), (queries) => {
        const { model } = trainModel("jobs", queries, { maxIterations: 20 });
        expect(validateModel(model, "jobs")).toEqual(model);
        const weights = Object.values(model.weights);
        expect(weights.every((w) => w >= 0)).toBe(true);
        expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
      }),
      { numRuns: 60 },
    );
  });
});
