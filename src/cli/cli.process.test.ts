/**
 * The real binary wiring, as a child process: streams, exit codes, and SIGINT cleanup.
 * Kept to a few runs because each child pays the TypeScript loader's start-up.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeSyntheticInputs } from "./synthetic.test-data.js";
import { TAXONOMY, fixture, golden, runCli, runCliProcess, spawnCli } from "./test-harness.js";

const tmp = () => mkdtempSync(join(tmpdir(), "bestmatch-proc-"));
const RANK = ["rank", "--jobs", fixture("jobs.csv"), "--freelancers", fixture("freelancers.csv"), "--reviews", fixture("reviews.csv"), "--top", "3", ...TAXONOMY, "--workers", "1", "-q"];

describe("bestmatch as a child process", () => {
  it("when rank writes to --out then the file equals the golden and stdout stays empty", async () => {
    const d = tmp();
    const out = join(d, "matches.csv");
    const r = await runCliProcess([...RANK, "--out", out]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(out, "utf8")).toBe(golden("rank.csv", readFileSync(out, "utf8")));
    expect(readdirSync(d)).toEqual(["matches.csv"]);
  });

  it("when data, input and usage errors happen then the process exits 65, 66 and 2", async () => {
    const [data, missing, usage] = await Promise.all([
      runCliProcess(["rank", "--jobs", fixture("jobs.csv"), "--freelancers", fixture("freelancers-bad-rows.csv"), ...TAXONOMY]),
      runCliProcess(["rank", "--jobs", fixture("missing.csv"), "--freelancers", fixture("freelancers.csv")]),
      runCliProcess(["rank", "--jobs"]),
    ]);
    expect([data.code, missing.code, usage.code]).toEqual([65, 66, 2]);
    expect(data.stderr).toContain('fixtures/cli/freelancers-bad-rows.csv:3, record "f2", field "hourly_rate"');
    expect(missing.stderr).toContain("fixtures/cli/missing.csv: file not found");
    expect(usage.stderr).toContain("error: option '--jobs <file>' argument missing");
  });

  it("when SIGINT arrives mid-run then no output or temp file is left and the old output is intact", async () => {
    const d = tmp();
    const inputs = writeSyntheticInputs(d, 2000, 3000);
    const out = join(d, "matches.csv");
    writeFileSync(out, "previous run\n");
    const child = spawnCli(["rank", "--jobs", inputs.jobs, "--freelancers", inputs.freelancers, ...TAXONOMY, "--workers", "1", "-q", "--out", out]);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((res) => child.on("close", (code) => res(code)));
    // Wait until ranking has started writing its temporary file, then interrupt.
    const started = Date.now();
    while (!readdirSync(d).some((f) => f.endsWith(".tmp")) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(d).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toBe("");
    expect(readdirSync(d).sort()).toEqual(["freelancers.csv", "jobs.csv", "matches.csv"]);
    expect(readFileSync(out, "utf8")).toBe("previous run\n");
  });
});

describe("a reader that closes the pipe early", () => {
  it("when stdout is closed mid-output then the process stops quietly with 141 (as SIGPIPE would), no stack trace", async () => {
    const child = spawnCli(["rank", "--help"]);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((res) => child.on("close", (code) => res(code)));
    // `| head -c 0`: the reader goes away before the help text is written.
    child.stdout.destroy();
    const code = await exited;
    expect(stderr).not.toContain("EPIPE");
    expect([0, 141]).toContain(code);
  });
});

describe("bestmatch index build", () => {
  it("when rank reuses a snapshot from index build then its output equals ranking from the CSV files", async () => {
    const d = tmp();
    const snapshot = join(d, "market.snapshot");
    const built = await runCli(["index", "build", "--freelancers", fixture("freelancers.csv"), "--reviews", fixture("reviews.csv"), ...TAXONOMY, "--out", snapshot, "-q"]);
    expect(built.code).toBe(0);
    expect(readdirSync(d)).toEqual(["market.snapshot"]);
    const fromIndex = await runCli(["rank", "--jobs", fixture("jobs.csv"), "--index", snapshot, "--top", "3", "--workers", "1", "-q"]);
    expect(fromIndex.code).toBe(0);
    expect(fromIndex.stdout).toBe((await runCli(RANK)).stdout);
    const fromIndexTwoWorkers = await runCli(["rank", "--jobs", fixture("jobs.csv"), "--index", snapshot, "--top", "3", "--workers", "2", "-q"]);
    expect(fromIndexTwoWorkers.stdout).toBe(fromIndex.stdout);
  });

  it("when --index is combined with --freelancers then exit 2 explaining why", async () => {
    const r = await runCli(["rank", "--jobs", fixture("jobs.csv"), "--index", "x.snapshot", "--freelancers", fixture("freelancers.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--index already holds the indexed data and settings; drop --freelancers");
  });
});
