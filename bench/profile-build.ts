/**
 * Profiles engine.addFreelancers on a bench corpus (default: the long-overview one), to see
 * where build time goes. Not a suite: timings under the profiler are not figures.
 *
 *   node --cpu-prof --cpu-prof-dir=.bench-out/prof --import tsx bench/profile-build.ts [10k-long|100k-long|10k|...]
 *   npx tsx bench/lib/cpuprofile.ts .bench-out/prof/<file>.cpuprofile
 */
import { BenchContext, LONG_OVERVIEW_SPECS, SIZE_SPECS } from "./lib/context.js";
import { readDataFolder } from "../src/learn/dataset.js";
import { createEngine } from "../src/index.js";

const name = process.argv[2] ?? "10k-long";
const spec = Object.values({ ...SIZE_SPECS, ...LONG_OVERVIEW_SPECS }).find((s) => s.name === name);
if (!spec) {
  console.error(`unknown corpus ${name}`);
  process.exit(2);
}
const ctx = new BenchContext({ log: (line) => console.error(line) });
const data = await readDataFolder(await ctx.ensureData(spec), { onInvalid: "skip" });
const engine = createEngine();
const t = performance.now();
engine.addFreelancers(data.freelancers);
const ms = performance.now() - t;
console.error(`${data.freelancers.length} profiles in ${(ms / 1000).toFixed(2)} s: ${Math.round(data.freelancers.length / (ms / 1000))} profiles/s`);
