import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCell } from "./cell.js";
import { FREELANCER_COLUMNS, JOB_COLUMNS, type ColumnSpec } from "./columns.js";
import { listCell } from "./csv-write.js";

const spec = (name: string, specs: readonly ColumnSpec[] = FREELANCER_COLUMNS) => specs.find((s) => s.name === name)!;

describe("parseCell", () => {
  it.each([
    ["hourly_rate", "42.5", 42.5],
    ["hourly_rate", " 7 ", 7],
    ["hourly_rate", "1e2", 100],
    ["review_count", "12", 12],
    ["experience_level", "Expert", "expert"],
    ["languages", "English; German ;", ["English", "German"]],
    ["languages", '["a;b", "c"]', ["a;b", "c"]],
    ["skills", '[{"name":"React","level":"expert"}]', [{ name: "React", level: "expert" }]],
    ["last_active_at", "2024-05-01", "2024-05-01"],
    ["last_active_at", "2024-05-01 10:00:00+02:00", "2024-05-01T10:00:00+02:00"],
  ])("when %s is %j then the value is %j", (column, raw, expected) => {
    expect(parseCell(spec(column), raw)).toEqual({ kind: "value", value: expected });
  });

  it.each([
    ["client_payment_verified", "yes", true],
    ["client_payment_verified", "FALSE", false],
    ["client_payment_verified", "0", false],
  ])("when boolean %s is %j then %j", (column, raw, expected) => {
    expect(parseCell(spec(column, JOB_COLUMNS), raw)).toEqual({ kind: "value", value: expected });
  });

  it.each([
    ["hourly_rate", "12abc", "is not a number", "a number from 0 to 10000"],
    ["hourly_rate", "-5", "is out of range", "a number from 0 to 10000"],
    ["rating", "5.5", "is out of range", "a number from 1 to 5"],
    ["review_count", "3.5", "is not an integer", "an integer >= 0"],
    ["experience_level", "guru", "has an unknown value", "one of entry, intermediate, expert"],
    ["last_active_at", "05/01/2024", "is not an ISO 8601 date", "a date like 2024-05-01 or 2024-05-01T10:00:00Z"],
    ["last_active_at", "2024-13-45", "is not an ISO 8601 date", "a date like 2024-05-01 or 2024-05-01T10:00:00Z"],
    ["languages", "[1, 2]", "has an item of the wrong type", 'items separated by ";" or "," or a JSON array of strings'],
    ["languages", "[oops", "is not a valid JSON array", 'items separated by ";" or "," or a JSON array of strings'],
  ])("when %s is %j then the problem is %j", (column, raw, reason, expected) => {
    expect(parseCell(spec(column), raw)).toEqual({ kind: "problem", reason, expected });
  });

  it("when a cell is empty or blank then it is absent, whatever the type", () => {
    for (const s of FREELANCER_COLUMNS) {
      expect(parseCell(s, "")).toEqual({ kind: "absent" });
      expect(parseCell(s, "  ")).toEqual({ kind: "absent" });
    }
  });

  it("when a list is written with listCell then parseCell reads the same items back", () => {
    const item = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== "");
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), (items) => {
        expect(parseCell(spec("languages"), listCell(items))).toEqual({ kind: "value", value: items });
      }),
    );
  });
});
