/**
 * The Stack Exchange importer's files are CLI input: an imported real dump must load with no
 * rejected row and rank, as a data team would run it. (Users who had only asked or commented once
 * produced unrankable freelancer rows that stopped the CLI with exit 65.)
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { missingSharedData, sharedDataPath } from "../testing/shared-data.js";
import { runCli } from "./test-harness.js";

describe.skipIf(missingSharedData("stackexchange-cardano"))("bestmatch on an imported Stack Exchange dump", () => {
  let dir = "";
  const file = (name: string) => join(dir, name);
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), "bestmatch-se-")), "out");
    const r = await runCli(["import", "stackexchange", sharedDataPath("stackexchange-cardano")!, "--out", dir, "-q"]);
    expect(r.code).toBe(0);
  });

  it("when the proposals are ranked with --on-invalid fail then every row loads and every job with answers is ranked", async () => {
    const r = await runCli([
      "proposals", "--jobs", file("jobs.csv"), "--freelancers", file("freelancers.csv"), "--reviews", file("reviews.csv"),
      "--proposals", file("proposals.csv"), "--top", "3", "--workers", "1", "-q", "--format", "jsonl",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // outcomes.csv has one row per proposal and no free text: job_id is its first column.
    const answered = new Set(readFileSync(file("outcomes.csv"), "utf8").trim().split("\n").slice(1).map((line) => line.split(",")[0]));
    const ranked = new Set(r.stdout.trim().split("\n").map((line) => JSON.parse(line).jobId));
    expect(ranked).toEqual(answered);
  });

  it("when freelancers are ranked for every question then each list names the question's tags as matched or missing", async () => {
    const r = await runCli(["rank", "--jobs", file("jobs.csv"), "--freelancers", file("freelancers.csv"), "--top", "1", "--workers", "1", "-q", "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const items = r.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(items).toHaveLength(1042);
    for (const item of items) expect(item.matchedSkills.length + item.missingSkills.length).toBeGreaterThan(0);
  });
});
