import { describe, expect, it } from "vitest";
import { inverseMaxDcg, lambdaRankGradients, lambdaRankLoss, queryNdcg } from "./lambdarank.js";

// A small query: six candidates, distinct scores, graded labels with ties (hired 2, interviewed 1).
const scores = [0.3, -0.2, 1.1, 0.05, -0.7, 0.6];
const labels = [2, 0, 0, 1, 1, 0];

describe("lambdaRankGradients", () => {
  it.each([
    ["full list", { truncation: 20, sigma: 1 }],
    ["truncated at 3", { truncation: 3, sigma: 1 }],
    ["steeper sigmoid", { truncation: 20, sigma: 2.5 }],
  ])("when %s then gradients and hessians match finite differences of the smoothed loss", (_, options) => {
    const grad = new Float64Array(scores.length);
    const hess = new Float64Array(scores.length);
    lambdaRankGradients(scores, labels, grad, hess, options);
    const h = 1e-5;
    for (let i = 0; i < scores.length; i++) {
      const at = (d: number) => lambdaRankLoss(scores.map((s, j) => (j === i ? s + d : s)), labels, options, scores);
      const first = (at(h) - at(-h)) / (2 * h);
      const second = (at(h) - 2 * at(0) + at(-h)) / (h * h);
      expect(grad[i]).toBeCloseTo(first, 7);
      expect(hess[i]).toBeCloseTo(second, 4);
    }
    // Pairwise lambdas cancel: what one member gains the other loses.
    expect(grad.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    // The hired candidate (label 2) ranked 3rd is pushed up; the top-scored non-relevant one down.
    expect(grad[0]).toBeLessThan(0);
    expect(grad[2]).toBeGreaterThan(0);
  });

  it("when every label is equal then nothing is learned", () => {
    const grad = new Float64Array(3);
    const hess = new Float64Array(3);
    lambdaRankGradients([1, 2, 3], [0, 0, 0], grad, hess);
    expect([...grad, ...hess]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("NDCG uses gain 2^g - 1 and discount 1/log2(1 + position)", () => {
    // Order by score: idx 2 (0), 5 (0), 0 (2), 3 (1), 1 (0), 4 (1).
    const dcg = 3 / Math.log2(4) + 1 / Math.log2(5) + 1 / Math.log2(7);
    const ideal = 3 / Math.log2(2) + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(inverseMaxDcg(labels, 10)).toBeCloseTo(1 / ideal, 12);
    expect(queryNdcg(scores, labels, 10)).toBeCloseTo(dcg / ideal, 12);
  });
});
