/** The default ranker count: never more than the cores, never more than one per MIN_SUBJECTS_PER_WORKER subjects. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_SUBJECTS_PER_WORKER, defaultWorkerCount } from "./worker-count.js";

describe("defaultWorkerCount", () => {
  it("property: between 1 and the cores, one ranker per MIN_SUBJECTS_PER_WORKER subjects, non-decreasing in the batch length", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(10_000), fc.integer({ min: 1, max: 256 }), (subjects, more, cores) => {
        const n = defaultWorkerCount(subjects, cores);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(cores);
        if (n > 1) expect(subjects).toBeGreaterThanOrEqual(n * MIN_SUBJECTS_PER_WORKER);
        if (subjects >= cores * MIN_SUBJECTS_PER_WORKER) expect(n).toBe(cores);
        expect(defaultWorkerCount(subjects + more, cores)).toBeGreaterThanOrEqual(n);
      }),
    );
  });

  it("on 2 cores: one thread below 2 x MIN_SUBJECTS_PER_WORKER subjects, two from there", () => {
    expect(defaultWorkerCount(2 * MIN_SUBJECTS_PER_WORKER - 1, 2)).toBe(1);
    expect(defaultWorkerCount(2 * MIN_SUBJECTS_PER_WORKER, 2)).toBe(2);
    expect(defaultWorkerCount(0, 2)).toBe(1);
  });
});
