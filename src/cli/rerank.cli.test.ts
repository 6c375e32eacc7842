/**
 * `bestmatch rank` with re-ranking and --audit, and `bestmatch evaluate --rerank`: the cap holds in
 * the output, the audit file matches the output, and with the rules off nothing changes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TAXONOMY, fixture, runCli } from "./test-harness.js";
import type { BatchAudit, ListAudit } from "../rank/rerank/audit.js";

let dir = "";
let jobs = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bestmatch-rerank-"));
  // Three copies of j1 (the same freelancer is best for each) next to the other jobs.
  const [header, j1, ...rest] = readFileSync(fixture("jobs.csv"), "utf8").trimEnd().split("\n");
  jobs = join(dir, "jobs.csv");
  writeFileSync(jobs, [header, j1, j1.replace(/^j1,/, "j1b,"), j1.replace(/^j1,/, "j1c,"), ...rest].join("\n") + "\n");
});

const rank = (...extra: string[]) => ["rank", "--jobs", jobs, "--freelancers", fixture("freelancers.csv"), "--reviews", fixture("reviews.csv"), "--top", "3", ...TAXONOMY, "--workers", "1", "-q", ...extra];
const firsts = (csv: string) => csv.trimEnd().split("\n").slice(1).map((l) => l.split(",")).filter((c) => c[1] === "1").map((c) => [c[0], c[2]]);

describe("bestmatch rank with re-ranking", () => {
  it("when --exposure-cap is 1 then no freelancer is first in two lists, and the audit says the cap moved them", async () => {
    const plain = await runCli(rank());
    expect(firsts(plain.stdout).filter(([, f]) => f === "f1").length).toBe(3);
    const auditFile = join(dir, "audit.json");
    const capped = await runCli(rank("--exposure-cap", "1", "--audit", auditFile));
    expect(capped.stderr).toBe("");
    expect(capped.code).toBe(0);
    const counts = new Map<string, number>();
    for (const [, f] of firsts(capped.stdout)) counts.set(f, (counts.get(f) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(1);
    const audit = JSON.parse(readFileSync(auditFile, "utf8")) as { version: number; batch: BatchAudit; lists: ListAudit[] };
    expect(audit.version).toBe(1);
    expect(audit.lists.map((l) => l.id)).toEqual(["j1", "j1b", "j1c", "j2", "j3", "j4"]);
    expect(audit.batch.before.mostTopped).toMatchObject({ id: "f1", lists: 3 });
    expect(audit.batch.after.mostTopped!.lists).toBe(1);
    expect(audit.lists[1].items.find((i) => i.id === "f1")).toMatchObject({ before: 1, after: 2, movedBy: ["exposureCap"] });
    // The audit's after ranks are the output's ranks.
    const rows = capped.stdout.trimEnd().split("\n").slice(1).map((l) => l.split(","));
    for (const [job, r, f] of rows) expect(audit.lists.find((l) => l.id === job)!.items.find((i) => i.id === f)!.after).toBe(Number(r));
  });

  it("when only --audit is given then the ranking is the plain one and nothing moved", async () => {
    const auditFile = join(dir, "plain-audit.json");
    const [plain, audited] = [await runCli(rank()), await runCli(rank("--audit", auditFile))];
    expect(audited.stdout).toBe(plain.stdout);
    const audit = JSON.parse(readFileSync(auditFile, "utf8")) as { batch: BatchAudit };
    expect(audit.batch.rules).toEqual([]);
    expect(audit.batch.after).toEqual(audit.batch.before);
  });

  it("when --reciprocal is on then every reason says whose view it is and contributions still add to the score", async () => {
    const r = await runCli(rank("--reciprocal", "0.5", "--format", "jsonl"));
    expect(r.code).toBe(0);
    for (const line of r.stdout.trimEnd().split("\n")) {
      const item = JSON.parse(line) as { score: number; reasons: string[]; contributions: { contribution: number; group: string }[] };
      expect(item.contributions.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(item.score, 9);
      expect(new Set(item.contributions.map((c) => c.group))).toEqual(new Set(["freelancerFitsJob", "jobFitsFreelancer"]));
      for (const reason of item.reasons) expect(reason).toMatch(/^for the (job|freelancer): /);
    }
  });

  it("when --diversity is out of range then it is a usage error (exit 2) naming the option", async () => {
    const r = await runCli(rank("--diversity", "2"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("rerank.diversity.lambda");
    expect(r.stdout).toBe("");
  });
});

describe("bestmatch evaluate --rerank", () => {
  it("adds a row per spec with exposure figures, and the cap holds over the evaluated lists", async () => {
    const data = join(dir, "gen");
    expect((await runCli(["generate", "--freelancers", "80", "--jobs", "40", "--seed", "5", "--out", data, "-q"])).code).toBe(0);
    const r = await runCli(["evaluate", "--task", "freelancers", "--data", data, "--folds", "0", "--resamples", "100", "--json", "-q", "--rerank", "cap=2", "--rerank", "diversity=0.5"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { queries: number; rankers: { ranker: string }[]; exposure: Record<string, BatchAudit> };
    expect(s.rankers.slice(0, 3).map((x) => x.ranker)).toEqual(["bestmatch default", "bestmatch + cap=2", "bestmatch + diversity=0.5"]);
    expect(s.exposure["bestmatch + cap=2"].lists).toBe(s.queries);
    expect(s.exposure["bestmatch + cap=2"].after.mostTopped!.lists).toBeLessThanOrEqual(2);
    expect(s.exposure["bestmatch + diversity=0.5"].rules).toEqual(["diversity"]);
  });

  it("when a spec has an unknown key then it is a usage error listing the keys", async () => {
    const r = await runCli(["evaluate", "--task", "freelancers", "--data", dir, "--rerank", "cup=2"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown key "cup"');
  });
});

describe("bestmatch rank --format html with re-ranking", () => {
  it("marks each moved item with its rank before and the rule, and ends with the batch's exposure before and after", async () => {
    const r = await runCli(rank("--exposure-cap", "1", "--format", "html"));
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(r.stdout.trimEnd().endsWith("</html>")).toBe(true);
    // j1b and j1c lose f1 to the cap: f1 was first, is now second.
    expect(r.stdout.match(/was #1 · moved by exposure cap/g)?.length).toBe(2);
    expect(r.stdout).toContain('id="audit"');
    expect(r.stdout).toMatch(/<th>before<\/th><td>f1: 50\.0% \(3\)<\/td>/);
    expect(r.stdout).toMatch(/<th>after<\/th><td>[^<]+: 16\.7% \(1\)<\/td>/);
  });
});
