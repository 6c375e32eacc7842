import { describe, expect, it } from "vitest";
import { EXIT } from "./exit-codes.js";
import { runCli } from "./test-harness.js";
import { parseBudgetArg } from "./commands/draft.js";

const SAMPLE = ["--freelancers", "fixtures/sample/freelancers.csv", "--jobs", "fixtures/sample/jobs.csv", "--reviews", "fixtures/sample/reviews.csv"];

describe("bestmatch gap", () => {
  it("when given a freelancer and a job then --json is the engine's gap advice and the text lists the same suggestions", async () => {
    const json = await runCli(["gap", ...SAMPLE, "--freelancer", "f290", "--job", "j1", "--json", "-q"]);
    expect(json.code).toBe(EXIT.OK);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({ freelancerId: "f290", jobId: "j1" });
    expect(result.advice.length).toBeGreaterThan(0);
    const text = await runCli(["gap", ...SAMPLE, "--freelancer", "f290", "--job", "j1", "-q"]);
    for (const a of result.advice) expect(text.stdout).toContain(a.text);
    expect(text.stdout.split("\n")[0]).toContain(`score ${result.current.score.toFixed(4)}`);
  });

  it("when --freelancer is left out then the job's requirement gaps are shown", async () => {
    const r = await runCli(["gap", ...SAMPLE, "--job", "j1", "--json", "-q"]);
    expect(r.code).toBe(EXIT.OK);
    expect(JSON.parse(r.stdout)).toMatchObject({ jobId: "j1", narrow: expect.any(Boolean), relaxations: expect.any(Array) });
  });

  it("when an id is not in the files then exit 2 with the id named", async () => {
    const r = await runCli(["gap", ...SAMPLE, "--freelancer", "nobody", "--job", "j1", "-q"]);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.stderr).toContain('--freelancer "nobody"');
    const j = await runCli(["gap", ...SAMPLE, "--job", "nojob", "-q"]);
    expect(j.code).toBe(EXIT.USAGE);
    expect(j.stderr).toContain('--job "nojob"');
  });
});

describe("bestmatch draft", () => {
  const BRIEF = "need someone to set up a Shopify store for my candle business, around $500";

  it("when run twice then the JSON draft is identical, and text shows every skill with its source", async () => {
    const a = await runCli(["draft", BRIEF, "--jobs", "fixtures/sample/jobs.csv", "--json", "-q"]);
    const b = await runCli(["draft", BRIEF, "--jobs", "fixtures/sample/jobs.csv", "--json", "-q"]);
    expect(a.code).toBe(EXIT.OK);
    expect(a.stdout).toBe(b.stdout);
    const draft = JSON.parse(a.stdout);
    expect(draft.budget).toMatchObject({ type: "fixed", stated: 500 });
    const text = await runCli(["draft", BRIEF, "--jobs", "fixtures/sample/jobs.csv", "-q"]);
    expect(text.stdout).toContain(`Title: ${draft.title.value}`);
    for (const s of draft.requiredSkills) expect(text.stdout).toContain(`- ${s.name}  [${s.source.kind}: ${s.source.detail}]`);
  });

  it("when --budget is given then it replaces the brief's figure; a bad spec is a usage error", async () => {
    const r = await runCli(["draft", "React dashboard", "--jobs", "fixtures/sample/jobs.csv", "--budget", "hourly:30-50", "--json", "-q"]);
    expect(JSON.parse(r.stdout).budget).toMatchObject({ type: "hourly", stated: 40, source: { kind: "budget-hint" } });
    const bad = await runCli(["draft", "React dashboard", "--budget", "cheap"]);
    expect(bad.code).toBe(EXIT.USAGE);
    expect(bad.stderr).toContain("--budget must look like");
  });

  it("parses budget specs", () => {
    expect(parseBudgetArg("fixed:500")).toEqual({ type: "fixed", amount: 500 });
    expect(parseBudgetArg("hourly:35")).toEqual({ type: "hourly", max: 35 });
    expect(parseBudgetArg("Hourly: $20-$40")).toEqual({ type: "hourly", min: 20, max: 40 });
    expect(() => parseBudgetArg("hourly:40-20")).toThrow(/--budget/);
  });
});
