/**
 * rankInWorkers on a generated corpus: the results equal ranking each subject on one thread (byte
 * for byte as JSON), whatever the split over threads; the threads get the snapshot as a
 * SharedArrayBuffer, not a copy; errors in a thread come back with their code.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import { loadEngine } from "../engine-load.js";
import type { Engine } from "../engine-types.js";
import { BestMatchError } from "../errors.js";
import { generateMarketplace } from "../generate/index.js";
import { readDataFolder, type DataFolder } from "../learn/dataset.js";
import type { RankTask } from "../rank/model.js";
import { rankSubjects, type RankSubject } from "./rank-subjects.js";
import { rankInWorkers } from "./worker-ranking.js";
import { sectionsStart } from "../corpus/sections.js";

let dir = "";
let data: DataFolder;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bestmatch-workers-"));
  await generateMarketplace({ freelancers: 400, jobs: 60, seed: 13, outDir: dir });
  data = await readDataFolder(dir, { onInvalid: "skip" });
  engine = createEngine();
  engine.addFreelancers(data.freelancers);
  engine.addJobs(data.jobs);
  // Skip mode may have dropped a rare generated row: keep only references that resolve.
  const freelancers = new Set(data.freelancers.map((f) => f.id));
  const jobs = new Set(data.jobs.map((j) => j.id));
  engine.addReviews(data.reviews.filter((r) => freelancers.has(r.freelancerId)));
  engine.addProposals(data.proposals.filter((p) => freelancers.has(p.freelancerId) && jobs.has(p.jobId)));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const subjectsFor = (task: RankTask): RankSubject[] => (task === "jobs" ? data.freelancers.slice(0, 50).map((f) => f.id) : data.jobs.map((j) => j.id));

describe("rankInWorkers", () => {
  it.each(["freelancers", "proposals", "jobs"] as const)("when ranking %s in worker threads only then the results are byte-identical to one thread", async (task) => {
    const subjects = subjectsFor(task);
    const one = rankSubjects(engine, task, subjects, { limit: 7 });
    const threads = await rankInWorkers(engine, subjects, { task, workers: 2, callerRanks: false, rank: { limit: 7 }, batchSize: 4 });
    expect(one.some((r) => r.items.length > 0)).toBe(true);
    expect(JSON.stringify(threads)).toBe(JSON.stringify(one));
  }, 60_000);

  it("when given snapshot bytes (Buffer, ArrayBuffer, SharedArrayBuffer) then the results equal the engine's", async () => {
    const jobs = data.jobs.slice(0, 20);
    const one = rankSubjects(engine, "freelancers", jobs, { limit: 5, filters: { hourlyRate: { max: 80 } } });
    const bytes = engine.toBuffer();
    const shared = new SharedArrayBuffer(bytes.byteLength);
    new Uint8Array(shared).set(bytes);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const rank = { limit: 5, filters: { hourlyRate: { max: 80 } } };
    const fromBuffer = await rankInWorkers(bytes, jobs, { workers: 1, callerRanks: false, rank });
    const fromShared = await rankInWorkers(shared, jobs, { workers: 2, rank, batchSize: 3 });
    const fromArrayBuffer = await rankInWorkers(arrayBuffer, jobs, { workers: 1, rank });
    for (const got of [fromBuffer, fromShared, fromArrayBuffer]) expect(JSON.stringify(got)).toBe(JSON.stringify(one));
  }, 60_000);

  it("property: any split (rankers, batch size, who ranks) gives the one-thread results in subject order", async () => {
    const bytes = engine.toBuffer();
    const loaded = await loadEngine(bytes);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(data.jobs.map((j) => j.id), { minLength: 0, maxLength: 25 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        async (ids, workers, batchSize, callerRanks) => {
          const subjects = [...ids].reverse();
          const got = await rankInWorkers(loaded, subjects, { workers, batchSize, callerRanks, rank: { limit: 3 } });
          expect(JSON.stringify(got)).toBe(JSON.stringify(rankSubjects(engine, "freelancers", subjects, { limit: 3 })));
        },
      ),
      { numRuns: 6, seed: 13 },
    );
  }, 120_000);

  it("when a thread hits a bad subject then the call rejects with its BestMatchError code", async () => {
    const subjects = [data.jobs[0].id, data.jobs[1].id, "no-such-job"];
    const err = await rankInWorkers(engine, subjects, { workers: 1, callerRanks: false, batchSize: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BestMatchError);
    expect((err as BestMatchError).code).toBe("UNKNOWN_RECORD");
    expect((err as BestMatchError).message).toContain("no-such-job");
  }, 60_000);

  it("when the bytes are not a snapshot then the thread's load error comes back as SNAPSHOT_CORRUPT", async () => {
    const err = await rankInWorkers(new Uint8Array([1, 2, 3]), ["j"], { workers: 1, callerRanks: false }).catch((e: unknown) => e);
    expect((err as BestMatchError).code).toBe("SNAPSHOT_CORRUPT");
  }, 60_000);

  it("when bytes nobody in this process has loaded are damaged then the thread checks them and refuses the section by name", async () => {
    const bytes = Buffer.from(engine.toBuffer());
    const nl = bytes.indexOf(0x0a);
    const sections = JSON.parse(bytes.subarray(0, nl).toString("utf8")).sections as Array<{ name: string; offset: number; bytes: number }>;
    const target = sections.find((s) => s.name === "similarity.vectors" && s.bytes > 0) ?? sections.find((s) => s.bytes > 0)!;
    bytes[sectionsStart(nl + 1) + target.offset + (target.bytes >> 1)] ^= 0x5a;
    const err = await rankInWorkers(bytes, [data.jobs[0].id], { workers: 1, callerRanks: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BestMatchError);
    expect((err as BestMatchError).code).toBe("SNAPSHOT_CORRUPT");
    expect((err as BestMatchError).message).toContain(`section "${target.name}"`);
  }, 60_000);

  it.each([
    [{ wokers: 2 }, 'unknown option "wokers"'],
    [{ workers: 0 }, 'option "workers" is invalid'],
    [{ workers: 1.5 }, 'option "workers" is invalid'],
    [{ batchSize: 0 }, 'option "batchSize" is invalid'],
    [{ task: "people" }, 'option "task" is invalid'],
    [{ callerRanks: "yes" }, 'option "callerRanks" is invalid'],
    [{ rank: { lmit: 3 } }, 'unknown option "lmit"'],
    [{ task: "proposals", rank: { filters: {} } }, 'unknown option "filters"'],
    [{ rank: { filter: () => true } }, "a function cannot be sent to another thread"],
  ])("when the options are %j then INVALID_OPTION before any thread starts", async (options, message) => {
    const err = await rankInWorkers(engine, ["x"], options as never).catch((e: unknown) => e);
    expect((err as BestMatchError).code).toBe("INVALID_OPTION");
    expect((err as Error).message).toContain(message);
  });

  it("when the source is neither an engine nor bytes then INVALID_OPTION", async () => {
    const err = await rankInWorkers("market.snapshot" as never, ["x"]).catch((e: unknown) => e);
    expect((err as BestMatchError).code).toBe("INVALID_OPTION");
  });

  it("when there are no subjects then no thread starts and the result is empty", async () => {
    expect(await rankInWorkers(engine, [], { workers: 4, callerRanks: false })).toEqual([]);
  });
});
