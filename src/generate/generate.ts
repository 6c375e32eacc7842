/**
 * generateMarketplace: writes a realistic synthetic marketplace (freelancers, jobs, reviews,
 * proposals, outcomes) as CSV in the CLI's format. Two streaming passes:
 *  1. freelancers (and their review sample), each from its own seeded stream, written as they
 *     are made while a compact typed-array summary is kept (see pool.ts);
 *  2. jobs, each with its proposals and outcomes, applicants drawn from the summaries.
 * Same seed and options give byte-identical files.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { TaxonomyData } from "../skills/taxonomy-types.js";
import { buildDefaultTaxonomy } from "../skills/default-taxonomy/index.js";
import { BestMatchError } from "../errors.js";
import { DATA_FILES, FREELANCER_COLUMNS, JOB_COLUMNS, OUTCOME_COLUMNS, PROPOSAL_COLUMNS, REVIEW_COLUMNS } from "../io/columns.js";
import { CsvSink } from "./csv-sink.js";
import { REFERENCE_TIME, type GenContext } from "./context.js";
import { buildSkillModel } from "./skill-model.js";
import { FreelancerPool } from "./pool.js";
import { generateFreelancer, reviewRow } from "./freelancers.js";
import { generateJob } from "./jobs.js";
import { generateProposals } from "./proposals.js";
import type { OverviewWords } from "./long-overview.js";

export interface GenerateOptions {
  /** Number of freelancers (integer >= 0). */
  freelancers: number;
  /** Number of jobs (integer >= 0). */
  jobs: number;
  /** Mean proposals per job; each job gets between half and 1.5 times it. Default 8. */
  proposalsPerJob?: number;
  /** Any 32-bit unsigned integer. Default 1. */
  seed?: number;
  /** Folder to write into (created when missing); existing data files there are replaced. */
  outDir: string;
  /** Skills to draw from. Default: the taxonomy shipped with bestmatch. */
  taxonomy?: TaxonomyData;
  /**
   * Long freelancer overviews of `min`-`max` words (integers, 50 <= min <= max <= 1000), as real
   * profiles have, instead of the default ~45-word ones. Only the overview text changes: every
   * other field of every record is the same as without it. Default: unset (short overviews).
   */
  overviewWords?: OverviewWords;
  /** Called every few thousand records and at the end; total = freelancers + jobs. */
  onProgress?: (done: number, total: number) => void;
}

export type DataFileKind = keyof typeof DATA_FILES;

export interface GenerateSummary {
  seed: number;
  options: { freelancers: number; jobs: number; proposalsPerJob: number; seed: number; outDir: string; taxonomy: string; overviewWords?: OverviewWords };
  /** Rows written per file (header excluded). */
  counts: Record<DataFileKind, number>;
  /** Absolute or outDir-relative paths of the files written. */
  files: Record<DataFileKind, string>;
  /** Skills in the taxonomy used, and how many role clusters it yielded. */
  taxonomySkills: number;
  roles: number;
}

export const DEFAULT_GENERATE_OPTIONS = { proposalsPerJob: 8, seed: 1 } as const;
const PROGRESS_EVERY = 10_000;

export async function generateMarketplace(options: GenerateOptions): Promise<GenerateSummary> {
  const freelancers = requireCount("freelancers", options.freelancers);
  const jobs = requireCount("jobs", options.jobs);
  const proposalsPerJob = requireCount("proposalsPerJob", options.proposalsPerJob ?? DEFAULT_GENERATE_OPTIONS.proposalsPerJob);
  const seed = options.seed ?? DEFAULT_GENERATE_OPTIONS.seed;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new BestMatchError("INVALID_OPTION", "invalid generator seed", { field: "seed", value: seed, expected: "an integer from 0 to 4294967295" });
  }
  if (typeof options.outDir !== "string" || options.outDir === "") {
    throw new BestMatchError("INVALID_OPTION", "missing output folder", { field: "outDir", value: options.outDir, expected: "a folder path" });
  }
  const taxonomy = options.taxonomy ?? buildDefaultTaxonomy();
  const overviewWords = options.overviewWords === undefined ? undefined : requireOverviewWords(options.overviewWords);
  const ctx: GenContext = { seed, model: buildSkillModel(taxonomy), now: REFERENCE_TIME, overviewWords };
  const progress = options.onProgress ?? (() => {});
  const total = freelancers + jobs;

  try {
    await mkdir(options.outDir, { recursive: true });
  } catch (cause) {
    throw new BestMatchError("OUTPUT_IO", "could not create the output folder", { file: options.outDir, cause });
  }
  const files = Object.fromEntries(Object.entries(DATA_FILES).map(([k, name]) => [k, join(options.outDir, name)])) as Record<DataFileKind, string>;
  const sinks = {
    freelancers: new CsvSink(files.freelancers, FREELANCER_COLUMNS),
    reviews: new CsvSink(files.reviews, REVIEW_COLUMNS),
    jobs: new CsvSink(files.jobs, JOB_COLUMNS),
    proposals: new CsvSink(files.proposals, PROPOSAL_COLUMNS),
    outcomes: new CsvSink(files.outcomes, OUTCOME_COLUMNS),
  };
  const all = Object.values(sinks);
  try {
    const pool = new FreelancerPool(freelancers);
    for (let i = 0; i < freelancers; i++) {
      const f = generateFreelancer(ctx, i);
      pool.add(f.summary);
      await sinks.freelancers.write(f.row);
      for (const review of f.reviews) await sinks.reviews.write(reviewRow(`r${sinks.reviews.rows + 1}`, i, review));
      if ((i + 1) % PROGRESS_EVERY === 0) progress(i + 1, total);
    }
    pool.buildPostings(taxonomy.skills.length);
    for (let j = 0; j < jobs; j++) {
      const { row, job } = generateJob(ctx, j);
      await sinks.jobs.write(row);
      const { proposals, outcomes } = generateProposals(ctx, pool, job, proposalsPerJob, sinks.proposals.rows + 1);
      for (const p of proposals) await sinks.proposals.write(p);
      for (const o of outcomes) await sinks.outcomes.write(o);
      if ((freelancers + j + 1) % PROGRESS_EVERY === 0) progress(freelancers + j + 1, total);
    }
    for (const sink of all) await sink.close();
    for (const sink of all) await sink.commit();
  } catch (error) {
    await Promise.all(all.map((s) => s.discard()));
    throw error;
  }
  progress(total, total);
  return {
    seed,
    options: { freelancers, jobs, proposalsPerJob, seed, outDir: options.outDir, taxonomy: taxonomy.name, ...(overviewWords ? { overviewWords } : {}) },
    counts: {
      freelancers: sinks.freelancers.rows,
      jobs: sinks.jobs.rows,
      reviews: sinks.reviews.rows,
      proposals: sinks.proposals.rows,
      outcomes: sinks.outcomes.rows,
    },
    files,
    taxonomySkills: taxonomy.skills.length,
    roles: ctx.model.roles.length,
  };
}

function requireOverviewWords(value: unknown): OverviewWords {
  const v = value as Partial<OverviewWords> | null;
  const ok = typeof v === "object" && v !== null && Object.keys(v).every((k) => k === "min" || k === "max");
  const inRange = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 50 && x <= 1000;
  if (!ok || !inRange(v.min) || !inRange(v.max) || v.min > v.max) {
    throw new BestMatchError("INVALID_OPTION", 'invalid generator option "overviewWords"', { field: "overviewWords", value, expected: "{ min, max }: integers, 50 <= min <= max <= 1000" });
  }
  return { min: v.min, max: v.max };
}

function requireCount(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new BestMatchError("INVALID_OPTION", `invalid generator option "${field}"`, { field, value, expected: "an integer >= 0" });
  }
  return value;
}
