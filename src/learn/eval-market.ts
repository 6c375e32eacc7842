/**
 * What an evaluation ranks against, the same way for any data folder in the CLI format:
 *   - dated (the folder has freelancer_snapshots.csv, as the Stack Exchange importer writes): a
 *     leak-free replay, so a job posted at p is ranked with exactly what was known at p;
 *   - otherwise (generated data, a marketplace export): one engine holding the data as given.
 * Both answer the same questions (the engine, a freelancer's record now, who can be ranked), so
 * every task and baseline is written once.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createEngine } from "../engine.js";
import type { Engine } from "../engine-types.js";
import type { EngineOptions } from "../options.js";
import type { FreelancerRecord, JobRecord, ProposalRecord } from "../model/records.js";
import { readDataFolder, readSnapshotFile, type DataFolder, type ReadOptions, type SnapshotRow } from "./dataset.js";
import { LeakFreeReplay } from "./replay.js";

/** Written next to the data files by the Stack Exchange importer (src/import/stackexchange). */
export const SNAPSHOTS_FILE = "freelancer_snapshots.csv";

export interface EvalFolder {
  dir: string;
  data: DataFolder;
  /** Present when the folder is dated: per-instant freelancer states. */
  snapshots?: SnapshotRow[];
}

export async function readEvalFolder(dir: string, options: ReadOptions = {}): Promise<EvalFolder> {
  const data = await readDataFolder(dir, options);
  const path = join(dir, SNAPSHOTS_FILE);
  const snapshots = existsSync(path) ? await readSnapshotFile(path, options, data.rejected) : undefined;
  return { dir, data, snapshots };
}

export interface Market {
  readonly engine: Engine;
  readonly dated: boolean;
  /** Moves knowledge forward to instant `at` (dated) and returns the freelancer records that changed. */
  advanceTo(at: number): FreelancerRecord[];
  /** Runs `fn` while the job's own proposals are ranked (dated: they are hidden otherwise). */
  withProposalsOf<R>(jobId: string, fn: () => R): R;
  /** A freelancer's record as known now. */
  record(freelancerId: string): FreelancerRecord | undefined;
  /** Can this freelancer be ranked now? */
  isCandidate(freelancerId: string): boolean;
  candidateCount(): number;
}

export function timeOf(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : NaN;
}

export function newMarket(folder: EvalFolder, engineOptions: Partial<EngineOptions> = {}): Market {
  const engine = createEngine(engineOptions);
  const { data, snapshots } = folder;
  if (snapshots) {
    const replay = new LeakFreeReplay(engine, { snapshots, reviews: data.reviews, jobs: data.jobs, proposals: data.proposals });
    return {
      engine,
      dated: true,
      advanceTo(at) {
        replay.advanceTo(at);
        return replay.lastChanged;
      },
      withProposalsOf: (jobId, fn) => replay.withProposalsOf(jobId, fn),
      record: (id) => replay.record(id),
      isCandidate: (id) => replay.isActive(id),
      candidateCount: () => replay.activeCount,
    };
  }
  engine.addFreelancers(data.freelancers);
  engine.addJobs(data.jobs);
  engine.addReviews(data.reviews);
  engine.addProposals(data.proposals);
  const records = new Map(data.freelancers.map((f) => [f.id, f]));
  let handedOut = false;
  return {
    engine,
    dated: false,
    advanceTo() {
      if (handedOut) return [];
      handedOut = true;
      return data.freelancers;
    },
    withProposalsOf: (_jobId, fn) => fn(),
    record: (id) => records.get(id),
    isCandidate: (id) => records.has(id),
    candidateCount: () => records.size,
  };
}

/**
 * A market as it stood just before `splitAt` for the job recommendation task: dated data through the
 * replay; otherwise the records as given, but only jobs, reviews and proposals known before the split
 * (the later jobs are what is ranked; their proposals are the answer). `candidates` are then added.
 */
export function marketBeforeSplit(folder: EvalFolder, splitAt: number, candidates: readonly JobRecord[], engineOptions: Partial<EngineOptions> = {}): Market {
  const later = new Set(candidates.map((j) => j.id));
  if (folder.snapshots) {
    const market = newMarket(folder, engineOptions);
    if (Number.isFinite(splitAt)) market.advanceTo(splitAt - 1);
    market.engine.addJobs(candidates);
    return market;
  }
  const before = (t: unknown, strict: boolean) => {
    const at = timeOf(t);
    return Number.isNaN(at) || !Number.isFinite(splitAt) || (strict ? at < splitAt : at <= splitAt);
  };
  const { data } = folder;
  const past: DataFolder = {
    ...data,
    jobs: data.jobs.filter((j) => !later.has(j.id)),
    reviews: data.reviews.filter((r) => before(r.createdAt, false)),
    proposals: data.proposals.filter((p: ProposalRecord) => !later.has(p.jobId) && before(p.submittedAt, true)),
  };
  const market = newMarket({ ...folder, data: past }, engineOptions);
  market.engine.addJobs(candidates);
  return market;
}
