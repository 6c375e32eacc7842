import { mkdtemp, readFile, writeFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import { loadEngine } from "../engine-load.js";
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
    const text = bytes.toString("latin1").replace('"version":3', '"version":99');
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

const header = (bytes: Buffer) => JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString("utf8")) as { version: number; sections: Array<{ name: string; offset: number; bytes: number }> };
const sectionStart = (bytes: Buffer) => {
  const nl = bytes.indexOf(0x0a) + 1;
  return nl + ((8 - (nl % 8)) % 8);
};

describe("snapshot v3 sections", () => {

  it("writes version 3 with the index's own arrays: no record is re-indexed on load", async () => {
    const bytes = engine.toBuffer();
    const h = header(bytes);
    expect(h.version).toBe(3);
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

/** What an engine holds, record by record, in its own order (get and ids included). */
function records(e: Engine) {
  const payload = (e as unknown as { toPayload(): SnapshotPayload }).toPayload();
  const kinds = ["freelancer", "job", "review", "proposal"] as const;
  const byId = Object.fromEntries(kinds.map((k) => [k, e.ids(k).map((id) => e.get(k, id))]));
  return { ...payload, options: undefined, byId, counts: kinds.map((k) => e.count(k)) };
}

describe("loaded reviews and proposals (columns, decoded on read)", () => {
  /** An engine whose reviews and proposals have every optional field, dates, odd ids and edits behind them. */
  function richEngine(): Engine {
    const e = createEngine({ taxonomy: SMALL_TAXONOMY });
    e.addFreelancers([
      { id: "a", title: "React dev", skills: ["React", "TypeScript"] },
      { id: "b\u00e9", title: "Next.js dev", skills: ["Next.js", "Haskell"] },
      { id: "c\ud800", title: "Python dev", skills: ["Python"] },
      { id: "\u0000d", title: "Haskell dev", skills: ["Haskell"] },
    ]);
    e.addJobs([
      { id: "j", title: "Next.js and Haskell", skills: ["Next.js", "Haskell"], postedAt: "2025-02-01T00:00:00Z" },
      { id: "k", title: "Python scripts", skills: ["Python"] },
    ]);
    e.addReviews([
      { id: "r1", freelancerId: "c\ud800", jobId: "k", rating: 5, text: "Great", createdAt: "2025-01-15T00:00:00Z" },
      { id: "r2", freelancerId: "a", rating: 3 },
      { id: "r3\u{1F600}", freelancerId: "a", jobId: "j", rating: 4, createdAt: "2025-01-10T00:00:00Z" },
      { id: "r4\udc00", freelancerId: "b\u00e9", rating: 2, createdAt: "2024-12-01T00:00:00Z" },
    ]);
    e.addProposals([
      { id: "p1", jobId: "j", freelancerId: "b\u00e9", coverLetter: "Next.js and Haskell daily", bid: 50, submittedAt: "2025-02-02T00:00:00Z" },
      { id: "p2", jobId: "j", freelancerId: "a", coverLetter: "React, some Haskell" },
      { id: "p3", jobId: "k", freelancerId: "c\ud800", coverLetter: "Python for years", submittedAt: "2025-02-03T00:00:00Z" },
      { id: "\u0000p4", jobId: "k", freelancerId: "a" },
    ]);
    // Moves r2 and p2 to the end of their maps and of their links (a Map's order after delete + set).
    e.addReviews([{ id: "r2", freelancerId: "a", rating: 4 }]);
    e.addProposals([{ id: "p2", jobId: "j", freelancerId: "a", coverLetter: "React and Haskell" }]);
    return e;
  }

  it("gives back every record, in order, by id and in exports, as the engine that saved them", async () => {
    const e = richEngine();
    const loaded = await loadEngine(e.toBuffer());
    expect(records(loaded)).toEqual(records(e));
    expect(loaded.stats()).toEqual(e.stats());
    for (const [kind, id] of [["review", "r1"], ["review", "r4\udc00"], ["review", "r4\ufffd"], ["proposal", "\u0000p4"], ["proposal", "p1"], ["review", "nope"], ["proposal", "nope"]] as const) expect(loaded.has(kind, id)).toBe(e.has(kind, id));
    expect(loaded.rankProposals("j")).toEqual(e.rankProposals("j"));
    expect(loaded.rankProposals("k")).toEqual(e.rankProposals("k"));
    expect(loaded.recommendJobs("a")).toEqual(e.recommendJobs("a"));
  });

  it("after edits of every kind (replace, remove, remove the owner, add) holds and saves what an engine that had them all along does", async () => {
    const e = richEngine();
    const loaded = await loadEngine(e.toBuffer());
    const fresh = await loadEngine(encodeSnapshotV1((e as unknown as { toPayload(): SnapshotPayload }).toPayload()));
    const edits = (x: Engine) => {
      x.addReviews([{ id: "r1", freelancerId: "a", rating: 1, createdAt: "2025-01-16T00:00:00Z" }, { id: "r5", freelancerId: "\u0000d", rating: 5 }]);
      x.removeReview("r4\udc00");
      x.removeProposal("p1");
      x.removeFreelancer("c\ud800");
      x.removeJob("k");
      x.addJobs([{ id: "k", title: "Python again", skills: ["Python"] }]);
      x.addProposals([{ id: "p5", jobId: "k", freelancerId: "\u0000d", coverLetter: "Haskell and Python" }, { id: "p1", jobId: "j", freelancerId: "a", coverLetter: "Again" }]);
      // Back under its old id, at a new doc: the table's id column then holds it twice, once retired.
      x.addFreelancers([{ id: "c\ud800", title: "Python and Haskell", skills: ["Python", "Haskell"] }, { id: "e", title: "Next.js", skills: ["Next.js"] }]);
      x.addProposals([{ id: "p6", jobId: "k", freelancerId: "c\ud800", coverLetter: "Back again" }]);
    };
    edits(loaded);
    edits(fresh);
    expect(records(loaded)).toEqual(records(fresh));
    expect(loaded.stats()).toEqual(fresh.stats());
    expect(loaded.rankProposals("j")).toEqual(fresh.rankProposals("j"));
    expect(loaded.rankFreelancers("j", { exhaustive: true })).toEqual(fresh.rankFreelancers("j", { exhaustive: true }));
    expect(indexSections(loaded.toBuffer())).toEqual(indexSections(fresh.toBuffer()));
    // And loaded again after those edits.
    const reloaded = await loadEngine(loaded.toBuffer());
    expect(records(reloaded)).toEqual(records(fresh));
    expect(reloaded.rankProposals("k")).toEqual(fresh.rankProposals("k"));
    expect(reloaded.has("freelancer", "c\ud800") && reloaded.has("freelancer", "e") && !reloaded.has("freelancer", "c")).toBe(true);
  });

  it("a pre-release version 2 snapshot (reviews and proposals as JSON lists) loads by re-indexing its records", async () => {
    const bytes = await readFile(join(process.cwd(), "fixtures/snapshot/v2-prerelease.snap"));
    expect(header(bytes).version).toBe(2);
    const migrated = await loadEngine(bytes);
    expect(migrated.ids("review")).toEqual(["r1"]);
    expect(migrated.get("review", "r1")).toMatchObject({ freelancerId: "c", jobId: "j", rating: 5 });
    expect(migrated.get("proposal", "p1")).toMatchObject({ jobId: "j", freelancerId: "b", coverLetter: "Next.js and Haskell daily" });
    const again = await loadEngine(migrated.toBuffer());
    expect(header(again.toBuffer()).version).toBe(3);
    expect(records(again)).toEqual(records(migrated));
    expect(again.rankFreelancers("j", { exhaustive: true })).toEqual(migrated.rankFreelancers("j", { exhaustive: true }));
    // A damaged v2 section is still refused by name.
    const damaged = Buffer.from(bytes);
    const s = header(bytes).sections.find((x) => x.name === "reviews")!;
    damaged[sectionStart(bytes) + s.offset] ^= 0x5a;
    await expect(loadEngine(damaged)).rejects.toMatchObject({ code: "SNAPSHOT_CORRUPT", field: "reviews" });
  });
});
