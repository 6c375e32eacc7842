import { mkdtemp, readFile, writeFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadEngine } from "../engine.js";
import { BestMatchError } from "../errors.js";
import { encodeSnapshotV1, type SnapshotPayload } from "./snapshot.js";
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
    const text = bytes.toString("latin1").replace('"version":2', '"version":99');
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

/** Every section but the options, by name: its length and checksum. */
function indexSections(bytes: Buffer): Record<string, [number, number]> {
  const h = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString("utf8")) as { sections: Array<{ name: string; bytes: number; crc32: number }> };
  return Object.fromEntries(h.sections.filter((s) => s.name !== "options").map((s) => [s.name, [s.bytes, s.crc32]]));
}

describe("snapshot v2 sections", () => {
  const header = (bytes: Buffer) => JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString("utf8")) as { version: number; sections: Array<{ name: string; offset: number; bytes: number }> };
  const sectionStart = (bytes: Buffer) => {
    const nl = bytes.indexOf(0x0a) + 1;
    return nl + ((8 - (nl % 8)) % 8);
  };

  it("writes version 2 with the index's own arrays: no record is re-indexed on load", async () => {
    const bytes = engine.toBuffer();
    const h = header(bytes);
    expect(h.version).toBe(2);
    const names = h.sections.map((s) => s.name);
    for (const n of ["freelancers.text.postings.entries", "freelancers.skillPostings.docs", "freelancers.skills.ids", "similarity.vectors", "jobs.required.ids"]) expect(names).toContain(n);
  });

  it("a damaged section is refused with SNAPSHOT_CORRUPT naming that section, whichever it is", async () => {
    const bytes = engine.toBuffer();
    const start = sectionStart(bytes);
    for (const s of header(bytes).sections.filter((x) => x.bytes > 0)) {
      const damaged = Buffer.from(bytes);
      damaged[start + s.offset + (s.bytes >> 1)] ^= 0x5a;
      const err = await loadEngine(damaged).then(() => undefined, (e: unknown) => e as BestMatchError);
      expect(err, s.name).toBeInstanceOf(BestMatchError);
      expect(err).toMatchObject({ code: "SNAPSHOT_CORRUPT", field: s.name });
      expect(err!.message).toContain(`section "${s.name}"`);
    }
  });

  it("a truncated snapshot is refused, at every length, before any section is read", async () => {
    const bytes = engine.toBuffer();
    for (const cut of [1, 7, 8, 100, bytes.length >> 1, bytes.length - 1]) {
      await expect(loadEngine(bytes.subarray(0, bytes.length - cut))).rejects.toMatchObject({ code: "SNAPSHOT_CORRUPT" });
    }
  });

  it("a v1 snapshot (records only) still loads, migrated by re-indexing, and ranks like the engine it came from", async () => {
    const payload = (engine as unknown as { toPayload(): SnapshotPayload }).toPayload();
    const v1 = encodeSnapshotV1(payload);
    expect(v1.subarray(0, 60).toString()).toContain('"version":1');
    const migrated = await loadEngine(v1);
    expect(migrated.rankFreelancers("j", { exhaustive: true })).toEqual(engine.rankFreelancers("j", { exhaustive: true }));
    expect(migrated.recommendJobs("a")).toEqual(engine.recommendJobs("a"));
    // Saved again, it is a v2 snapshot whose index sections equal the original engine's, byte for byte
    // (the options section differs only in how the taxonomy data spells its defaults).
    expect(indexSections(migrated.toBuffer())).toEqual(indexSections(engine.toBuffer()));
  });

  it("a loaded engine keeps taking edits, and ranks like an engine that had them all along", async () => {
    const loaded = await loadEngine(engine.toBuffer());
    const edits = (e: typeof engine) => {
      e.addFreelancers([{ id: "d", title: "Haskell and Next.js", skills: ["Haskell", "Next.js"] }, { id: "a", title: "React and Haskell dev", skills: ["React", "Haskell"] }]);
      e.removeFreelancer("c");
      e.addReviews([{ id: "r2", freelancerId: "d", rating: 4, createdAt: "2025-01-20T00:00:00Z" }]);
      e.addProposals([{ id: "p2", jobId: "j", freelancerId: "d", coverLetter: "Haskell for years" }]);
    };
    // The same records indexed from scratch (a v1 snapshot is migrated by re-indexing).
    const fresh = await loadEngine(encodeSnapshotV1((engine as unknown as { toPayload(): SnapshotPayload }).toPayload()));
    edits(loaded);
    edits(fresh);
    expect(loaded.rankFreelancers("j", { exhaustive: true })).toEqual(fresh.rankFreelancers("j", { exhaustive: true }));
    expect(loaded.rankProposals("j")).toEqual(fresh.rankProposals("j"));
    expect(indexSections(loaded.toBuffer())).toEqual(indexSections(fresh.toBuffer()));
    // The engine it was loaded from is untouched.
    expect(engine.has("freelancer", "d")).toBe(false);
  });
});
