/**
 * `npm run serve:sample [-- --port N --token T]`: `bestmatch serve` on the shipped sample data
 * (fixtures/sample). Indexes the CSV files, writes a snapshot to .scratch/sample.snapshot, then
 * serves it exactly as `bestmatch serve --index .scratch/sample.snapshot` would.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { processIO } from "../src/cli/cli-io.js";
import { run } from "../src/cli/program.js";
import { readSample, sampleEngine } from "../src/testing/sample-data.js";

const dir = resolve(import.meta.dirname, "../.scratch");
mkdirSync(dir, { recursive: true });
const snapshot = join(dir, "sample.snapshot");
await sampleEngine(await readSample()).save(snapshot);
process.exitCode = await run(["serve", "--index", snapshot, ...process.argv.slice(2)], processIO());
