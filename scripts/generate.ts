/**
 * Thin command-line wrapper over generateMarketplace until the CLI's `bestmatch generate` lands:
 *   npx tsx scripts/generate.ts --freelancers 1000 --jobs 100 [--proposals-per-job 8] [--seed 1] --out data/gen
 */
import { parseArgs } from "node:util";
import { generateMarketplace } from "../src/generate/index.js";
import { BestMatchError } from "../src/errors.js";

const { values } = parseArgs({
  options: {
    freelancers: { type: "string" },
    jobs: { type: "string" },
    "proposals-per-job": { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
  },
});

function integer(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) {
    console.error(`--${name} must be a whole number, got "${text}"`);
    process.exit(2);
  }
  return Number(text);
}

if (values.freelancers === undefined || values.jobs === undefined || values.out === undefined) {
  console.error("usage: tsx scripts/generate.ts --freelancers N --jobs M [--proposals-per-job K] [--seed S] --out DIR");
  process.exit(2);
}

const started = performance.now();
let lastReport = 0;
const summary = await generateMarketplace({
  freelancers: integer("freelancers", values.freelancers)!,
  jobs: integer("jobs", values.jobs)!,
  proposalsPerJob: integer("proposals-per-job", values["proposals-per-job"]),
  seed: integer("seed", values.seed),
  outDir: values.out,
  onProgress: (done, total) => {
    const now = performance.now();
    if (now - lastReport > 1000 || done === total) {
      lastReport = now;
      process.stderr.write(`\r${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} records`);
    }
  },
}).catch((error: unknown) => {
  if (!(error instanceof BestMatchError)) throw error;
  console.error(`\nbestmatch generate: ${error.message} [${error.code}]`);
  process.exit(1);
});
process.stderr.write("\n");
console.log(JSON.stringify({ ...summary, seconds: Math.round((performance.now() - started) / 100) / 10 }, null, 2));
