/**
 * The CLI's batch runner with the ranking done in worker threads only (the main thread can
 * otherwise finish a small batch before a thread has loaded): its text is byte for byte the
 * one-thread text, for every task and output format.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import type { Engine } from "../engine-types.js";
import { BestMatchError } from "../errors.js";
import { generateMarketplace } from "../generate/index.js";
import type { Output } from "../io/atomic-output.js";
import type { OutputFormat } from "../io/result-format.js";
import { readDataFolder, type DataFolder } from "../learn/dataset.js";
import type { RankTask } from "../rank/model.js";
import { runBatch } from "./batch.js";
import { exitCodeFor, EXIT } from "./exit-codes.js";
import type { Subject } from "./rank-batch.js";

let dir = "";
let data: DataFolder;
/** rank's engine: jobs are queries, not indexed. */
let noJobs: Engine;
let withJobs: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bestmatch-batch-"));
  await generateMarketplace({ freelancers: 300, jobs: 50, seed: 21, outDir: dir });
  data = await readDataFolder(dir, { onInvalid: "skip" });
  const freelancers = new Set(data.freelancers.map((f) => f.id));
  const jobs = new Set(data.jobs.map((j) => j.id));
  const reviews = data.reviews.filter((r) => freelancers.has(r.freelancerId));
  noJobs = createEngine();
  noJobs.addFreelancers(data.freelancers);
  noJobs.addReviews(reviews);
  withJobs = createEngine();
  withJobs.addFreelancers(data.freelancers);
  withJobs.addJobs(data.jobs);
  withJobs.addReviews(reviews);
  withJobs.addProposals(data.proposals.filter((p) => freelancers.has(p.freelancerId) && jobs.has(p.jobId)));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function memoryOutput(): Output & { text: () => string } {
  let text = "";
  return { write: async (t) => void (text += t), commit: async () => undefined, abort: async () => undefined, text: () => text };
}

const silent = { start: () => undefined, update: () => undefined, stop: () => undefined, phase: () => undefined } as never;

async function run(engine: Engine, subjects: Subject[], task: RankTask, format: OutputFormat, workers: number, callerRanks: boolean): Promise<string> {
  const output = memoryOutput();
  const spec = { format: { format, task, explain: true }, limit: 4 };
  const ranked = await runBatch({ engine, subjects, spec, workers, output, progress: silent, unit: "subjects", callerRanks });
  expect(ranked).toBe(subjects.length);
  return output.text();
}

describe("runBatch in worker threads", () => {
  const cases: Array<[RankTask, OutputFormat]> = [
    ["freelancers", "csv"],
    ["freelancers", "html"],
    ["proposals", "jsonl"],
    ["jobs", "csv"],
  ];
  it.each(cases)("when %s (%s) are ranked by threads only then the text equals one thread's", async (task, format) => {
    const engine = task === "freelancers" ? noJobs : withJobs;
    const subjects: Subject[] = task === "freelancers" ? data.jobs : task === "proposals" ? data.jobs.map((j) => j.id) : data.freelancers.slice(0, 40).map((f) => f.id);
    const one = await run(engine, subjects, task, format, 1, true);
    const threads = await run(engine, subjects, task, format, 2, false);
    expect(one.split("\n").length).toBeGreaterThan(40);
    expect(threads).toBe(one);
  }, 60_000);

  it("when a thread fails on a subject then runBatch rejects with the BestMatchError and its exit code", async () => {
    const err = await run(withJobs, [data.jobs[0].id, "missing-job"], "proposals", "csv", 2, false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BestMatchError);
    expect((err as BestMatchError).code).toBe("UNKNOWN_RECORD");
    expect(exitCodeFor(err)).toBe(EXIT.DATAERR);
  }, 60_000);
});
