/**
 * What benchmark operations share within one process: the generated data sets (written once to
 * data/bench/, reused across runs), their records, built engines, and exhaustive rankings (the
 * slowest thing measured, so rank and recall use the same runs).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createEngine, type Engine } from "../../src/index.js";
import { generateMarketplace } from "../../src/generate/index.js";
import { readDataFolder, type DataFolder } from "../../src/learn/dataset.js";
import { memoryAfterGc, spread, timeEach, timeOnce, type MemoryFigures } from "./stats.js";

export interface DataSpec {
  name: string;
  freelancers: number;
  jobs: number;
  seed: number;
}

export const DATA_SPECS = {
  "10k": { name: "10k", freelancers: 10_000, jobs: 1_000, seed: 1 },
  "100k": { name: "100k", freelancers: 100_000, jobs: 10_000, seed: 1 },
} as const satisfies Record<string, DataSpec>;

export interface BuildFigures {
  spec: DataSpec;
  records: { freelancers: number; jobs: number; reviews: number; proposals: number };
  readMs: number;
  addFreelancersMs: number;
  addOthersMs: number;
  /** The first ranking learns skill similarity lazily: part of the build in practice. */
  firstQueryMs: number;
  before: MemoryFigures;
  after: MemoryFigures;
}

export interface Built {
  engine: Engine;
  data: DataFolder;
  figures: BuildFigures;
}

export interface BenchOptions {
  quick: boolean;
  log: (line: string) => void;
}

export class BenchContext {
  private readonly built = new Map<string, Built>();
  private readonly exhaustive = new Map<string, { ms: number[]; top: Map<string, string[]> }>();
  readonly dataRoot = resolve(process.cwd(), "data/bench");

  constructor(readonly options: BenchOptions) {}

  /** The data set ranking benchmarks run on: 100k, or 10k in --quick mode. */
  get mainSpec(): DataSpec {
    return this.options.quick ? DATA_SPECS["10k"] : DATA_SPECS["100k"];
  }

  /** Jobs whose exhaustive ranking is timed and used as the recall reference (it costs ~N x 37 us each). */
  get exhaustiveJobs(): number {
    return this.options.quick ? 50 : 20;
  }

  async ensureData(spec: DataSpec): Promise<string> {
    const dir = join(this.dataRoot, spec.name);
    const marker = join(dir, "spec.json");
    const want = JSON.stringify(spec);
    if (existsSync(marker) && readFileSync(marker, "utf8") === want) return dir;
    this.options.log(`generating ${spec.freelancers} freelancers and ${spec.jobs} jobs into ${dir} (once)`);
    await generateMarketplace({ freelancers: spec.freelancers, jobs: spec.jobs, seed: spec.seed, outDir: dir });
    writeFileSync(marker, want);
    return dir;
  }

  /** Reads, indexes and warms an engine for the data set once per process. */
  async build(spec: DataSpec): Promise<Built> {
    const cached = this.built.get(spec.name);
    if (cached) return cached;
    const dir = await this.ensureData(spec);
    // Skip mode: the generator can (rarely) write a profile with no title, overview or skills, which the
    // validator rejects; such rows are logged, not fatal.
    const read = await timeAsync(() => readDataFolder(dir, { onInvalid: "skip" }));
    const data = read.value;
    for (const r of data.rejected) this.options.log(`rejected by validation: ${r.rows} rows of ${r.file}, e.g. ${r.example}`);
    const rejectedIds = new Set(data.rejected.length ? await rejectedFreelancers(data) : []);
    if (rejectedIds.size) {
      data.reviews = data.reviews.filter((r) => !rejectedIds.has(r.freelancerId));
      data.proposals = data.proposals.filter((p) => !rejectedIds.has(p.freelancerId));
    }
    const before = memoryAfterGc();
    const engine = createEngine();
    const addFreelancers = timeOnce(() => engine.addFreelancers(data.freelancers));
    const addOthers = timeOnce(() => {
      engine.addJobs(data.jobs);
      engine.addReviews(data.reviews);
      engine.addProposals(data.proposals);
    });
    const first = timeOnce(() => engine.rankFreelancers(data.jobs[0].id, { limit: 20 }));
    const after = memoryAfterGc();
    const figures: BuildFigures = {
      spec,
      records: { freelancers: data.freelancers.length, jobs: data.jobs.length, reviews: data.reviews.length, proposals: data.proposals.length },
      readMs: read.ms,
      addFreelancersMs: addFreelancers.ms,
      addOthersMs: addOthers.ms,
      firstQueryMs: first.ms,
      before,
      after,
    };
    const built = { engine, data, figures };
    this.built.set(spec.name, built);
    return built;
  }

  /** Query jobs for ranking benchmarks: `n` spread over the indexed jobs. */
  queryJobs(built: Built, n: number): string[] {
    return spread(built.data.jobs, n).map((j) => j.id);
  }

  /** Exhaustive top-20 and timings for the first `exhaustiveJobs` query jobs, computed once. */
  exhaustiveRuns(built: Built): { jobs: string[]; ms: number[]; top: Map<string, string[]> } {
    const jobs = this.queryJobs(built, this.exhaustiveJobs);
    let runs = this.exhaustive.get(built.figures.spec.name);
    if (!runs) {
      const top = new Map<string, string[]>();
      const ms = timeEach(jobs, (id) => top.set(id, built.engine.rankFreelancers(id, { limit: 20, exhaustive: true }).items.map((i) => i.id)));
      runs = { ms, top };
      this.exhaustive.set(built.figures.spec.name, runs);
    }
    return { jobs, ...runs };
  }
}

/** Freelancer ids referenced by reviews or proposals but missing from the freelancers read. */
async function rejectedFreelancers(data: DataFolder): Promise<string[]> {
  const known = new Set(data.freelancers.map((f) => f.id));
  const refs = [...data.reviews.map((r) => r.freelancerId), ...data.proposals.map((p) => p.freelancerId)];
  return [...new Set(refs.filter((id) => !known.has(id)))];
}

async function timeAsync<R>(fn: () => Promise<R>): Promise<{ ms: number; value: R }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** One measured figure; `ratio` figures compare against a baseline measured in the same process. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export interface OperationResult {
  operation: string;
  /** Corpus the figures were measured on, printed first. */
  corpus: string;
  figures: Figure[];
}

export type Operation = (ctx: BenchContext) => Promise<OperationResult>;
