import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isoDate, num } from "./context.js";

describe("isoDate", () => {
  it("when formatting any instant from 1970 to 2100 then it matches Date#toISOString at second resolution", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(isoDate(ms)).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z"));
      }),
      { numRuns: 2000 },
    );
  });

  it("when formatting a leap day then the date is right", () => {
    expect(isoDate(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe("2024-02-29T23:59:59Z");
  });
});

describe("num", () => {
  it("when rounding then trailing zeros are dropped", () => {
    expect([num(4.5, 2), num(4.567, 2), num(12.4), num(3, 2)]).toEqual(["4.5", "4.57", "12", "3"]);
  });
});
