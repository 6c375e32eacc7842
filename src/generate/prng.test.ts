import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Rng, WeightedSampler, zipfWeights } from "./prng.js";

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.nextUint32());

describe("Rng", () => {
  it("when seeded the same then it yields the same sequence", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(10), fc.nat(), (seed, kind, index) => {
        expect(draws(new Rng(seed, kind, index), 20)).toEqual(draws(new Rng(seed, kind, index), 20));
      }),
    );
  });

  it("when the seed, kind or index differs then the streams differ", () => {
    const base = draws(new Rng(1, 1, 1), 8);
    expect(draws(new Rng(2, 1, 1), 8)).not.toEqual(base);
    expect(draws(new Rng(1, 2, 1), 8)).not.toEqual(base);
    expect(draws(new Rng(1, 1, 2), 8)).not.toEqual(base);
  });

  it("when drawing bounded values then they stay in range", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -50, max: 50 }), (seed, n, lo) => {
        const rng = new Rng(seed);
        for (let k = 0; k < 50; k++) {
          const u = rng.next();
          expect(u >= 0 && u < 1).toBe(true);
          const i = rng.int(n);
          expect(Number.isInteger(i) && i >= 0 && i < n).toBe(true);
          const b = rng.between(lo, lo + n);
          expect(b >= lo && b <= lo + n).toBe(true);
        }
      }),
    );
  });

  it("when drawing many uniforms then their mean is near one half", () => {
    const rng = new Rng(99);
    let sum = 0;
    for (let k = 0; k < 20_000; k++) sum += rng.next();
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
  });

  it("when drawing log-normals then half fall below the median", () => {
    const rng = new Rng(5);
    const below = Array.from({ length: 10_000 }, () => rng.logNormal(30, 0.5)).filter((x) => x < 30).length;
    expect(below / 10_000).toBeGreaterThan(0.47);
    expect(below / 10_000).toBeLessThan(0.53);
  });
});

describe("WeightedSampler", () => {
  it("when a weight is zero then that index is never drawn", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { minLength: 1, maxLength: 20 }), fc.nat(), (weights, seed) => {
        fc.pre(weights.some((w) => w > 0));
        const sampler = new WeightedSampler(weights);
        const rng = new Rng(seed);
        for (let k = 0; k < 100; k++) expect(weights[sampler.sample(rng)]).toBeGreaterThan(0);
      }),
    );
  });

  it("when sampling often then frequencies follow the weights", () => {
    const sampler = new WeightedSampler([1, 3, 6]);
    const rng = new Rng(3);
    const counts = [0, 0, 0];
    for (let k = 0; k < 30_000; k++) counts[sampler.sample(rng)]++;
    expect(counts.map((c) => c / 30_000)).toEqual([expect.closeTo(0.1, 1), expect.closeTo(0.3, 1), expect.closeTo(0.6, 1)]);
  });
});

describe("zipfWeights", () => {
  it("when s = 1 then weight k is 1/k", () => {
    expect(Array.from(zipfWeights(4))).toEqual([1, 1 / 2, 1 / 3, 1 / 4]);
  });
});
