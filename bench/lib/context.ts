/**
 * What benchmark suites share within one process: the generated corpora (written once to
 * data/bench/<spec>/, reused across runs), their records, built engines (one at a time: a 1M
 * engine and its peers do not fit twice), build figures, and the generator's truth for grading.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine, type Engine } from "../../src/index.js";
import { generateMarketplace } from "../../src/generate/index.js";
import { readDataFolder, type DataFolder } from "../../src/learn/dataset.js";
import { memoryAfterGc, spread, timeOnce } from "./stats.js";
import { jobIndexOf, rebuildTruth, type Truth } from "./quality.js";

export interface DataSpec {
  name: string;
  freelancers: number;
  jobs: number;
  seed: number;
  proposalsPerJob?: number;
  /** Long freelancer overviews (generator option): real profiles run 100-200 words, the default ones ~45. */
  overviewWords?: { min: number; max: number };
}

/** Corpus seed of every benchmark corpus: results name it so runs can be compared. */
export const CORPUS_SEED = 1;

/** sha256 of the generator's source files (src/generate), in name order. */
export function generatorFingerprint(): string {
  const dir = fileURLToPath(new URL("../../src/generate/", import.meta.url));
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts")).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest("hex").slice(0, 16);
}

/** Freelancer corpora by size; each has enough jobs to draw 200 distinct query jobs. */
export const SIZE_SPECS: Record<string, DataSpec> = {
  "10k": { name: "10k", freelancers: 10_000, jobs: 1_000, seed: CORPUS_SEED },
  "100k": { name: "100k", freelancers: 100_000, jobs: 10_000, seed: CORPUS_SEED },
  "1m": { name: "1m", freelancers: 1_000_000, jobs: 10_000, seed: CORPUS_SEED },
};

/**
 * The build goal's corpus (issue 13: 30k profiles/s "with 100-200-word overviews"): the same
 * records as the size corpora but for their long overviews; 10k with --quick, 100k otherwise.
 */
export const LONG_OVERVIEW_SPECS: Record<"quick" | "full", DataSpec> = {
  quick: { name: "10k-long", freelancers: 10_000, jobs: 1_000, seed: CORPUS_SEED, overviewWords: { min: 100, max: 200 } },
  full: { name: "100k-long", freelancers: 100_000, jobs: 1_000, seed: CORPUS_SEED, overviewWords: { min: 100, max: 200 } },
};

/** rankProposals: the generator's proposalsPerJob option gives 25-75 per job (mean 50). */
export const PROPOSALS_SPEC: DataSpec = { name: "proposals-50", freelancers: 10_000, jobs: 1_000, seed: CORPUS_SEED, proposalsPerJob: 50 };
export const PROPOSALS_QUICK_SPEC: DataSpec = { name: "proposals-50-quick", freelancers: 2_000, jobs: 200, seed: CORPUS_SEED, proposalsPerJob: 50 };
/** recommendJobs over 100k jobs; few proposals per job keep the corpus small. */
export const JOBS_SPEC: DataSpec = { name: "jobs-100k", freelancers: 10_000, jobs: 100_000, seed: CORPUS_SEED, proposalsPerJob: 2 };

export interface BuildFigures {
  records: { freelancers: number; jobs: number; reviews: number; proposals: number };
  readMs: number;
  addFreelancersMs: number;
  addOthersMs: number;
  /** The first ranking learns skill similarity lazily: part of the build in practice. */
  firstQueryMs: number;
  /** heapUsed after a full GC, minus before the engine existed: after addFreelancers, after everything. */
  freelancerHeapBytes: number;
  engineHeapBytes: number;
  rssMB: number;
}

export interface Built {
  spec: DataSpec;
  dir: string;
  engine: Engine;
  data: DataFolder;
  figures: BuildFigures;
}

export interface BenchOptions {
  quick: boolean;
  /** Query jobs per corpus (200 by default). */
  queries: number;
  /** Per peer and corpus, in ms: peers keep answering queries until this is spent (at least `minPeerQueries`). */
  peerBudgetMs: number;
  minPeerQueries: number;
  log: (line: string) => void;
}

export class BenchContext {
  private current: Built | undefined;
  private truth: { spec: string; truth: Truth } | undefined;
  readonly dataRoot = resolve(process.cwd(), "data/bench");

  readonly options: BenchOptions;

  constructor(options: Partial<BenchOptions> & Pick<BenchOptions, "log">) {
    this.options = { quick: false, queries: 200, peerBudgetMs: 30_000, minPeerQueries: 20, ...options };
  }

  async ensureData(spec: DataSpec): Promise<string> {
    const dir = join(this.dataRoot, spec.name);
    const marker = join(dir, "spec.json");
    // The generator's source is part of the marker: data from an older generator would not match
    // the hidden preferences that quality.ts rebuilds with the current one.
    const want = JSON.stringify({ ...spec, generator: generatorFingerprint() });
    if (existsSync(marker) && readFileSync(marker, "utf8") === want) return dir;
    this.options.log(`generating ${spec.freelancers} freelancers and ${spec.jobs} jobs into ${dir} (once)`);
    const t = Date.now();
    await generateMarketplace({ freelancers: spec.freelancers, jobs: spec.jobs, seed: spec.seed, proposalsPerJob: spec.proposalsPerJob, overviewWords: spec.overviewWords, outDir: dir });
    writeFileSync(marker, want);
    this.options.log(`generated in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return dir;
  }

  /** Reads, indexes and warms an engine for `spec`; the previous one is dropped first. */
  async build(spec: DataSpec): Promise<Built> {
    if (this.current?.spec.name === spec.name) return this.current;
    this.current = undefined;
    const dir = await this.ensureData(spec);
    const t = performance.now();
    // Skip mode: a rare generated row the validator rejects is logged, not fatal.
    const data = await readDataFolder(dir, { onInvalid: "skip" });
    const readMs = performance.now() - t;
    for (const r of data.rejected) this.options.log(`rejected by validation: ${r.rows} rows of ${r.file}, e.g. ${r.example}`);
    const known = new Set(data.freelancers.map((f) => f.id));
    data.reviews = data.reviews.filter((r) => known.has(r.freelancerId));
    data.proposals = data.proposals.filter((p) => known.has(p.freelancerId));
    const before = memoryAfterGc();
    const engine = createEngine();
    const addFreelancers = timeOnce(() => engine.addFreelancers(data.freelancers));
    const afterFreelancers = memoryAfterGc();
    const addOthers = timeOnce(() => {
      engine.addJobs(data.jobs);
      engine.addReviews(data.reviews);
      engine.addProposals(data.proposals);
    });
    const first = timeOnce(() => engine.rankFreelancers(data.jobs[0].id, { limit: 20 }));
    const after = memoryAfterGc();
    const figures: BuildFigures = {
      records: { freelancers: data.freelancers.length, jobs: data.jobs.length, reviews: data.reviews.length, proposals: data.proposals.length },
      readMs,
      addFreelancersMs: addFreelancers.ms,
      addOthersMs: addOthers.ms,
      firstQueryMs: first.ms,
      freelancerHeapBytes: afterFreelancers.heapUsedBytes - before.heapUsedBytes,
      engineHeapBytes: after.heapUsedBytes - before.heapUsedBytes,
      rssMB: after.rssMB,
    };
    this.current = { spec, dir, engine, data, figures };
    return this.current;
  }

  /** Drops the current engine so the next corpus (or peers) have the memory. */
  release(): void {
    this.current = undefined;
  }

  /** The query jobs of a corpus: `queries` distinct jobs spread over its jobs, deterministic. */
  queryJobs(built: Built): string[] {
    return spread(built.data.jobs, this.options.queries).map((j) => j.id);
  }

  /** The generator's truth for a corpus and its query jobs, rebuilt once per corpus. */
  truthFor(built: Built): Truth {
    if (this.truth?.spec !== built.spec.name) {
      const t = Date.now();
      const truth = rebuildTruth(built.spec.seed, built.spec.freelancers, this.queryJobs(built).map(jobIndexOf));
      this.truth = { spec: built.spec.name, truth };
      this.options.log(`[truth ${built.spec.name}] regenerated hidden preferences in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    return this.truth.truth;
  }
}

/** One measured figure. `ratio` figures compare against a baseline measured in the same process. */
export interface Figure {
  suite: string;
  corpus: string;
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export interface Suite {
  name: string;
  /** Per-size suites run once per freelancer corpus; the others once per run. */
  perSize: boolean;
  run(ctx: BenchContext, spec: DataSpec): Promise<Figure[]>;
}
