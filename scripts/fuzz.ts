/**
 * Fuzzes the CSV reader, the record validator and the snapshot reader: every case must end in a
 * clean result or a BestMatchError (anything else is a bug, printed with its counterexample).
 * Run: npx tsx scripts/fuzz.ts [csv|records|snapshot ...] [--runs N] [--seed S]   (default: all three, 100,000 runs each)
 */
import { fuzzCsv, fuzzRecords, fuzzSnapshot, type FuzzReport } from "../src/testing/fuzzers.js";

const args = process.argv.slice(2);
const flag = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const runs = flag("--runs") ?? 100_000;
const seed = flag("--seed") ?? Date.now() % 2 ** 31;
const FUZZERS: Record<string, (runs: number, seed?: number) => Promise<FuzzReport>> = { csv: fuzzCsv, records: fuzzRecords, snapshot: fuzzSnapshot };
const chosen = args.filter((a) => a in FUZZERS);

console.log(`seed ${seed}, ${runs.toLocaleString("en-US")} runs per fuzzer`);
let failed = false;
for (const name of chosen.length ? chosen : Object.keys(FUZZERS)) {
  try {
    const r = await FUZZERS[name](runs, seed);
    const errors = Object.entries(r.errors).sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(", ");
    console.log(`${r.name}: ${r.runs.toLocaleString("en-US")} cases in ${(r.ms / 1000).toFixed(1)} s; clean ${r.clean.toLocaleString("en-US")}; BestMatchError: ${errors || "none"}; other exceptions: none`);
  } catch (err) {
    failed = true;
    console.log(`${name}: FAILED\n${err instanceof Error ? err.message : String(err)}`);
  }
}
process.exitCode = failed ? 1 : 0;
