/** `bestmatch skills suggest <prefix>`: engine.suggestSkills on the command line, from a taxonomy or a snapshot. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import { TAXONOMY, fixture, golden, runCli } from "./test-harness.js";

let snapshot = "";
beforeAll(async () => {
  snapshot = join(mkdtempSync(join(tmpdir(), "bestmatch-suggest-")), "fixtures.snapshot");
  const built = await runCli(["index", "build", "--freelancers", fixture("freelancers.csv"), "--jobs", fixture("jobs.csv"), ...TAXONOMY, "-o", snapshot, "-q"]);
  expect(built.code).toBe(0);
});

describe("bestmatch skills suggest", () => {
  it.each([
    ["skills-suggest-re.txt", ["skills", "suggest", "re", ...TAXONOMY, "--limit", "20"]],
    ["skills-suggest-js.jsonl", ["skills", "suggest", "js", ...TAXONOMY, "--format", "jsonl"]],
  ])("when run for %s then stdout equals the golden file", async (name, args) => {
    const r = await runCli(args);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden(name, r.stdout));
  });

  it("when the text is a typo then the JSON array is the library's answer for it", async () => {
    const r = await runCli(["skills", "suggest", "pyhton", "--limit", "5", "-f", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(createEngine().suggestSkills("pyhton", { limit: 5 }));
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ skill: "Python", match: "typo" });
  });

  it("when --index is given then uses count the snapshot's freelancers and jobs and its taxonomy applies", async () => {
    const r = await runCli(["skills", "suggest", "re", "--index", snapshot, "-f", "jsonl"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { skill: string; uses: number });
    expect(rows.map((s) => s.skill).sort()).toEqual(["React", "React Native", "Redux"]);
    expect(rows.some((s) => s.uses > 0)).toBe(true);
    for (let i = 1; i < rows.length; i++) expect(rows[i].uses).toBeLessThanOrEqual(rows[i - 1].uses);
  });

  it.each([
    [["skills", "suggest"], "missing required argument 'prefix'"],
    [["skills", "suggest", "re", "--limit", "101"], "--limit must be a whole number from 1 to 100."],
    [["skills", "suggest", "re", "--index", "x.snapshot", ...TAXONOMY], "--index already holds its taxonomy; drop --taxonomy"],
    [["skills", "suggest", "x".repeat(101)], "at most 100 characters"],
  ])("when the command line is %j then exit 2 with the message", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe("");
  });

  it("when skills is run with text, as before, then it still extracts (suggest is a subcommand, its options its own)", async () => {
    const r = await runCli(["skills", ...TAXONOMY, "ReactJS and Redux"]);
    expect(r).toEqual({ code: 0, stdout: "React\tReactJS\trequired\nRedux\tRedux\trequired\n", stderr: "" });
    const help = await runCli(["skills", "suggest", "--help"]);
    expect(help.stdout).toContain("Usage: bestmatch skills suggest [options] <prefix>");
    expect(help.stdout).toMatch(/Examples?:\n {2}\$ bestmatch skills suggest /);
  });
});
