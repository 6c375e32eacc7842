import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bootstrapMean, pairedBootstrap } from "./bootstrap.js";

describe("bootstrapMean", () => {
  it("a constant sample has a zero-width interval at its value", () => {
    const ci = bootstrapMean([0.4, 0.4, 0.4]);
    expect(ci.n).toBe(3);
    for (const v of [ci.mean, ci.low, ci.high]) expect(v).toBeCloseTo(0.4, 12);
  });

  it("is reproducible for a seed and moves with another seed", () => {
    const values = Array.from({ length: 50 }, (_, i) => (i * 37) % 11 / 10);
    expect(bootstrapMean(values, { seed: 3 })).toEqual(bootstrapMean(values, { seed: 3 }));
    expect(bootstrapMean(values, { seed: 3 }).low).not.toBe(bootstrapMean(values, { seed: 4 }).low);
  });

  it("matches the normal approximation for a large 0/1 sample (half ones: mean ± 1.96 * 0.5 / sqrt(n))", () => {
    const n = 400;
    const values = Array.from({ length: n }, (_, i) => i % 2);
    const ci = bootstrapMean(values, { resamples: 2000 });
    const half = 1.96 * 0.5 / Math.sqrt(n);
    expect(ci.mean).toBe(0.5);
    expect(ci.low).toBeCloseTo(0.5 - half, 2);
    expect(ci.high).toBeCloseTo(0.5 + half, 2);
  });

  it("a wider level gives a wider interval; no values gives NaN; bad options are rejected", () => {
    const values = [0, 1, 0.5, 0.2, 0.9, 0.3];
    const narrow = bootstrapMean(values, { level: 0.5 });
    const wide = bootstrapMean(values, { level: 0.99 });
    expect(wide.low).toBeLessThanOrEqual(narrow.low);
    expect(wide.high).toBeGreaterThanOrEqual(narrow.high);
    expect(bootstrapMean([]).low).toBeNaN();
    expect(() => bootstrapMean(values, { level: 1 })).toThrow(RangeError);
    expect(() => bootstrapMean(values, { resamples: 0 })).toThrow(RangeError);
  });

  it("the interval lies within the range of the sample", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const ci = bootstrapMean(values, { resamples: 200 });
        expect(ci.low).toBeGreaterThanOrEqual(Math.min(...values) - 1e-12);
        expect(ci.high).toBeLessThanOrEqual(Math.max(...values) + 1e-12);
        expect(ci.low).toBeLessThanOrEqual(ci.high);
      }),
      { numRuns: 50 },
    );
  });
});

describe("pairedBootstrap", () => {
  it("a system better on every query by 0.1 has the difference interval [0.1, 0.1], though both per-system intervals overlap", () => {
    const b = Array.from({ length: 40 }, (_, i) => (i % 10) / 12);
    const a = b.map((x) => x + 0.1);
    const diff = pairedBootstrap(a, b);
    expect(diff.mean).toBeCloseTo(0.1, 12);
    expect(diff.low).toBeCloseTo(0.1, 12);
    expect(diff.high).toBeCloseTo(0.1, 12);
    expect(bootstrapMean(a).low).toBeLessThan(bootstrapMean(b).high);
  });

  it("rejects unpaired lengths", () => {
    expect(() => pairedBootstrap([1, 2], [1])).toThrow(RangeError);
  });
});
