import { mkdtemp, readFile, writeFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadEngine } from "../engine.js";
import { BestMatchError } from "../errors.js";
import { SMALL_TAXONOMY } from "../testing/small-taxonomy.js";
import type { Engine } from "../engine-types.js";

let dir: string;
let engine: Engine;
let path: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bestmatch-snap-"));
  engine = createEngine({ taxonomy: SMALL_TAXONOMY, ratingPrior: { mean: 4.2, strength: 3 } });
  engine.addFreelancers([
    { id: "a", title: "React dev", skills: ["React", "TypeScript"], rating: 4.8, reviewCount: 80, lastActiveAt: "2025-01-01T00:00:00Z" },
    { id: "b", title: "Next.js dev", skills: ["Next.js", "Haskell"], timezone: "Europe/Berlin" },
    { id: "c", title: "Python dev", skills: ["Python"] },
  ]);
  engine.addJobs([{ id: "j", title: "Next.js and Haskell", skills: ["Next.js", "Haskell"], postedAt: "2025-02-01T00:00:00Z" }]);
  engine.addReviews([{ id: "r1", freelancerId: "c", rating: 5, createdAt: "2025-01-15T00:00:00Z" }]);
  engine.addProposals([{ id: "p1", jobId: "j", freelancerId: "b", coverLetter: "Next.js and Haskell daily" }]);
  path = join(dir, "engine.snap");
  await engine.save(path);
});

async function loadError(bytes: Buffer): Promise<BestMatchError> {
  const p = join(dir, `bad-${Math.random()}.snap`);
  await writeFile(p, bytes);
  try {
    await loadEngine(p);
  } catch (e) {
    if (e instanceof BestMatchError) return e;
    throw e;
  }
  throw new Error("expected loadEngine to fail");
}

describe("snapshots", () => {
  it("when saved and loaded then every ranking is identical", async () => {
    const again = await loadEngine(path);
    expect(again.stats()).toEqual(engine.stats());
    expect(again.rankFreelancers("j", { exhaustive: true })).toEqual(engine.rankFreelancers("j", { exhaustive: true }));
    expect(again.rankProposals("j")).toEqual(engine.rankProposals("j"));
    expect(again.recommendJobs("a")).toEqual(engine.recommendJobs("a"));
  });

  it("when saving then no temporary file is left behind", async () => {
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("when a byte is flipped then loading fails with SNAPSHOT_CORRUPT", async () => {
    const bytes = await readFile(path);
    bytes[bytes.length - 10] ^= 0xff;
    expect(await loadError(bytes)).toMatchObject({ code: "SNAPSHOT_CORRUPT" });
  });

  it("when the file is truncated then loading fails with SNAPSHOT_CORRUPT naming the file", async () => {
    const bytes = await readFile(path);
    const err = await loadError(bytes.subarray(0, bytes.length - 100));
    expect(err.code).toBe("SNAPSHOT_CORRUPT");
    expect(err.message).toContain("truncated");
  });

  it("when a newer version wrote it then loading fails with SNAPSHOT_VERSION", async () => {
    const bytes = await readFile(path);
    const text = bytes.toString("latin1").replace('"version":1', '"version":99');
    expect(await loadError(Buffer.from(text, "latin1"))).toMatchObject({ code: "SNAPSHOT_VERSION", value: 99 });
  });

  it("when the file is missing then loading fails with SNAPSHOT_IO", async () => {
    await expect(loadEngine(join(dir, "nope.snap"))).rejects.toMatchObject({ code: "SNAPSHOT_IO" });
  });
});

describe("snapshot bytes (toBuffer / loadEngine(bytes))", () => {
  it("ranks like the engine it came from, from a Buffer, an ArrayBuffer and a SharedArrayBuffer", async () => {
    const bytes = engine.toBuffer();
    const shared = new SharedArrayBuffer(bytes.length);
    new Uint8Array(shared).set(bytes);
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const want = JSON.stringify(engine.rankFreelancers("j"));
    for (const source of [bytes, copy, shared]) expect(JSON.stringify((await loadEngine(source)).rankFreelancers("j"))).toBe(want);
  });

  it("refuses what is neither a path nor bytes", async () => {
    await expect(loadEngine(42 as unknown as string)).rejects.toMatchObject({ code: "INVALID_OPTION" });
  });
});
