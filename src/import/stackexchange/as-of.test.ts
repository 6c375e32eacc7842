import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snapshotsAsOf } from "./as-of.js";

describe("snapshotsAsOf", () => {
  it("when rows are delta-encoded then each id gets its row with the greatest cut at or before the date", () => {
    const row = fc.record({ id: fc.constantFrom("u1", "u2", "u3"), cutDate: fc.integer({ min: 0, max: 50 }), tag: fc.nat() });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => `${r.id}@${r.cutDate}`, maxLength: 30 }), fc.integer({ min: -5, max: 55 }), (rows, at) => {
        // Brute-force oracle: per id, the maximum cut among rows with cut <= at.
        const expected = ["u1", "u2", "u3"].flatMap((id) => {
          const eligible = rows.filter((r) => r.id === id && r.cutDate <= at);
          if (eligible.length === 0) return [];
          const best = Math.max(...eligible.map((r) => r.cutDate));
          return eligible.filter((r) => r.cutDate === best);
        });
        expect(snapshotsAsOf(rows, at)).toEqual(expected);
      }),
    );
  });

  it("when cut dates are ISO strings then a job posted mid-day sees that day's cut but not the next", () => {
    const rows = [
      { id: "u1", cutDate: "2021-05-02T00:00:00.000Z", v: 1 },
      { id: "u1", cutDate: "2021-05-03T00:00:00.000Z", v: 2 },
    ];
    expect(snapshotsAsOf(rows, "2021-05-02T23:59:59.999Z").map((r) => r.v)).toEqual([1]);
    expect(snapshotsAsOf(rows, "2021-05-03T00:00:00.000Z").map((r) => r.v)).toEqual([2]);
    expect(snapshotsAsOf(rows, "2021-05-01T12:00:00.000Z")).toEqual([]);
  });
});
