/**
 * `npm run bench [-- <suite>...] [--quick] [--sizes 10k,100k,1m] [--queries N] [--peer-budget S] [--out file]`
 *
 * Runs the suites (all by default) on generated corpora, prints a markdown table and writes the
 * figures as JSON (bench/results/latest.json; .bench-out/quick.json with --quick). Per-size suites
 * (build, rank-freelancers, peers, snapshot) run on each corpus size: 10k and 100k by default,
 * 10k with --quick. Exits non-zero when a suite fails, gives no figure or a number that is not finite.
 * Needs a forced GC for memory figures: without --expose-gc it re-runs itself with it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BenchContext, CORPUS_SEED, SIZE_SPECS, type Suite } from "./lib/context.js";
import { markdownTable, smokeProblems, type SuiteOutcome } from "./lib/report.js";
import { buildSuite } from "./build.js";
import { rankFreelancersSuite } from "./rank-freelancers.js";
import { rankFreelancersTreesSuite } from "./rank-freelancers-trees.js";
import { peersSuite } from "./peers.js";
import { snapshotSuite } from "./snapshot.js";
import { rankProposalsSuite } from "./rank-proposals.js";
import { recommendJobsSuite } from "./recommend-jobs.js";
import { batchSuite } from "./batch.js";
import { csvReadSuite } from "./csv-read.js";
import { serveSuite } from "./serve.js";
import { suggestSkillsSuite } from "./suggest-skills.js";
import { buildLongSuite } from "./build-long.js";

// recommend-jobs right after the per-size suites: with --quick it reuses the 10k engine still in memory.
// build-long last: it builds its own corpus and drops the engine.
const SUITES: Suite[] = [buildSuite, rankFreelancersSuite, rankFreelancersTreesSuite, peersSuite, snapshotSuite, serveSuite, recommendJobsSuite, rankProposalsSuite, batchSuite, csvReadSuite, suggestSkillsSuite, buildLongSuite];

function reexecWithGc(): number | undefined {
  if ((globalThis as { gc?: unknown }).gc) return undefined;
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=20000", "--import", "tsx", script, ...process.argv.slice(2)], { stdio: "inherit" });
  return r.status ?? 1;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      quick: { type: "boolean", default: false },
      sizes: { type: "string" },
      queries: { type: "string" },
      "peer-budget": { type: "string" },
      out: { type: "string" },
    },
  });
  const quick = values.quick ?? false;
  const unknown = positionals.filter((p) => !SUITES.some((s) => s.name === p));
  const sizes = (values.sizes ?? (quick ? "10k" : "10k,100k")).split(",").map((s) => s.trim().toLowerCase());
  const badSize = sizes.filter((s) => !(s in SIZE_SPECS));
  if (unknown.length || badSize.length) {
    console.error(`unknown ${unknown.length ? `suite ${unknown.join(", ")}` : `size ${badSize.join(", ")}`}; suites: ${SUITES.map((s) => s.name).join(", ")}; sizes: ${Object.keys(SIZE_SPECS).join(", ")}`);
    return 2;
  }
  const suites = positionals.length ? SUITES.filter((s) => positionals.includes(s.name)) : SUITES;
  const ctx = new BenchContext({
    quick,
    queries: Number(values.queries ?? (quick ? 50 : 200)),
    peerBudgetMs: Number(values["peer-budget"] ?? (quick ? 1 : 30)) * 1000,
    minPeerQueries: quick ? 5 : 20,
    log: (line) => console.error(line),
  });
  const started = Date.now();
  const outcomes: SuiteOutcome[] = [];
  const runSuite = async (suite: Suite, specName: string) => {
    const spec = SIZE_SPECS[specName];
    const t = Date.now();
    const outcome: SuiteOutcome = { suite: suite.name, corpus: suite.perSize ? specName : "", seconds: 0, figures: [] };
    try {
      outcome.figures = await suite.run(ctx, spec);
      outcome.corpus = outcome.figures[0]?.corpus ?? outcome.corpus;
    } catch (error) {
      outcome.error = error instanceof Error ? error.message : String(error);
      console.error(error);
    }
    outcome.seconds = (Date.now() - t) / 1000;
    console.error(`[${suite.name}${suite.perSize ? ` ${specName}` : ""}] ${outcome.error ? "FAILED" : "done"} in ${outcome.seconds.toFixed(1)} s`);
    outcomes.push(outcome);
  };
  for (const size of sizes) for (const suite of suites.filter((s) => s.perSize)) await runSuite(suite, size);
  for (const suite of suites.filter((s) => !s.perSize)) await runSuite(suite, sizes[0]);

  const figures = outcomes.flatMap((o) => o.figures);
  console.log(markdownTable(figures));
  const cpu = cpus();
  const record = {
    date: new Date().toISOString(),
    mode: quick ? "quick" : "full",
    args: process.argv.slice(2),
    node: process.version,
    cpu: cpu[0]?.model,
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    corpusSeed: CORPUS_SEED,
    sizes,
    seconds: (Date.now() - started) / 1000,
    suites: outcomes.map(({ figures: _f, ...o }) => o),
    figures,
  };
  const out = values.out ?? (quick ? ".bench-out/quick.json" : "bench/results/latest.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
  console.error(`\nwrote ${out} (${record.seconds.toFixed(0)} s)`);
  const problems = smokeProblems(outcomes);
  for (const p of problems) console.error(`bench: ${p}`);
  return problems.length ? 1 : 0;
}

const code = reexecWithGc();
if (code !== undefined) process.exit(code);
main().then(
  (c) => process.exit(c),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
