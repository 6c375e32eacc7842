/**
 * `--index SNAPSHOT` on rank, recommend, proposals and gap: a snapshot built by `index build` from
 * freelancers, jobs, reviews and proposals CSVs (and a model file) gives byte for byte the output of
 * the same command on the CSV files, with 1 and with 2 workers; flags that would supply the
 * snapshot's data again are refused with exit 2.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultModels } from "../rank/model.js";
import { TAXONOMY, fixture, runCli } from "./test-harness.js";

let dir = "";
let model = "";
/** Built from the generated CSVs with the model file. */
let snapshot = "";
/** Built from the hand-written fixtures with the fixture taxonomy. */
let fixtureSnapshot = "";
const data = () => ({ freelancers: join(dir, "freelancers.csv"), jobs: join(dir, "jobs.csv"), reviews: join(dir, "reviews.csv"), proposals: join(dir, "proposals.csv") });
const FIXTURES = { freelancers: fixture("freelancers.csv"), jobs: fixture("jobs.csv"), reviews: fixture("reviews.csv"), proposals: fixture("proposals.csv") };
const csvFlags = (f: ReturnType<typeof data>) => ["--freelancers", f.freelancers, "--jobs", f.jobs, "--reviews", f.reviews, "--proposals", f.proposals];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bestmatch-index-"));
  const generated = await runCli(["generate", "--freelancers", "160", "--jobs", "30", "--seed", "11", "--out", dir, "-q"]);
  expect(generated.code).toBe(0);
  // A model that is not the default: a snapshot must carry it, not fall back to the defaults.
  const models = JSON.parse(JSON.stringify(defaultModels)) as Record<string, { weights: Record<string, number> }>;
  for (const m of Object.values(models)) for (const k of Object.keys(m.weights).slice(0, 3)) m.weights[k] *= 2;
  model = join(dir, "model.json");
  writeFileSync(model, JSON.stringify(models));
  snapshot = join(dir, "market.snapshot");
  fixtureSnapshot = join(dir, "fixtures.snapshot");
  const built = await runCli(["index", "build", ...csvFlags(data()), "--model", model, "-o", snapshot, "-q"]);
  expect(built).toEqual({ code: 0, stdout: "", stderr: "" });
  const builtFixtures = await runCli(["index", "build", ...csvFlags(FIXTURES), ...TAXONOMY, "-o", fixtureSnapshot, "-q"]);
  expect(builtFixtures).toEqual({ code: 0, stdout: "", stderr: "" });
});

type Args = (f: ReturnType<typeof data>) => { csv: string[]; index: string[] };

/** Each command twice: on the CSV files, and on the snapshot with the subjects' flags only. */
const COMMANDS: Array<[string, Args, boolean]> = [
  ["rank --explain", (f) => ({ csv: ["rank", "--jobs", f.jobs, "--freelancers", f.freelancers, "--reviews", f.reviews, "--proposals", f.proposals, "--explain"], index: ["rank", "--jobs", f.jobs, "--explain"] }), true],
  ["rank jsonl", (f) => ({ csv: ["rank", "--jobs", f.jobs, "--freelancers", f.freelancers, "--reviews", f.reviews, "--proposals", f.proposals, "--format", "jsonl", "--top", "7"], index: ["rank", "--jobs", f.jobs, "--format", "jsonl", "--top", "7"] }), true],
  ["recommend", (f) => ({ csv: ["recommend", ...csvFlags(f), "--top", "5", "--explain"], index: ["recommend", "--top", "5", "--explain"] }), true],
  ["recommend --freelancer", (f) => ({ csv: ["recommend", ...csvFlags(f), "--freelancer", "f3", "--format", "jsonl"], index: ["recommend", "--freelancer", "f3", "--format", "jsonl"] }), true],
  ["proposals", (f) => ({ csv: ["proposals", ...csvFlags(f), "--explain"], index: ["proposals", "--explain"] }), true],
  ["proposals --job table", (f) => ({ csv: ["proposals", ...csvFlags(f), "--job", "j2", "--format", "table"], index: ["proposals", "--job", "j2", "--format", "table"] }), true],
  ["gap (job gaps)", (f) => ({ csv: ["gap", ...csvFlags(f), "--job", "j1"], index: ["gap", "--job", "j1"] }), false],
  ["gap --freelancer --json", (f) => ({ csv: ["gap", ...csvFlags(f), "--job", "j4", "--freelancer", "f9", "--json"], index: ["gap", "--job", "j4", "--freelancer", "f9", "--json"] }), false],
];

describe("bestmatch <command> --index", () => {
  it.each(COMMANDS)("when %s runs on a snapshot of the generated CSVs then its output is byte for byte the CSV run's", async (_, args, workers) => {
    const { csv, index } = args(data());
    const threads = (n: string) => (workers ? ["--workers", n] : []);
    const fromCsv = await runCli([...csv, "--model", model, ...threads("1"), "-q"]);
    expect(fromCsv.stderr).toBe("");
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stdout.split("\n").length).toBeGreaterThan(5);
    const fromIndex = await runCli([...index, "--index", snapshot, ...threads("1"), "-q"]);
    expect(fromIndex).toEqual(fromCsv);
    if (!workers) return;
    expect(await runCli([...index, "--index", snapshot, ...threads("2"), "-q"])).toEqual(fromCsv);
    expect(await runCli([...csv, "--model", model, ...threads("2"), "-q"])).toEqual(fromCsv);
  });

  it.each(COMMANDS.filter(([name]) => !name.includes("--job ") && !name.includes("--freelancer")))(
    "when %s runs on a snapshot of the fixtures (fixture taxonomy) then its output is the CSV run's",
    async (_, args, workers) => {
      const { csv, index } = args(FIXTURES);
      const threads = workers ? ["--workers", "1"] : [];
      const fromCsv = await runCli([...csv, ...TAXONOMY, ...threads, "-q"]);
      expect(fromCsv.code).toBe(0);
      expect(await runCli([...index, "--index", fixtureSnapshot, ...threads, "-q"])).toEqual(fromCsv);
    },
  );

  it("when rank is given --proposals then the track record changes the ranking (which is why a snapshot with proposals differed from rank without them)", async () => {
    const f = data();
    const base = ["rank", "--jobs", f.jobs, "--freelancers", f.freelancers, "--reviews", f.reviews, "--explain", "--workers", "1", "-q"];
    const without = await runCli(base);
    const withProposals = await runCli([...base, "--proposals", f.proposals]);
    expect(withProposals.code).toBe(0);
    expect(withProposals.stdout === without.stdout).toBe(false);
    // The reasons name the track record only when there is one.
    expect([without.stdout.includes("earlier proposals"), withProposals.stdout.includes("earlier proposals")]).toEqual([false, true]);
  });

  it.each([
    [["rank", "--jobs", "j.csv", "--proposals", "p.csv"], "--index already holds the indexed data and settings; drop --proposals"],
    [["recommend", "--freelancers", "f.csv", "--model", "m.json"], "--index already holds the indexed data and settings; drop --freelancers, --model"],
    [["proposals", "--jobs", "j.csv", "--proposals", "p.csv", "--taxonomy", "t.json"], "--index already holds the indexed data and settings; drop --jobs, --proposals, --taxonomy"],
    [["gap", "--job", "j1", "--reviews", "r.csv"], "--index already holds the indexed data and settings; drop --reviews"],
  ])("when %j is combined with --index then exit 2 naming the flags to drop", async (args, message) => {
    const r = await runCli([...args, "--index", "market.snapshot", "-q"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `bestmatch: error: ${message}\n(add --help for usage and examples)\n` });
  });

  it.each([
    [["recommend", "--jobs", "j.csv"], "recommend needs --freelancers <file> (or --index <snapshot>)"],
    [["proposals", "--freelancers", "f.csv"], "proposals needs --jobs <file> and --proposals <file> (or --index <snapshot>)"],
    [["gap", "--job", "j1"], "gap needs --freelancers <file> and --jobs <file> (or --index <snapshot>)"],
  ])("when %j has neither the CSV files nor --index then exit 2 saying what is needed", async (args, message) => {
    const r = await runCli([...args, "-q"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `bestmatch: error: ${message}\n(add --help for usage and examples)\n` });
  });

  it.each([
    [["recommend", "--freelancer", "f404"], '--freelancer "f404" is not in'],
    [["proposals", "--job", "j404"], '--job "j404" is not in'],
    [["gap", "--job", "j404"], '--job "j404" is not in'],
    [["gap", "--job", "j1", "--freelancer", "f404"], '--freelancer "f404" is not in'],
  ])("when %j names a record the snapshot does not hold then exit 2 naming the snapshot", async (args, message) => {
    const r = await runCli([...args, "--index", snapshot, "-q"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`bestmatch: error: ${message} ${snapshot}\n(add --help for usage and examples)\n`);
    expect(r.stdout).toBe("");
  });

  it("when the snapshot does not exist then exit 66 and nothing on stdout", async () => {
    const r = await runCli(["recommend", "--index", join(dir, "missing.snapshot"), "-q"]);
    expect(r.code).toBe(66);
    expect(r.stdout).toBe("");
  });

  it.each([["rank"], ["recommend"], ["proposals"], ["gap"], ["index", "build"]])("when %s --help is asked then it shows --index with an example", async (...command) => {
    const r = await runCli([...command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\$ bestmatch \w+ .*--index market\.snapshot/);
  });

  it("when query jobs name a skill the snapshot's taxonomy lacks then the note says so, as the CSV run with that taxonomy does", async () => {
    // Rust is in the default taxonomy but not in the fixture one, and no fixture profile lists it.
    const jobs = join(dir, "rust-job.csv");
    writeFileSync(jobs, "id,title,description,skills\nq1,Rust service,Write a small Rust web service,Rust;React\n");
    const fromCsv = await runCli(["rank", "--jobs", jobs, "--freelancers", FIXTURES.freelancers, ...TAXONOMY, "--top", "2"]);
    const fromIndex = await runCli(["rank", "--jobs", jobs, "--index", fixtureSnapshot, "--top", "2"]);
    const notes = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("note:"));
    expect(notes(fromCsv.stderr)).toEqual(['note: 1 job skill name is in neither the taxonomy nor any profile; they count as missing for everyone: Rust (1)']);
    expect(notes(fromIndex.stderr)).toEqual(notes(fromCsv.stderr));
  });
});
