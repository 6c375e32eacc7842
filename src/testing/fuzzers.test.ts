/** The fuzzers of scripts/fuzz.ts at a few thousand cases each (seeded, so a failure replays). */
import { describe, expect, it } from "vitest";
import { fuzzCsv, fuzzRecords, fuzzSnapshot } from "./fuzzers.js";

describe("fuzzers: a clean result or a BestMatchError, never anything else", () => {
  it("CSV reader", async () => {
    const r = await fuzzCsv(3000, 14);
    expect(r.clean).toBeGreaterThan(0);
    expect(Object.keys(r.errors).length).toBeGreaterThan(0);
  });

  it("record validator", async () => {
    const r = await fuzzRecords(3000, 14);
    expect(r.clean).toBeGreaterThan(0);
    expect(r.errors.INVALID_RECORD).toBeGreaterThan(0);
  });

  it("snapshot reader", async () => {
    const r = await fuzzSnapshot(2000, 14);
    expect(r.clean).toBeGreaterThan(0);
    expect(r.errors.SNAPSHOT_CORRUPT).toBeGreaterThan(0);
  });
});
