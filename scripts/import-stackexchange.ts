/**
 * Thin wrapper: `tsx scripts/import-stackexchange.ts DUMP_DIR --out OUT_DIR`.
 * Converts a Stack Exchange data dump folder into bestmatch CSV files and prints the summary as JSON.
 */
import { parseArgs } from "node:util";
import { BestMatchError } from "../src/errors.js";
import { importStackExchange } from "../src/import/stackexchange/index.js";

const USAGE = "usage: tsx scripts/import-stackexchange.ts DUMP_DIR --out OUT_DIR [--review-delay-days N]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, "review-delay-days": { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help || positionals.length !== 1 || !values.out) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const delay = values["review-delay-days"];
  const reviewDelayDays = delay === undefined ? undefined : Number(delay);
  if (reviewDelayDays !== undefined && !(Number.isInteger(reviewDelayDays) && reviewDelayDays >= 0)) {
    console.error(`--review-delay-days must be a whole number >= 0 (got ${JSON.stringify(delay)})`);
    return 2;
  }
  const summary = await importStackExchange({
    dumpDir: positionals[0],
    outDir: values.out,
    reviewDelayDays,
    onProgress: (stage, done) => process.stderr.write(`${stage}: ${done}\n`),
  });
  console.log(JSON.stringify(summary, null, 2));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof BestMatchError ? `${error.code}: ${error.message}` : error);
    process.exit(1);
  },
);
