/**
 * The generator's CSV is the CLI's input format: generated data must read with no rejects,
 * and every batch command must give identical output with 1 and 2 workers on it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./test-harness.js";

let dir = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bestmatch-gen-"));
  const r = await runCli(["generate", "--freelancers", "250", "--jobs", "40", "--seed", "7", "--out", dir, "-q"]);
  expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
});

describe("bestmatch on generated data", () => {
  const files = () => ({
    jobs: join(dir, "jobs.csv"),
    freelancers: join(dir, "freelancers.csv"),
    reviews: join(dir, "reviews.csv"),
    proposals: join(dir, "proposals.csv"),
  });

  it.each([
    ["rank", (f: ReturnType<typeof files>) => ["rank", "--jobs", f.jobs, "--freelancers", f.freelancers, "--reviews", f.reviews, "--explain"]],
    ["proposals", (f: ReturnType<typeof files>) => ["proposals", "--jobs", f.jobs, "--freelancers", f.freelancers, "--reviews", f.reviews, "--proposals", f.proposals]],
    ["recommend", (f: ReturnType<typeof files>) => ["recommend", "--jobs", f.jobs, "--freelancers", f.freelancers, "--top", "5", "--format", "jsonl"]],
  ])("when %s runs with --workers 2 then its output equals --workers 1, in fail mode (no bad rows)", async (_, args) => {
    const one = await runCli([...args(files()), "--workers", "1", "-q"]);
    const two = await runCli([...args(files()), "--workers", "2", "-q"]);
    expect(one.stderr).toBe("");
    expect(one.code).toBe(0);
    expect(one.stdout.split("\n").length).toBeGreaterThan(50);
    expect(two.stdout).toBe(one.stdout);
  });
});
