import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import { engineFromSnapshot } from "../engine-load.js";
import { BestMatchError } from "../errors.js";
import { SMALL_TAXONOMY } from "../testing/small-taxonomy.js";
import { crc32, sectionKey, sectionsStart, tableCrc32 } from "./sections.js";
import { decodeSnapshot } from "./snapshot.js";
import { readSnapshotFile } from "./snapshot-read.js";

interface Entry { name: string; offset: number; bytes: number; crc32: number }

let dir: string;
let bytes: Buffer;
let entries: Entry[];
let start: number;
let headerLine: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bestmatch-snapread-"));
  const engine = createEngine({ taxonomy: SMALL_TAXONOMY });
  engine.addFreelancers([
    { id: "a", title: "React dev", overview: "React and TypeScript for dashboards", skills: ["React", "TypeScript"], rating: 4.8, reviewCount: 8 },
    { id: "b", title: "Haskell dev", skills: ["Haskell"] },
  ]);
  engine.addJobs([{ id: "j", title: "React dashboard", skills: ["React"] }]);
  engine.addProposals([{ id: "p", jobId: "j", freelancerId: "a", coverLetter: "Built many React dashboards" }]);
  bytes = engine.toBuffer();
  const nl = bytes.indexOf(0x0a);
  entries = JSON.parse(bytes.subarray(0, nl).toString("utf8")).sections;
  start = sectionsStart(nl + 1);
  headerLine = nl;
});

const parts = fc.record({ headBytes: fc.integer({ min: 1, max: 5000 }), partBytes: fc.integer({ min: 16, max: 5000 }) });

async function written(data: Uint8Array): Promise<string> {
  const p = join(dir, `s-${Math.random()}.snap`);
  await writeFile(p, data);
  return p;
}

describe("crc32", () => {
  it("continues over parts: crc32(b, crc32(a)) is crc32(a then b), natively and by table", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
        const whole = Buffer.concat([a, b]);
        expect(crc32(b, crc32(a))).toBe(crc32(whole));
        expect(tableCrc32(b, tableCrc32(a))).toBe(crc32(whole));
      }),
    );
  });
});

describe("readSnapshotFile (read in parts, sections checksummed as they arrive)", () => {
  it("gives back the file's bytes and every section's CRC whichever the part sizes", async () => {
    const path = await written(bytes);
    await fc.assert(
      fc.asyncProperty(parts, async (p) => {
        const read = await readSnapshotFile(path, p);
        expect(Buffer.compare(read.data, bytes)).toBe(0);
        // The header line must be in the first part for sections to be checked ahead; else SectionReader checks them.
        expect(read.checked.size).toBe(p.headBytes > headerLine ? entries.length : 0);
        for (const e of entries) if (read.checked.has(sectionKey(e))) expect(read.checked.get(sectionKey(e))).toBe(e.crc32);
      }),
      { numRuns: 60 },
    );
  });

  it("a byte flipped in any section is refused naming that section, whichever the part sizes", async () => {
    const inSection = fc.integer({ min: 0, max: entries.length - 1 }).filter((i) => entries[i].bytes > 0);
    await fc.assert(
      fc.asyncProperty(parts, inSection, fc.nat(), async (p, i, at) => {
        const e = entries[i];
        const damaged = Buffer.from(bytes);
        damaged[start + e.offset + (at % e.bytes)] ^= 0x41;
        const read = await readSnapshotFile(await written(damaged), p);
        const err = (() => {
          try {
            engineFromSnapshot(decodeSnapshot(read.data, "x.snap", read.checked), "x.snap");
          } catch (error) {
            return error;
          }
        })();
        expect(err).toBeInstanceOf(BestMatchError);
        expect(err).toMatchObject({ code: "SNAPSHOT_CORRUPT", field: e.name });
      }),
      { numRuns: 60 },
    );
  });

  it("a truncated file is read as far as it goes and refused", async () => {
    for (const cut of [1, 9, bytes.length >> 1]) {
      const read = await readSnapshotFile(await written(bytes.subarray(0, bytes.length - cut)), { headBytes: 64, partBytes: 100 });
      expect(read.data.length).toBe(bytes.length - cut);
      expect(() => decodeSnapshot(read.data, "x.snap", read.checked)).toThrow(expect.objectContaining({ code: "SNAPSHOT_CORRUPT" }));
    }
  });
});
