/** Issue 14 through the CLI: real exports (semicolons, JSON, empty amounts), wrong files, binary garbage, caps. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CsvParser } from "../io/csv-parse.js";
import { TAXONOMY, fixture, runCli } from "./test-harness.js";

const tmp = () => mkdtempSync(join(tmpdir(), "bestmatch-messy-"));
const rank = (jobs: string, freelancers: string, ...more: string[]) => ["rank", "--jobs", jobs, "--freelancers", freelancers, ...TAXONOMY, "--workers", "1", ...more];

/** The fixture freelancers as API records (camelCase), the shape JSON input uses. */
function freelancerObjects(): Array<Record<string, unknown>> {
  const [head, ...rows] = readFileSync(fixture("freelancers.csv"), "utf8").trim().split("\n");
  void head;
  return rows.slice(0, 4).map((line, i) => ({ id: `f${i + 1}`, title: line.split(",")[1], skills: ["React", "TypeScript"], hourlyRate: 50 + i, experienceLevel: "Expert", lastActiveAt: "2024-05-20" }));
}

describe("bestmatch with messy input (issue 14)", () => {
  it("when a CSV is semicolon-delimited then the delimiter is detected and said on stderr; the ranking is the comma file's", async () => {
    const d = tmp();
    // The fixture as a spreadsheet in a comma-decimal locale writes it: ";" between cells, cells holding ";" quoted.
    const parser = new CsvParser({ delimiter: "," });
    const table = [...parser.push(readFileSync(fixture("jobs.csv"), "utf8")), ...parser.end()].map((r) => r.cells);
    const semi = table.map((cells) => cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(";")).join("\r\n");
    writeFileSync(join(d, "jobs.csv"), semi);
    const comma = await runCli(rank(fixture("jobs.csv"), fixture("freelancers.csv"), "-q"));
    const r = await runCli(rank(join(d, "jobs.csv"), fixture("freelancers.csv")));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("reading as semicolon-delimited CSV (detected from the header");
    expect(r.stdout).toBe(comma.stdout);
    const forced = await runCli(rank(join(d, "jobs.csv"), fixture("freelancers.csv"), "-q", "--delimiter", ","));
    expect(forced.code).toBe(65);
    expect(forced.stderr).toContain("missing required column id");
  });

  it("when a header holds binary garbage then the message escapes it", async () => {
    const d = tmp();
    writeFileSync(join(d, "f.csv"), Buffer.concat([Buffer.from("name,\x1b[2J\x07,"), Buffer.from([0xff, 0xfe]), Buffer.from("\nx,y,z\n")]));
    const r = await runCli(rank(fixture("jobs.csv"), join(d, "f.csv"), "-q"));
    expect(r.code).toBe(65);
    expect(r.stderr).toContain("\\x1b[2J\\x07");
    expect(r.stderr).toContain("\\ufffd");
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\ufffd]/);
  });

  it("when an input has a header only then it warns, and with --strict it fails with 65", async () => {
    const d = tmp();
    writeFileSync(join(d, "f.csv"), "id,title,skills\n");
    const r = await runCli(rank(fixture("jobs.csv"), join(d, "f.csv"), "-q"));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${join(d, "f.csv")}: has no freelancers (a header row only)`);
    const strict = await runCli(rank(fixture("jobs.csv"), join(d, "f.csv"), "-q", "--strict"));
    expect(strict.code).toBe(65);
    expect(strict.stderr).toContain("has no freelancers");
  });

  it("when freelancers.csv is passed as --jobs then it warns that it looks like a freelancers file; --strict fails", async () => {
    const r = await runCli(rank(fixture("freelancers.csv"), fixture("freelancers.csv"), "-q"));
    expect(r.stderr).toContain(`warning: ${fixture("freelancers.csv")}: looks like a freelancers file, not jobs`);
    const strict = await runCli(rank(fixture("freelancers.csv"), fixture("freelancers.csv"), "-q", "--strict"));
    expect(strict.code).toBe(65);
  });

  it("when a fixed-price job has no amount then it ranks (exit 0), budget fit defaulted", async () => {
    const d = tmp();
    writeFileSync(join(d, "jobs.csv"), "id,title,skills,budget_type,budget_amount\nj1,React app,React,fixed,\n");
    const r = await runCli(rank(join(d, "jobs.csv"), fixture("freelancers.csv"), "-q"));
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("j1,")).length).toBeGreaterThan(0);
  });

  it("when a cell is over the reader's cap then exit 65 naming file, line and column", async () => {
    const d = tmp();
    writeFileSync(join(d, "f.csv"), `id,title,overview\nf1,Dev,short\nf2,Dev,"${"x".repeat(10_000_001)}"\n`);
    const r = await runCli(rank(fixture("jobs.csv"), join(d, "f.csv"), "-q"));
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(`${join(d, "f.csv")}:3: malformed CSV in column 3: a cell is longer than 10,000,000 characters`);
  });

  it("JSON and JSON Lines inputs rank like the same records in CSV; one validation policy (Expert accepted, 1e12 rejected)", async () => {
    const d = tmp();
    const objects = freelancerObjects();
    writeFileSync(join(d, "f.json"), JSON.stringify(objects, null, 2));
    writeFileSync(join(d, "f.jsonl"), objects.map((o) => JSON.stringify(o)).join("\n") + "\n");
    writeFileSync(join(d, "f.csv"), "id,title,skills,hourly_rate,experience_level,last_active_at\n" + objects.map((o) => `${o.id},${o.title},React;TypeScript,${o.hourlyRate},Expert,2024-05-20`).join("\n") + "\n");
    const csv = await runCli(rank(fixture("jobs.csv"), join(d, "f.csv"), "-q"));
    const json = await runCli(rank(fixture("jobs.csv"), join(d, "f.json"), "-q"));
    const jsonl = await runCli(rank(fixture("jobs.csv"), join(d, "f.jsonl"), "-q"));
    const stdin = await runCli([...rank(fixture("jobs.csv"), "-", "-q", "--format-in", "jsonl")], { stdin: readFileSync(join(d, "f.jsonl"), "utf8") });
    expect(csv.code).toBe(0);
    expect(json).toEqual(csv);
    expect(jsonl).toEqual(csv);
    expect(stdin.stdout).toBe(csv.stdout);

    writeFileSync(join(d, "bad.jsonl"), `${JSON.stringify(objects[0])}\n${JSON.stringify({ id: "x", title: "t", hourlyRate: 1e12 })}\n{oops\n`);
    const bad = await runCli(rank(fixture("jobs.csv"), join(d, "bad.jsonl"), "-q"));
    expect(bad.code).toBe(65);
    expect(bad.stderr).toContain(`${join(d, "bad.jsonl")}:2, record "x", field "hourlyRate"`);
    const skip = await runCli(rank(fixture("jobs.csv"), join(d, "bad.jsonl"), "-q", "--on-invalid", "skip"));
    expect(skip.code).toBe(0);
    expect(skip.stderr).toContain(`${join(d, "bad.jsonl")}:3: not valid JSON`);
    writeFileSync(join(d, "typo.json"), JSON.stringify([{ id: "x", title: "t", hourly_rate: 5 }]));
    const typo = await runCli(rank(fixture("jobs.csv"), join(d, "typo.json"), "-q"));
    expect(typo.code).toBe(65);
    expect(typo.stderr).toContain('unknown field "hourly_rate"');
    expect(typo.stderr).toContain('"hourlyRate" (did you mean it?)');
    const csvRate = await runCli(rank(fixture("jobs.csv"), fixture("freelancers.csv"), "-q"));
    expect(csvRate.code).toBe(0);
  });

  it("when a record is dated far in the future then the run warns and the clock stays with the data", async () => {
    const d = tmp();
    writeFileSync(join(d, "f.csv"), readFileSync(fixture("freelancers.csv"), "utf8") + "future,Plumber,,Plumbing,,,,,,,,,,,,2099-01-01,\n");
    const r = await runCli(rank(fixture("jobs.csv"), join(d, "f.csv")));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: 1 date lies after the data clock \(2024-05-\d\d\) and counts as that day: freelancer "future" lastActiveAt 2099-01-01/);
  });
});
