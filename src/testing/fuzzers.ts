/**
 * Fuzzers of the three readers that take bytes from outside: the CSV reader, the record
 * validator (JSON input and the API) and the snapshot reader. Each case must end in a clean
 * result or a BestMatchError: any other exception is a bug. Run 100,000+ cases with
 * `npx tsx scripts/fuzz.ts`; `npm test` runs a few thousand (fuzzers.test.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { createEngine } from "../engine.js";
import { engineFromSnapshot, loadEngine } from "../engine-load.js";
import { BestMatchError } from "../errors.js";
import { FREELANCER_COLUMNS, JOB_COLUMNS } from "../io/columns.js";
import { csvCell } from "../io/csv-write.js";
import { readCsvRows } from "../io/csv-rows.js";
import { readRecords } from "../io/read-records.js";
import { RejectionPolicy } from "../io/rejection.js";
import { validateFreelancer, validateJob, validateProposal, validateReview } from "../model/validate.js";
import { decodeSnapshot, encodeSnapshotV1, type SnapshotPayload } from "../corpus/snapshot.js";
import { FREELANCER_KEYS, JOB_KEYS, PROPOSAL_KEYS, REVIEW_KEYS, BUDGET_KEYS, CLIENT_KEYS, SKILL_CLAIM_KEYS } from "../option-keys.js";
import { SMALL_SKILL_NAMES, SMALL_TAXONOMY } from "./small-taxonomy.js";
import { freelancerArb, jobArb } from "./arbitraries.js";

export interface FuzzReport {
  name: string;
  runs: number;
  ms: number;
  /** Cases that ended in a clean result. */
  clean: number;
  /** Cases that ended in a BestMatchError, by code. */
  errors: Record<string, number>;
}

/** Throws unless `err` is a BestMatchError; counts it. */
function expected(report: FuzzReport, err: unknown): void {
  if (!(err instanceof BestMatchError)) throw err;
  report.errors[err.code] = (report.errors[err.code] ?? 0) + 1;
}

const newReport = (name: string): FuzzReport => ({ name, runs: 0, ms: 0, clean: 0, errors: {} });

// ---------- CSV ----------

/** Text made mostly of what CSV parsing cares about, plus arbitrary bytes. */
const csvChunk = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(",", ";", "\t", '"', '""', "\n", "\r\n", "\r", " ", "id", "title", "skills", "React;Go", "12", "2024-05-01", "é", "😀", "\u0000", "\uFEFF", "expert", "[", "]", "{", "}") },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
);
const csvHeader = fc.subarray(["id", "title", "overview", "skills", "hourly_rate", "experience_level", "last_active_at", "bogus"], { minLength: 1 }).map((h) => (h.includes("id") ? h : ["id", ...h]));
const csvInput = fc.oneof(
  // Unstructured: anything at all, as bytes (invalid UTF-8 included).
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
  // Near-valid: a real header, then rows of CSV-ish fragments.
  fc.tuple(csvHeader, fc.array(fc.array(csvChunk, { maxLength: 6 }).map((p) => p.join("")), { maxLength: 8 }), fc.constantFrom(",", ";", "\t")).map(([h, rows, d]) => Buffer.from([h.join(d), ...rows].join("\n"))),
);
/** Splits bytes into chunks at the given cut points (also inside multi-byte characters). */
const chunked = (bytes: Buffer, cuts: number[]): Buffer[] => {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let at = 0;
  for (const p of points) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  out.push(bytes.subarray(at));
  return out;
};

export async function fuzzCsv(numRuns: number, seed?: number): Promise<FuzzReport> {
  const report = newReport("CSV reader");
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(csvInput, fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), async (bytes, cuts, jobs) => {
      report.runs++;
      try {
        const policy = new RejectionPolicy("skip");
        const input = Readable.from(chunked(bytes, cuts));
        const result = jobs
          ? await readRecords({ input, file: "fuzz.csv", specs: JOB_COLUMNS, validate: validateJob, policy })
          : await readRecords({ input, file: "fuzz.csv", specs: FREELANCER_COLUMNS, validate: validateFreelancer, policy });
        // A clean result accounts for every row: a record or a rejection, nothing dropped.
        if (result.records.length + policy.rejected.length !== result.rows) throw new Error(`rows ${result.rows} != records ${result.records.length} + rejects ${policy.rejected.length}`);
        report.clean++;
      } catch (err) {
        expected(report, err);
      }
    }),
    { numRuns, seed },
  );
  // Round trip: any table written by our CSV writer reads back exactly, however it is chunked.
  const cell = fc.string({ unit: fc.constantFrom("a", "é", "😀", " ", ",", '"', "\n", "\r\n", "\r", ";") });
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 4 }), async (table, cuts) => {
      report.runs++;
      const text = ["a,b", ...table.map((r) => r.map((c) => (c === "" ? '""' : csvCell(c))).join(","))].join("\r\n") + "\r\n";
      const rows: string[][] = [];
      for await (const row of readCsvRows(Readable.from(chunked(Buffer.from(text), cuts)), "rt.csv")) rows.push(row.cells);
      const want = [["a", "b"], ...table];
      if (JSON.stringify(rows) !== JSON.stringify(want)) throw new Error(`round trip: ${JSON.stringify(want)} read as ${JSON.stringify(rows)}`);
      report.clean++;
    }),
    { numRuns: Math.ceil(numRuns / 10), seed },
  );
  report.ms = performance.now() - started;
  return report;
}

// ---------- records (JSON input and the API) ----------

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, 1e12, NaN, Infinity, "", " ", "Expert", "fixed", "hourly", "2024-05-01", "2099-01-01", "20245-01-01", "UTC+05:30", "Europe/Berlin", "React"),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.array(fc.oneof(fc.constantFrom(...SMALL_SKILL_NAMES), fc.string({ maxLength: 6 }), fc.record({ name: fc.constantFrom(...SMALL_SKILL_NAMES), level: fc.constantFrom("entry", "Expert", "guru"), years: fc.oneof(fc.integer({ min: -2, max: 90 }), fc.constant("3")) }, { requiredKeys: [] })), { maxLength: 4 }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.date({ noInvalidDate: false }),
);
const nested = (keys: readonly string[]) => fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 5 })), anyValue, { maxKeys: 4 });
const recordOf = (keys: readonly string[]) =>
  fc.tuple(fc.dictionary(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), anyValue, { maxKeys: 8 }), fc.constantFrom("r1", "r2", "f1", "j1", ""), nested(BUDGET_KEYS), nested(CLIENT_KEYS), nested(SKILL_CLAIM_KEYS)).map(([r, id, budget, client, claim]) => {
    const out: Record<string, unknown> = { id, ...r };
    if (keys === JOB_KEYS && "budget" in r) out.budget = budget;
    if (keys === JOB_KEYS && "client" in r) out.client = client;
    if (keys === FREELANCER_KEYS && Array.isArray(r.skills)) out.skills = [...(r.skills as unknown[]), claim];
    return out;
  });

/** A valid record with one field replaced by anything (or a key added): near the validator's edges. */
const mutated = (base: fc.Arbitrary<Record<string, unknown>>, keys: readonly string[]) =>
  fc.tuple(base, fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 6 })), anyValue, fc.boolean()).map(([r, key, value, keep]) => (keep ? r : { ...r, [key]: value }));
const validFreelancer = freelancerArb("f2") as unknown as fc.Arbitrary<Record<string, unknown>>;
const validJob = jobArb.map((j) => ({ ...j, id: "j2" })) as unknown as fc.Arbitrary<Record<string, unknown>>;
const validReview = fc.record({ id: fc.constantFrom("r1", "r2"), freelancerId: fc.constantFrom("f1", "f2", "ghost"), rating: fc.integer({ min: 1, max: 5 }), text: fc.string({ maxLength: 20 }), createdAt: fc.integer({ min: 1_700_000_000_000, max: 1_760_000_000_000 }) }, { requiredKeys: ["id", "freelancerId", "rating"] });
const validProposal = fc.record({ id: fc.constantFrom("p1", "p2"), jobId: fc.constantFrom("j1", "j2"), freelancerId: fc.constantFrom("f1", "f2"), coverLetter: fc.string({ maxLength: 40 }), bid: fc.integer({ min: 0, max: 5000 }) }, { requiredKeys: ["id", "jobId", "freelancerId"] });
const VALID: Record<number, fc.Arbitrary<Record<string, unknown>>> = { 0: validFreelancer, 1: validJob, 2: validReview, 3: validProposal };

export async function fuzzRecords(numRuns: number, seed?: number): Promise<FuzzReport> {
  const report = newReport("record validator");
  const started = performance.now();
  const engine = createEngine({ taxonomy: SMALL_TAXONOMY, similarity: { learned: false } });
  engine.addFreelancers([{ id: "f1", title: "Developer", skills: ["React"] }]);
  engine.addJobs([{ id: "j1", title: "React app", skills: ["React"] }]);
  const kinds = [
    { keys: FREELANCER_KEYS, validate: validateFreelancer, add: (r: never) => engine.addFreelancers([r]) },
    { keys: JOB_KEYS, validate: validateJob, add: (r: never) => engine.addJobs([r]) },
    { keys: REVIEW_KEYS, validate: validateReview, add: (r: never) => engine.addReviews([r]) },
    { keys: PROPOSAL_KEYS, validate: validateProposal, add: (r: never) => engine.addProposals([r]) },
  ] as const;
  fc.assert(
    fc.property(fc.nat({ max: 3 }).chain((k) => fc.tuple(fc.constant(k), fc.oneof(recordOf(kinds[k].keys), mutated(VALID[k], kinds[k].keys)))), fc.boolean(), ([k, raw], truncate) => {
      report.runs++;
      const kind = kinds[k];
      let clean: unknown;
      try {
        clean = kind.validate(raw, { oversized: truncate ? "truncate" : "reject" });
      } catch (err) {
        expected(report, err);
        return;
      }
      // What the validator accepts is a fixed point, survives JSON (JSON input, snapshots) and indexes.
      const again = kind.validate(JSON.parse(JSON.stringify(clean)));
      if (JSON.stringify(again) !== JSON.stringify(clean)) throw new Error(`not a fixed point: ${JSON.stringify(clean)} -> ${JSON.stringify(again)}`);
      try {
        kind.add(clean as never);
      } catch (err) {
        // Reviews and proposals may name records that are not indexed: that is the one expected refusal.
        if (!(err instanceof BestMatchError) || err.code !== "UNKNOWN_RECORD") throw err;
      }
      report.clean++;
    }),
    { numRuns, seed },
  );
  engine.rankFreelancers("j1", { exhaustive: true });
  report.ms = performance.now() - started;
  return report;
}

// ---------- snapshots ----------

export async function fuzzSnapshot(numRuns: number, seed?: number): Promise<FuzzReport> {
  const report = newReport("snapshot reader");
  const started = performance.now();
  const engine = createEngine({ taxonomy: SMALL_TAXONOMY, similarity: { learned: false } });
  engine.addFreelancers([{ id: "f1", title: "React developer", skills: ["React"], lastActiveAt: "2024-05-01" }]);
  engine.addJobs([{ id: "j1", title: "React app", skills: ["React"] }]);
  const valid = engine.toBuffer();
  const headerEnd = valid.indexOf(0x0a);
  const dir = mkdtempSync(join(tmpdir(), "bestmatch-fuzz-"));
  const target = join(dir, "engine.snap");
  writeFileSync(target, valid);
  // Byte-level damage to a valid snapshot, and well-formed files (checksum right) around arbitrary payloads.
  const mutation = fc.oneof(
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => (b: Buffer) => {
      const c = Buffer.from(b);
      c[at % c.length] = byte;
      return c;
    }),
    fc.nat().map((n) => (b: Buffer) => b.subarray(0, n % b.length)),
    fc.uint8Array({ maxLength: 16 }).map((extra) => (b: Buffer) => Buffer.concat([b, Buffer.from(extra)])),
    fc.jsonValue({ maxDepth: 3 }).map((header) => (b: Buffer) => Buffer.concat([Buffer.from(JSON.stringify(header) + "\n"), b.subarray(headerEnd + 1)])),
  );
  const payload = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.record({ options: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({})), freelancers: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant([{ id: "f", title: "x" }])), jobs: fc.jsonValue({ maxDepth: 3 }), reviews: fc.jsonValue({ maxDepth: 2 }), proposals: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }),
  );
  const input = fc.oneof(
    mutation.map((m) => m(valid)),
    // v1 files (migrated on load) around arbitrary payloads, checksum right.
    payload.map((p) => encodeSnapshotV1(p as unknown as SnapshotPayload)),
  );
  let n = 0;
  await fc.assert(
    fc.asyncProperty(input, async (bytes) => {
      report.runs++;
      try {
        // decode + rebuild, as loadEngine does (in memory); every 200th case through the file path too.
        const e = await loadFromBytes(bytes, dir, ++n % 200 === 0);
        e.stats();
        report.clean++;
      } catch (err) {
        expected(report, err);
      }
      // Never a partial write: a failed or successful read leaves the saved snapshot as it was, and no temp file.
      if (n % 200 === 0) {
        const files = readdirSync(dir).filter((f) => f !== "engine.snap" && f !== "case.snap");
        if (files.length) throw new Error(`left behind: ${files.join(", ")}`);
        if (!readFileSync(target).equals(valid)) throw new Error("the saved snapshot changed");
      }
    }),
    { numRuns, seed },
  );
  // Saving over an existing snapshot: the file is either the old or the new one, never half.
  await engine.save(target);
  if (!readFileSync(target).equals(valid)) throw new Error("re-saving the same engine changed the file");
  rmSync(dir, { recursive: true, force: true });
  report.ms = performance.now() - started;
  return report;
}

async function loadFromBytes(bytes: Buffer, dir: string, viaFile: boolean) {
  if (viaFile) {
    const path = join(dir, "case.snap");
    writeFileSync(path, bytes);
    return loadEngine(path);
  }
  return engineFromSnapshot(decodeSnapshot(bytes, "fuzz.snap"), "fuzz.snap");
}
