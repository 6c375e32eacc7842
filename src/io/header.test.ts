import { describe, expect, it } from "vitest";
import { BestMatchError } from "../errors.js";
import { FREELANCER_COLUMNS, JOB_COLUMNS, REVIEW_COLUMNS } from "./columns.js";
import { columnForField, headerKey, mapHeader } from "./header.js";

describe("mapHeader", () => {
  it("when headers use snake_case, camelCase, other case or an alias then each maps to its spec", () => {
    const m = mapHeader(["\uFEFFID", "hourlyRate", "Experience_Level", "rate_x", "JSS"], FREELANCER_COLUMNS, "f.csv");
    expect(m.columns.map((c) => c?.field)).toEqual(["id", "hourlyRate", "experienceLevel", undefined, "jobSuccess"]);
    expect(m.names[0]).toBe("ID");
    expect(m.unknown).toEqual(["rate_x"]);
  });

  it("when a dotted record field is used as a header then it maps to the prefixed column", () => {
    const m = mapHeader(["id", "client.paymentVerified", "budget_min"], JOB_COLUMNS, "j.csv");
    expect(m.columns.map((c) => c?.name)).toEqual(["id", "client_payment_verified", "budget_min"]);
  });

  it("when a name is a column of its own and an alias of another then the column wins", () => {
    // In jobs, created_at is an alias of posted_at; in reviews it is the column itself.
    const m = mapHeader(["id", "freelancer_id", "rating", "created_at"], REVIEW_COLUMNS, "r.csv");
    expect(m.columns[3]?.field).toBe("createdAt");
  });

  it("when a required column is missing then the error lists the columns found and required", () => {
    let error: unknown;
    try {
      mapHeader(["name", "freelancer_id"], REVIEW_COLUMNS, "reviews.csv");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BestMatchError);
    const e = error as BestMatchError;
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.file).toBe("reviews.csv");
    expect(e.line).toBe(1);
    expect(e.message).toContain("missing required columns id, rating; found: name, freelancer_id");
    expect(e.message).toContain("expected columns id, freelancer_id, rating");
  });

  it("when two headers give the same column then it is an error naming both", () => {
    expect(() => mapHeader(["id", "freelancer_id"], FREELANCER_COLUMNS, "f.csv")).toThrow(/columns "id" and "freelancer_id" both give id/);
  });

  it("when asked for a field's column then it returns the header as written", () => {
    const m = mapHeader(["ID", "Budget_Min"], JOB_COLUMNS, "j.csv");
    expect(columnForField(m, "budget.min")).toBe("Budget_Min");
    expect(columnForField(m, "skills[2].name")).toBe("skills");
  });

  it("when keys are normalized then case, underscores, dots and spaces do not matter", () => {
    expect(new Set(["hourly_rate", "hourlyRate", "Hourly Rate", "HOURLY-RATE"].map(headerKey)).size).toBe(1);
  });
});
