import { describe, expect, it } from "vitest";
import { TASK_FEATURES } from "../rank/model.js";
import { mulberry32 as prng } from "../util/prng.js";
import { heldOutNdcg, selectRegularization, trainWithSelection } from "./train-select.js";
import type { TrainingQuery } from "./train.js";

function queries(count: number, seed: number, gainOf: (f: Record<string, number>, random: () => number) => number): TrainingQuery[] {
  const random = prng(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 8 }, () => {
      const features = Object.fromEntries(TASK_FEATURES.proposals.map((n) => [n, random()]));
      return { features, gain: gainOf(features, random) };
    }),
  );
}

describe("selectRegularization", () => {
  it("when one feature the prior barely weighs decides the outcome, then a weaker regularization wins on held-out queries", () => {
    const data = queries(200, 4, (f) => (f.screeningAnswers > 0.8 ? 1 : 0));
    const s = selectRegularization("proposals", data);
    expect(s.regularization).toBeLessThan(100);
    expect([s.trainQueries, s.validationQueries]).toEqual([150, 50]);
    const ndcg = new Map(s.validation.map((v) => [v.regularization, v.ndcg]));
    expect(ndcg.get(s.regularization)!).toBeGreaterThan(ndcg.get(100)!);
  });

  it("when outcomes are noise, then the strongest regularization is kept (one-standard-error rule)", () => {
    const data = queries(80, 9, (_f, random) => (random() > 0.8 ? 1 : 0));
    expect(selectRegularization("proposals", data).regularization).toBe(100);
    expect(trainWithSelection("proposals", data).report.regularization).toBe(100);
  });

  it("when nothing is held out, then the given or default strength is used", () => {
    expect(selectRegularization("proposals", [], { regularization: 7 }).regularization).toBe(7);
    expect(selectRegularization("proposals", queries(1, 1, () => 0)).regularization).toBe(10);
  });

  it("heldOutNdcg skips queries with no positive gain and ranks by the weights", () => {
    const q: TrainingQuery = [
      { features: { rating: 0.9 }, gain: 0 },
      { features: { rating: 0.1, bidFit: 1 }, gain: 1 },
    ];
    expect(heldOutNdcg([q, q.map((e) => ({ ...e, gain: 0 }))], { bidFit: 1 }, 10)).toEqual([1]);
    expect(heldOutNdcg([q], { rating: 1 }, 10)).toEqual([1 / Math.log2(3)]);
  });
});
