import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kthSmallest } from "./select.js";

describe("kthSmallest", () => {
  // -0 and 0 compare equal here and in stage one; the sorted reference would tell them apart.
  it("equals the k-th value of the sorted array, also with many ties", () => {
    const values = fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v))), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(values, fc.nat(), (list, pick) => {
        const k = pick % list.length;
        const sorted = Float64Array.from(list).sort();
        expect(kthSmallest(Float64Array.from(list), k)).toBe(sorted[k]);
      }),
      { numRuns: 500 },
    );
  });

  it("rejects a k outside the array", () => {
    expect(() => kthSmallest(Float64Array.from([1, 2]), 2)).toThrow(RangeError);
  });
});
