/**
 * Golden outputs of every command and format on the hand-written fixtures, run in-process.
 * Regenerate after an intended ranking change with UPDATE_GOLDEN=1 and review the diff.
 */
import { describe, expect, it } from "vitest";
import { TAXONOMY, fixture, golden, runCli } from "./test-harness.js";

const RANK = ["rank", "--jobs", fixture("jobs.csv"), "--freelancers", fixture("freelancers.csv"), "--reviews", fixture("reviews.csv"), "--top", "3", ...TAXONOMY, "--workers", "1", "-q"];
const PROPOSALS = ["proposals", "--jobs", fixture("jobs.csv"), "--proposals", fixture("proposals.csv"), "--freelancers", fixture("freelancers.csv"), "--reviews", fixture("reviews.csv"), ...TAXONOMY, "--workers", "1", "-q"];
const RECOMMEND = ["recommend", "--freelancers", fixture("freelancers.csv"), "--jobs", fixture("jobs.csv"), "--proposals", fixture("proposals.csv"), "--top", "2", ...TAXONOMY, "--workers", "1", "-q"];

describe("bestmatch golden outputs", () => {
  it.each([
    ["rank.csv", [...RANK]],
    ["rank-explain.csv", [...RANK, "--explain"]],
    ["rank.jsonl", [...RANK, "--format", "jsonl"]],
    ["rank.table.txt", [...RANK, "--format", "table"]],
    ["proposals.csv", [...PROPOSALS]],
    ["proposals.table.txt", [...PROPOSALS, "--format", "table"]],
    ["proposals-j1.jsonl", [...PROPOSALS, "--job", "j1", "--format", "jsonl"]],
    ["recommend.csv", [...RECOMMEND]],
    ["recommend.jsonl", [...RECOMMEND, "--format", "jsonl"]],
    ["skills.txt", ["skills", ...TAXONOMY, "Senior ReactJS dev: Node, k8s and Postgres. React again, plus Search Engine Optimization."]],
    ["skills-all.csv", ["skills", ...TAXONOMY, "--all", "--format", "csv", "ReactJS, react and React.js; also Vue"]],
  ])("when running %s's command then stdout equals the golden file and the exit code is 0", async (name, args) => {
    const result = await runCli(args);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(golden(name, result.stdout));
  });

  it("when rank runs then the CSV has the documented columns and top-N rows per job in job order", async () => {
    const { stdout } = await runCli(RANK);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("job_id,rank,freelancer_id,score,matched_skills,missing_skills,reasons");
    const keys = lines.slice(1).map((l) => l.split(",").slice(0, 2).join(","));
    const perJob = new Map<string, string[]>();
    for (const k of keys) perJob.set(k.split(",")[0], [...(perJob.get(k.split(",")[0]) ?? []), k.split(",")[1]]);
    expect([...perJob.keys()]).toEqual(["j1", "j2", "j3", "j4"]);
    for (const ranks of perJob.values()) expect(ranks).toEqual(["1", "2", "3"].slice(0, ranks.length));
  });

  it("when --explain is on then every row's contributions sum to its score", async () => {
    const { stdout } = await runCli([...RANK, "--format", "jsonl"]);
    for (const line of stdout.trimEnd().split("\n")) {
      const item = JSON.parse(line) as { score: number; contributions: { contribution: number }[] };
      expect(item.contributions.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(item.score, 9);
    }
  });

  it("when the jobs file has a BOM and CRLF line ends then the output equals the plain LF file's", async () => {
    const plain = await runCli(RANK);
    const windows = await runCli(RANK.map((a) => (a === fixture("jobs.csv") ? fixture("jobs-bom-crlf.csv") : a)));
    expect(windows.code).toBe(0);
    expect(windows.stdout).toBe(plain.stdout);
  });

  it("when jobs come from stdin (--jobs -) then the output equals reading the file", async () => {
    const { readFileSync } = await import("node:fs");
    const { ROOT } = await import("./test-harness.js");
    const text = readFileSync(`${ROOT}/${fixture("jobs.csv")}`, "utf8");
    const piped = await runCli(RANK.map((a) => (a === fixture("jobs.csv") ? "-" : a)), { stdin: text });
    expect(piped.stdout).toBe((await runCli(RANK)).stdout);
  });

  it("when ranking with --workers 2 then the output is byte for byte the --workers 1 output", async () => {
    const args = ["rank", "--jobs", fixture("jobs.csv"), "--freelancers", fixture("freelancers.csv"), "--reviews", fixture("reviews.csv"), "--top", "5", ...TAXONOMY, "--explain", "-q"];
    const one = await runCli([...args, "--workers", "1"]);
    const two = await runCli([...args, "--workers", "2"]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const proposalsTwo = await runCli(PROPOSALS.map((a) => (a === "1" ? "2" : a)));
    expect(proposalsTwo.stdout).toBe((await runCli(PROPOSALS)).stdout);
  });
});
