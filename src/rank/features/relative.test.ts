import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logShareOfBest, rankPercentile, shareOfBest, signalSpread } from "./relative.js";

const values = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 });

describe("query-relative forms", () => {
  it("share of best: the best gets 1, everyone lies in [0, 1], order kept", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const s = signalSpread(xs);
        const shares = xs.map((x) => shareOfBest(x, s));
        for (const v of shares) expect(v >= 0 && v <= 1).toBe(true);
        if (s.max > 0) expect(Math.max(...shares)).toBe(1);
        for (let i = 0; i < xs.length; i++) for (let j = 0; j < xs.length; j++) if (xs[i] > xs[j]) expect(shares[i]).toBeGreaterThanOrEqual(shares[j]);
      }),
    );
  });

  it("rank percentile: mid-rank of ties, strictly monotone in the value, mean 0.5", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const s = signalSpread(xs);
        const p = xs.map((x) => rankPercentile(x, s));
        for (let i = 0; i < xs.length; i++) {
          for (let j = 0; j < xs.length; j++) {
            if (xs[i] > xs[j]) expect(p[i]).toBeGreaterThan(p[j]);
            if (xs[i] === xs[j]) expect(p[i]).toBe(p[j]);
          }
        }
        if (xs.length > 1) expect(p.reduce((a, b) => a + b, 0) / p.length).toBeCloseTo(0.5, 9);
      }),
    );
  });

  it("worked values", () => {
    const s = signalSpread([0, 2, 2, 8]);
    expect(shareOfBest(2, s)).toBe(0.25);
    expect(rankPercentile(8, s)).toBe(1);
    expect(rankPercentile(0, s)).toBe(0);
    expect(rankPercentile(2, s)).toBe(0.5);
    expect(logShareOfBest(2, s)).toBeCloseTo(Math.log(3) / Math.log(9), 12);
    expect(shareOfBest(5, signalSpread([0, 0]))).toBe(0);
  });

  it("counting zeros instead of listing them changes no percentile and no share (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true })), { maxLength: 30 }), fc.nat(20), fc.double({ min: 0, max: 60, noNaN: true }), (xs, zeros, x) => {
        const listed = signalSpread([...xs, ...Array<number>(zeros).fill(0)]);
        const counted = signalSpread(xs.filter((v) => v > 0), zeros + xs.filter((v) => v === 0).length);
        for (const v of [x, 0, ...xs]) {
          expect(rankPercentile(v, counted)).toBe(rankPercentile(v, listed));
          expect(shareOfBest(v, counted)).toBe(shareOfBest(v, listed));
        }
      }),
    );
  });
});
