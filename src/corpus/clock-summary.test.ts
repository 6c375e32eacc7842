import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLOCK_MARGIN_MS, CLOCK_MIN_DATES, clockFromSummary, readClock, summarizeClock, type FutureDatesPolicy } from "./clock.js";

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
// Dates around T0, a few far out (outliers) and some before 1970, in sets below and above CLOCK_MIN_DATES.
const date = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: -800, max: 800 }).map((d) => T0 + d * DAY) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30_000 }).map((d) => T0 + d * DAY) },
  { weight: 1, arbitrary: fc.integer({ min: -30_000, max: -20_000 }).map((d) => T0 + d * DAY) },
);
const dates = fc.oneof(fc.array(date, { maxLength: CLOCK_MIN_DATES - 1 }), fc.array(date, { minLength: CLOCK_MIN_DATES, maxLength: 400 }));
const wall = fc.oneof(fc.integer({ min: -1000, max: 40_000 }).map((d) => T0 + d * DAY), fc.constant(T0 + 3 * CLOCK_MARGIN_MS));
const policy = fc.constantFrom<FutureDatesPolicy>("clamp", "reject", "keep");

describe("the clock from a snapshot's summary", () => {
  it("is readClock's reading exactly whenever it gives one (property)", () => {
    fc.assert(
      fc.property(dates, wall, policy, (ts, w, p) => {
        const times = Float64Array.from(ts);
        const fromSummary = clockFromSummary(summarizeClock(times), w, p);
        if (fromSummary) expect(fromSummary).toEqual(readClock(times, w, p));
      }),
      { numRuns: 500 },
    );
  });

  it("gives one in the usual case, data in the past (so a loaded index need not read its dates)", () => {
    fc.assert(
      fc.property(dates, policy, (ts, p) => {
        const times = Float64Array.from(ts);
        const after = Math.max(T0 + 40_000 * DAY, ...ts) + CLOCK_MARGIN_MS;
        expect(clockFromSummary(summarizeClock(times), after, p)).toEqual(readClock(times, after, p));
      }),
    );
  });

  it("survives JSON (a snapshot section): no Infinity in it", () => {
    for (const ts of [[], [T0], Array.from({ length: CLOCK_MIN_DATES }, (_, i) => T0 + i * DAY)]) {
      const s = summarizeClock(Float64Array.from(ts));
      expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    }
  });
});
