/**
 * A snapshot file read into a SharedArrayBuffer loads the engine `loadEngine(path)` loads, and its
 * errors still name the file; the CLI's `rank --index` goes through it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import { BestMatchError } from "../errors.js";
import { runCli } from "../cli/test-harness.js";
import { loadSharedSnapshot, readSharedSnapshot } from "./shared-snapshot.js";

const dir = mkdtempSync(join(tmpdir(), "bestmatch-shared-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadSharedSnapshot", () => {
  it("when the file is a snapshot then the bytes are shared and the engine ranks like the saved one", async () => {
    const engine = createEngine();
    engine.addFreelancers([
      { id: "a", title: "React developer", skills: ["React", "TypeScript"] },
      { id: "b", title: "Bookkeeper", skills: ["QuickBooks"] },
    ]);
    const path = join(dir, "ok.snapshot");
    await engine.save(path);
    const { engine: loaded, bytes } = await loadSharedSnapshot(path);
    expect(bytes).toBeInstanceOf(SharedArrayBuffer);
    const job = { id: "j", title: "React app", skills: ["React"] };
    expect(loaded.rankFreelancers(job, { exhaustive: true })).toEqual(engine.rankFreelancers(job, { exhaustive: true }));
  });

  it("when the file is not a snapshot then SNAPSHOT_CORRUPT names the file, and rank --index exits 65 naming it", async () => {
    const path = join(dir, "garbage.snapshot");
    writeFileSync(path, "not a snapshot at all\n");
    const err = await loadSharedSnapshot(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BestMatchError);
    expect((err as BestMatchError).code).toBe("SNAPSHOT_CORRUPT");
    expect((err as BestMatchError).file).toBe(path);
    expect((err as Error).message.startsWith(`${path}: not a readable bestmatch snapshot`)).toBe(true);
    const r = await runCli(["rank", "--jobs", "fixtures/cli/jobs.csv", "--index", path, "-q"]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(path);
  });

  it("when the file is missing then SNAPSHOT_IO names it", () => {
    const path = join(dir, "missing.snapshot");
    let caught: unknown;
    try {
      readSharedSnapshot(path);
    } catch (e) {
      caught = e;
    }
    expect((caught as BestMatchError).code).toBe("SNAPSHOT_IO");
    expect((caught as BestMatchError).file).toBe(path);
  });
});
