/**
 * Issue 14: the CLI killed at random points of a large run never leaves half an output or a temp
 * file, and the previous output stays intact. Uses the built binary (npm test builds first) for a
 * fast start; a handful of seeded kills keeps it under half a minute.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../util/prng.js";
import { writeSyntheticInputs } from "./synthetic.test-data.js";
import { ROOT, TAXONOMY, spawnCli } from "./test-harness.js";

const BUILT = resolve(ROOT, "dist/cli.js");
const cli = (args: string[]) => (existsSync(BUILT) ? spawn(process.execPath, [BUILT, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] }) : spawnCli(args));

/** Runs the CLI; kills it with `signal` after `afterMs` (if still running). Resolves with the exit code (or the signal). */
function runAndKill(args: string[], afterMs: number | undefined, signal: NodeJS.Signals): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const child = cli(args);
  const started = Date.now();
  child.stdout.resume();
  child.stderr.resume();
  const timer = afterMs === undefined ? undefined : setTimeout(() => child.kill(signal), afterMs);
  return new Promise((res) =>
    child.on("close", (code, sig) => {
      clearTimeout(timer);
      res({ code, signal: sig, ms: Date.now() - started });
    }),
  );
}

describe("bestmatch killed at random points (issue 14)", () => {
  it("never leaves a partial output or a temp file; the old output is intact unless the run finished", async () => {
    const d = mkdtempSync(join(tmpdir(), "bestmatch-kill-"));
    const inputs = writeSyntheticInputs(d, 500, 300);
    const out = join(d, "matches.csv");
    const args = ["rank", "--jobs", inputs.jobs, "--freelancers", inputs.freelancers, ...TAXONOMY, "--workers", "1", "-q", "--out", out];
    const full = await runAndKill(args, undefined, "SIGINT");
    expect(full.code).toBe(0);
    const complete = readFileSync(out, "utf8");
    const random = mulberry32(14);
    const outcomes: string[] = [];
    for (const signal of ["SIGINT", "SIGTERM", "SIGINT", "SIGTERM"] as const) {
      writeFileSync(out, "previous run\n");
      const at = Math.round(full.ms * (0.05 + 0.9 * random()));
      const r = await runAndKill(args, at, signal);
      const now = readFileSync(out, "utf8");
      expect(readdirSync(d).sort(), `killed with ${signal} at ${at} ms`).toEqual(["freelancers.csv", "jobs.csv", "matches.csv"]);
      if (r.code === 0) expect(now).toBe(complete);
      else {
        expect(r.code, `${signal} at ${at} ms`).toBe(signal === "SIGINT" ? 130 : 143);
        expect(now).toBe("previous run\n");
      }
      outcomes.push(`${signal}@${at}ms:${r.code}`);
    }
    // At least one kill must land mid-run, or the test proves nothing.
    expect(outcomes.some((o) => !o.endsWith(":0")), outcomes.join(" ")).toBe(true);
  }, 60_000);

  it("index build: a killed save leaves the old snapshot; a save writes exactly one temp file", async () => {
    const d = mkdtempSync(join(tmpdir(), "bestmatch-kill-snap-"));
    const inputs = writeSyntheticInputs(d, 1500, 10);
    const snap = join(d, "market.snapshot");
    const args = ["index", "build", "--freelancers", inputs.freelancers, ...TAXONOMY, "-q", "--out", snap];
    const temps = new Set<string>();
    const watcher = watch(d, (_, name) => {
      if (name && name.endsWith(".tmp")) temps.add(name);
    });
    const full = await runAndKill(args, undefined, "SIGINT");
    watcher.close();
    expect(full.code).toBe(0);
    expect([...temps]).toHaveLength(1);
    const saved = readFileSync(snap);
    const random = mulberry32(41);
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      writeFileSync(snap, "old snapshot");
      const r = await runAndKill(args, Math.round(full.ms * (0.3 + 0.65 * random())), signal);
      expect(readdirSync(d).sort()).toEqual(["freelancers.csv", "jobs.csv", "market.snapshot"]);
      const now = readFileSync(snap);
      if (r.code === 0) expect(now.equals(saved)).toBe(true);
      else expect(now.toString()).toBe("old snapshot");
    }
  }, 60_000);
});
