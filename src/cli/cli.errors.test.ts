/**
 * Every error path: the message names file, line, column and value, the exit code is the
 * documented one, and a failed run writes nothing (and leaves an existing output intact).
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TAXONOMY, fixture, golden, runCli } from "./test-harness.js";

const tmp = () => mkdtempSync(join(tmpdir(), "bestmatch-cli-"));
const rank = (freelancers: string, ...more: string[]) => [
  "rank",
  "--jobs",
  fixture("jobs.csv"),
  "--freelancers",
  freelancers,
  ...TAXONOMY,
  "--workers",
  "1",
  "-q",
  ...more,
];

describe("bestmatch bad input", () => {
  it("when an input file is missing then exit 66 and the message names the file", async () => {
    const r = await runCli(rank(fixture("nope.csv")));
    expect(r.code).toBe(66);
    expect(r.stderr).toBe("bestmatch: error: fixtures/cli/nope.csv: file not found\n");
    expect(r.stdout).toBe("");
  });

  it("when an input path is a folder then exit 66", async () => {
    const r = await runCli(rank("fixtures/cli"));
    expect(r.code).toBe(66);
    expect(r.stderr).toContain("fixtures/cli: is a folder, not a file");
  });

  it.skipIf(process.getuid?.() === 0)("when an input file is unreadable then exit 66 and permission denied", async () => {
    const d = tmp();
    const path = join(d, "f.csv");
    writeFileSync(path, "id,title\nf1,Dev\n");
    chmodSync(path, 0o000);
    const r = await runCli(rank(path));
    expect(r.code).toBe(66);
    expect(r.stderr).toContain(`${path}: permission denied`);
  });

  it("when a required column is missing then exit 65 and the message lists the columns found and required", async () => {
    const r = await runCli(rank(fixture("freelancers-missing-id.csv")));
    expect(r.code).toBe(65);
    expect(r.stderr.split("\n")[0]).toBe(
      "bestmatch: error: fixtures/cli/freelancers-missing-id.csv:1: missing required column id; found: name, title, skills, hourly_rate; expected columns id (optional: title, overview, skills, hourly_rate, experience_level, hours_per_week, country, timezone, languages, rating, review_count, job_success, completed_jobs, total_earnings, last_active_at, created_at)",
    );
  });

  it("when a row has a wrong type in fail mode then exit 65, the message names file, line, record, column and value, and no output is written", async () => {
    const d = tmp();
    const out = join(d, "matches.csv");
    writeFileSync(out, "previous run\n");
    const r = await runCli(rank(fixture("freelancers-bad-rows.csv"), "--out", out));
    expect(r.code).toBe(65);
    expect(r.stderr.split("\n")[0]).toBe(
      'bestmatch: error: fixtures/cli/freelancers-bad-rows.csv:3, record "f2", field "hourly_rate": is not a number (got "sixty"); expected a number from 0 to 10000',
    );
    expect(r.stderr).toContain("--on-invalid skip --rejects rejects.csv");
    expect(readFileSync(out, "utf8")).toBe("previous run\n");
    expect(readdirSync(d)).toEqual(["matches.csv"]);
  });

  it("when a multi-line record precedes a bad row then the line number is the bad record's first line", async () => {
    const r = await runCli(["rank", "--jobs", fixture("jobs-multiline-bad.csv"), "--freelancers", fixture("freelancers.csv"), ...TAXONOMY, "-q"]);
    expect(r.code).toBe(65);
    expect(r.stderr.split("\n")[0]).toBe(
      'bestmatch: error: fixtures/cli/jobs-multiline-bad.csv:7, record "j3", field "budget_min": is not a number (got "lots"); expected a number from 0 to 1000000000',
    );
  });

  it("when --on-invalid skip then every bad row goes to --rejects with its reason, the count is printed, and the rest is ranked", async () => {
    const d = tmp();
    const rejects = join(d, "rejects.csv");
    const out = join(d, "matches.csv");
    const r = await runCli(rank(fixture("freelancers-bad-rows.csv"), "--on-invalid", "skip", "--rejects", rejects, "--out", out));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`skipped 6 invalid rows (details in ${rejects})\n`);
    const text = readFileSync(rejects, "utf8");
    expect(text).toBe(golden("rejects.csv", text));
    // f1 and f7 survive; nothing else is ranked.
    const ranked = new Set(readFileSync(out, "utf8").trimEnd().split("\n").slice(1).map((l) => l.split(",")[2]));
    expect(ranked).toEqual(new Set(["f1", "f7"]));
  });

  it("when --on-invalid skip without --rejects then each skipped row is printed to stderr", async () => {
    const r = await runCli(rank(fixture("freelancers-bad-rows.csv"), "--on-invalid", "skip"));
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('skipped: fixtures/cli/freelancers-bad-rows.csv:3, record "f2", field "hourly_rate": is not a number (got "sixty"); expected a number from 0 to 10000');
    expect(lines[6]).toBe("skipped 6 invalid rows");
  });

  it("when a proposal names an unknown job then exit 65 naming file, line, column and value", async () => {
    const r = await runCli(["proposals", "--jobs", fixture("jobs.csv"), "--proposals", fixture("proposals-unknown-job.csv"), "--freelancers", fixture("freelancers.csv"), ...TAXONOMY, "-q"]);
    expect(r.code).toBe(65);
    expect(r.stderr.split("\n")[0]).toBe(
      'bestmatch: error: fixtures/cli/proposals-unknown-job.csv:3, record "p2", field "job_id": unknown job (got "j99"); expected an id from fixtures/cli/jobs.csv',
    );
  });

  it("when a review names an unknown freelancer then exit 65 naming file, line, column and value", async () => {
    const r = await runCli(rank(fixture("freelancers.csv"), "--reviews", fixture("reviews-unknown-freelancer.csv")));
    expect(r.code).toBe(65);
    expect(r.stderr.split("\n")[0]).toBe(
      'bestmatch: error: fixtures/cli/reviews-unknown-freelancer.csv:3, record "r2", field "freelancer_id": unknown freelancer (got "f404"); expected an id from fixtures/cli/freelancers.csv',
    );
  });

  it("when the model file is invalid then exit 65 naming the file and the feature", async () => {
    const d = tmp();
    const model = join(d, "model.json");
    writeFileSync(model, JSON.stringify({ task: "freelancers", version: 1, bias: 0, weights: { charisma: 1 } }));
    const r = await runCli(rank(fixture("freelancers.csv"), "--model", model));
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(`unknown feature "charisma"`);
    expect(r.stderr).toContain(model);
  });

  it("when the output folder does not exist then exit 73 and nothing is created", async () => {
    const d = tmp();
    const r = await runCli(rank(fixture("freelancers.csv"), "--out", join(d, "no", "out.csv")));
    expect(r.code).toBe(73);
    expect(r.stderr).toBe(`bestmatch: error: ${join(d, "no", "out.csv")}: cannot create output: folder not found\n`);
    expect(existsSync(join(d, "no"))).toBe(false);
  });
});

describe("bestmatch usage errors", () => {
  it.each([
    [["rank", "--jobs", "j.csv", "--bogus"], "error: unknown option '--bogus'"],
    [["rank", "--freelancers", "f.csv"], "error: required option '--jobs <file>' not specified"],
    [["rank", "--jobs", "j.csv", "--freelancers", "f.csv", "--top", "zero"], "--top must be a whole number from 1 to 10000."],
    [["rank", "--jobs", "j.csv", "--freelancers", "f.csv", "--format", "xml"], "Allowed choices are csv, jsonl, table, html."],
    [["frobnicate"], "error: unknown command 'frobnicate'"],
  ])("when the command line is %j then exit 2 with the message and the help hint", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("(add --help for usage and examples)");
    expect(r.stdout).toBe("");
  });

  it.each([
    [rank(fixture("freelancers.csv"), "--rejects", "r.csv"), "--rejects needs --on-invalid skip"],
    [["rank", "--jobs", fixture("jobs.csv"), "-q"], "rank needs --freelancers <file> (or --index <snapshot>)"],
    [["rank", "--jobs", "-", "--freelancers", "-", "-q"], 'only one input can be read from stdin ("-"); got --freelancers and --jobs'],
    [["proposals", "--jobs", fixture("jobs.csv"), "--proposals", fixture("proposals.csv"), "--freelancers", fixture("freelancers.csv"), "--job", "j404", ...TAXONOMY, "-q"], '--job "j404" is not in fixtures/cli/jobs.csv'],
  ])("when options conflict (%j) then exit 2 with a clear message", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`bestmatch: error: ${message}\n(add --help for usage and examples)\n`);
  });

  it("when --version is given then it prints the package version and exits 0", async () => {
    const { default: pkg } = await import("../../package.json");
    const r = await runCli(["--version"]);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it.each([["rank"], ["proposals"], ["recommend"], ["skills"], ["index", "build"], ["generate"], ["import", "stackexchange"]])(
    "when %s --help is asked then it prints usage with an example and exits 0",
    async (...command) => {
      const r = await runCli([...command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: bestmatch ${command.join(" ")}`);
      expect(r.stdout).toMatch(/Examples?:\n {2}\$ bestmatch /);
      expect(r.stdout).toContain("Exit codes:");
    },
  );
});
