import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BestMatchError } from "../errors.js";
import {
  DATA_FILES,
  FREELANCER_COLUMNS,
  JOB_COLUMNS,
  OUTCOME_COLUMNS,
  PROPOSAL_COLUMNS,
  REVIEW_COLUMNS,
  type ColumnSpec,
} from "../io/columns.js";
import { generateMarketplace, type GenerateSummary } from "./index.js";
import { syntheticTaxonomy } from "./synthetic-taxonomy.js";
import { median, readCsv, splitList, withTempDir, type CsvTable } from "./test-helpers.js";
import { REVIEWS_KEPT_PER_FREELANCER } from "./freelancers.js";

const taxonomy = syntheticTaxonomy();
const COLUMNS: Record<keyof typeof DATA_FILES, readonly ColumnSpec[]> = {
  freelancers: FREELANCER_COLUMNS,
  jobs: JOB_COLUMNS,
  reviews: REVIEW_COLUMNS,
  proposals: PROPOSAL_COLUMNS,
  outcomes: OUTCOME_COLUMNS,
};
const KINDS = Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[];

let root: string;
let summary: GenerateSummary;
const tables = {} as Record<keyof typeof DATA_FILES, CsvTable>;
const progress: [number, number][] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "bestmatch-gen-"));
  summary = await generateMarketplace({
    freelancers: 3000,
    jobs: 400,
    seed: 7,
    outDir: join(root, "a"),
    taxonomy,
    onProgress: (done, total) => progress.push([done, total]),
  });
  for (const kind of KINDS) tables[kind] = await readCsv(join(root, "a", DATA_FILES[kind]));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const byId = <T extends Record<string, string>>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

function cellProblem(spec: ColumnSpec, cell: string): string | undefined {
  if (cell === "") return spec.required ? "required" : undefined;
  switch (spec.type) {
    case "number":
    case "integer": {
      const n = Number(cell);
      if (!Number.isFinite(n)) return "not a number";
      if (spec.type === "integer" && !Number.isInteger(n)) return "not an integer";
      if (spec.min !== undefined && n < spec.min) return "below min";
      if (spec.max !== undefined && n > spec.max) return "above max";
      return undefined;
    }
    case "enum":
      return spec.values!.includes(cell) ? undefined : "not an allowed value";
    case "boolean":
      return cell === "true" || cell === "false" ? undefined : "not a boolean";
    case "date":
      return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(cell) && !Number.isNaN(Date.parse(cell)) ? undefined : "not ISO 8601";
    case "list":
    case "skills":
      return cell.split(";").every((item) => item.trim().length > 0) ? undefined : "empty list item";
    default:
      return undefined;
  }
}

describe("generateMarketplace output format", () => {
  it.each(KINDS)("when writing %s then the header is exactly the column spec", (kind) => {
    expect(tables[kind].headers).toEqual(COLUMNS[kind].map((c) => c.name));
  });

  it.each(KINDS)("when writing %s then every cell is valid for its column", (kind) => {
    const problems: string[] = [];
    for (const row of tables[kind].rows) {
      for (const spec of COLUMNS[kind]) {
        const problem = cellProblem(spec, row[spec.name]);
        if (problem) problems.push(`${row.id ?? row.proposal_id} ${spec.name}=${JSON.stringify(row[spec.name])}: ${problem}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("when done then the summary counts match the rows written and progress ends at the total", () => {
    for (const kind of KINDS) expect(summary.counts[kind]).toBe(tables[kind].rows.length);
    expect(summary.counts.freelancers).toBe(3000);
    expect(summary.counts.jobs).toBe(400);
    expect(progress.at(-1)).toEqual([3400, 3400]);
    expect(progress.every(([d], i) => i === 0 || d >= progress[i - 1][0])).toBe(true);
  });

  it("when done then ids are unique and every reference points at a written record", () => {
    const freelancers = byId(tables.freelancers.rows);
    const jobs = byId(tables.jobs.rows);
    for (const kind of KINDS.filter((k) => k !== "outcomes")) expect(byId(tables[kind].rows).size).toBe(tables[kind].rows.length);
    for (const p of tables.proposals.rows) {
      expect(jobs.has(p.job_id)).toBe(true);
      expect(freelancers.has(p.freelancer_id)).toBe(true);
    }
    for (const r of tables.reviews.rows) expect(freelancers.has(r.freelancer_id)).toBe(true);
    const pairs = new Set(tables.proposals.rows.map((p) => `${p.job_id}/${p.freelancer_id}`));
    expect(pairs.size).toBe(tables.proposals.rows.length);
  });

  it("when done then there is exactly one outcome per proposal, matching its job and freelancer", () => {
    const outcomes = new Map(tables.outcomes.rows.map((o) => [o.proposal_id, o]));
    expect(outcomes.size).toBe(tables.proposals.rows.length);
    for (const p of tables.proposals.rows) {
      const o = outcomes.get(p.id)!;
      expect([o.job_id, o.freelancer_id]).toEqual([p.job_id, p.freelancer_id]);
    }
  });

  it("when listing skills then every name is a skill name or alias of the taxonomy", () => {
    const known = new Set(taxonomy.skills.flatMap((s) => [s.name, ...(s.aliases ?? [])]));
    const listed = [
      ...tables.freelancers.rows.flatMap((r) => splitList(r.skills)),
      ...tables.jobs.rows.flatMap((r) => [...splitList(r.skills), ...splitList(r.nice_to_have_skills)]),
    ];
    expect(listed.length).toBeGreaterThan(10_000);
    expect(listed.filter((name) => !known.has(name))).toEqual([]);
  });
});

describe("generateMarketplace determinism", () => {
  it("when run again with the same seed and options then every file is byte-identical", async () => {
    await generateMarketplace({ freelancers: 3000, jobs: 400, seed: 7, outDir: join(root, "b"), taxonomy });
    for (const kind of KINDS) {
      const [a, b] = await Promise.all([readFile(join(root, "a", DATA_FILES[kind])), readFile(join(root, "b", DATA_FILES[kind]))]);
      expect(a.equals(b), kind).toBe(true);
    }
  });

  it("when the seed changes then the data changes", async () => {
    await generateMarketplace({ freelancers: 50, jobs: 5, seed: 8, outDir: join(root, "c"), taxonomy });
    const other = await readCsv(join(root, "c", DATA_FILES.freelancers));
    expect(other.rows.map((r) => r.skills)).not.toEqual(tables.freelancers.rows.slice(0, 50).map((r) => r.skills));
  });

  it("when fewer freelancers are asked for then the first ones are the same (per-record streams)", async () => {
    await generateMarketplace({ freelancers: 50, jobs: 0, seed: 7, outDir: join(root, "d"), taxonomy });
    const other = await readCsv(join(root, "d", DATA_FILES.freelancers));
    expect(other.rows).toEqual(tables.freelancers.rows.slice(0, 50));
  });
});

describe("generateMarketplace realism", () => {
  it("when rating freelancers then ratings skew high (median >= 4.5) and review counts are heavy-tailed", () => {
    const rated = tables.freelancers.rows.filter((r) => r.rating !== "");
    expect(rated.length).toBeGreaterThan(2000);
    expect(median(rated.map((r) => Number(r.rating)))).toBeGreaterThanOrEqual(4.5);
    const counts = tables.freelancers.rows.map((r) => Number(r.review_count));
    expect(Math.max(...counts)).toBeGreaterThan(20 * Math.max(1, median(counts)));
    expect(counts.filter((c) => c === 0).length).toBeGreaterThan(0);
  });

  it("when writing reviews then they are a consistent sample of each freelancer's rating and count", () => {
    const reviews = new Map<string, number[]>();
    for (const r of tables.reviews.rows) reviews.set(r.freelancer_id, [...(reviews.get(r.freelancer_id) ?? []), Number(r.rating)]);
    let checkedMeans = 0;
    for (const f of tables.freelancers.rows) {
      const count = Number(f.review_count);
      const stars = reviews.get(f.id) ?? [];
      expect(stars.length).toBe(Math.min(count, REVIEWS_KEPT_PER_FREELANCER));
      expect(f.rating === "").toBe(count === 0);
      if (count > 0 && count <= REVIEWS_KEPT_PER_FREELANCER) {
        checkedMeans++;
        expect(Math.abs(stars.reduce((a, b) => a + b, 0) / count - Number(f.rating))).toBeLessThanOrEqual(0.005);
      }
      expect(Number(f.completed_jobs)).toBeGreaterThanOrEqual(count);
    }
    expect(checkedMeans).toBeGreaterThan(100);
  });

  it("when an optional profile field can be missing then it is missing a few percent of the time", () => {
    const rows = tables.freelancers.rows;
    for (const column of ["title", "overview", "skills", "hourly_rate", "experience_level", "hours_per_week", "country", "timezone", "languages", "total_earnings", "last_active_at"]) {
      const share = rows.filter((r) => r[column] === "").length / rows.length;
      expect(share, column).toBeGreaterThan(0.005);
      expect(share, column).toBeLessThan(0.15);
    }
  });

  it("when freelancers write cover letters then some reuse one boilerplate letter across jobs", () => {
    const letters = new Map<string, Set<string>>();
    for (const p of tables.proposals.rows) {
      if (!p.cover_letter) continue;
      const key = `${p.freelancer_id}\n${p.cover_letter}`;
      letters.set(key, (letters.get(key) ?? new Set()).add(p.job_id));
    }
    const reused = [...letters.values()].filter((jobs) => jobs.size > 1).length;
    expect(reused).toBeGreaterThan(10);
    const texts = tables.proposals.rows.map((p) => p.cover_letter).filter((t) => t);
    const distinct = new Set(texts).size;
    expect(distinct / texts.length).toBeGreaterThan(0.5);
  });

  it("when a letter is reused across jobs then its proposal is hired less often than it is merely applied", () => {
    const jobsByLetter = new Map<string, Set<string>>();
    for (const p of tables.proposals.rows) {
      const key = `${p.freelancer_id}\n${p.cover_letter}`;
      jobsByLetter.set(key, (jobsByLetter.get(key) ?? new Set()).add(p.job_id));
    }
    const proposals = byId(tables.proposals.rows);
    const reusedShare = (outcome: string) => {
      const rows = tables.outcomes.rows.filter((o) => o.outcome === outcome).map((o) => proposals.get(o.proposal_id)!);
      return rows.filter((p) => p.cover_letter && jobsByLetter.get(`${p.freelancer_id}\n${p.cover_letter}`)!.size > 1).length / rows.length;
    };
    expect(reusedShare("applied")).toBeGreaterThan(0.05);
    expect(reusedShare("hired")).toBeLessThan(reusedShare("applied"));
  });

  it("when clients decide then about 70% of jobs hire exactly one freelancer", () => {
    const hires = new Map<string, number>();
    for (const o of tables.outcomes.rows) if (o.outcome === "hired") hires.set(o.job_id, (hires.get(o.job_id) ?? 0) + 1);
    expect([...hires.values()].every((n) => n === 1)).toBe(true);
    expect(hires.size / tables.jobs.rows.length).toBeGreaterThan(0.6);
    expect(hires.size / tables.jobs.rows.length).toBeLessThan(0.8);
  });

  it("when learning from outcomes then hired proposals overlap the job's skills more than the rest", () => {
    const freelancers = byId(tables.freelancers.rows);
    const jobs = byId(tables.jobs.rows);
    const overlap = (o: Record<string, string>) => {
      const wanted = new Set(splitList(jobs.get(o.job_id)!.skills));
      const held = splitList(freelancers.get(o.freelancer_id)!.skills);
      return wanted.size === 0 ? 0 : held.filter((s) => wanted.has(s)).length / wanted.size;
    };
    const mean = (outcome: string) => {
      const values = tables.outcomes.rows.filter((o) => o.outcome === outcome).map(overlap);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(mean("hired")).toBeGreaterThan(mean("applied") + 0.15);
    expect(mean("interviewed")).toBeGreaterThan(mean("applied"));
  });
});

describe("generateMarketplace edges", () => {
  it("when no proposals are asked for then proposals and outcomes hold only their headers", () =>
    withTempDir(async (dir) => {
      const s = await generateMarketplace({ freelancers: 20, jobs: 3, proposalsPerJob: 0, outDir: dir, taxonomy });
      expect([s.counts.proposals, s.counts.outcomes]).toEqual([0, 0]);
      expect(await readFile(join(dir, DATA_FILES.proposals), "utf8")).toBe(`${PROPOSAL_COLUMNS.map((c) => c.name).join(",")}\n`);
    }));

  it("when the folder holds older data then it is replaced and no temporary files remain", () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, DATA_FILES.jobs), "stale\n");
      await generateMarketplace({ freelancers: 10, jobs: 2, outDir: dir, taxonomy });
      expect((await readFile(join(dir, DATA_FILES.jobs), "utf8")).startsWith("id,title,")).toBe(true);
      expect((await readdir(dir)).sort()).toEqual(Object.values(DATA_FILES).sort());
    }));

  it("when the output folder cannot be created then it fails with OUTPUT_IO naming the folder", () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, "file"), "x");
      const error = await generateMarketplace({ freelancers: 1, jobs: 1, outDir: join(dir, "file", "sub"), taxonomy }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BestMatchError);
      expect((error as BestMatchError).code).toBe("OUTPUT_IO");
      expect((error as BestMatchError).file).toBe(join(dir, "file", "sub"));
    }));

  it.each([
    ["freelancers", { freelancers: -1, jobs: 1 }],
    ["jobs", { freelancers: 1, jobs: 2.5 }],
    ["proposalsPerJob", { freelancers: 1, jobs: 1, proposalsPerJob: -3 }],
    ["seed", { freelancers: 1, jobs: 1, seed: 2 ** 32 }],
  ] as const)("when %s is invalid then it fails with INVALID_OPTION on that field", async (field, options) => {
    const error = await generateMarketplace({ ...options, outDir: join(root, "never"), taxonomy }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BestMatchError);
    expect((error as BestMatchError).code).toBe("INVALID_OPTION");
    expect((error as BestMatchError).field).toBe(field);
  });
});
