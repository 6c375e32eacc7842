/**
 * `npm run bench [-- <operation>...] [-- --quick]`: runs the benchmark operations (all by default),
 * prints a compact table, and writes the figures as JSON to .bench-out/.
 * Full mode uses 100k generated freelancers (plus 10k for build); --quick uses 10k only.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { BenchContext, type Operation, type OperationResult } from "./lib/context.js";
import { buildBench } from "./build.js";
import { rankBench } from "./rank.js";
import { recallBench } from "./recall.js";
import { peersBench } from "./peers.js";

const OPERATIONS: Record<string, Operation> = { build: buildBench, rank: rankBench, recall: recallBench, peers: peersBench };

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = unit === "ms" && value < 10 ? 2 : unit === "" || unit === "share" || unit === "x" ? 3 : Math.abs(value) < 100 ? 1 : 0;
  return `${value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit && unit !== "share" ? ` ${unit}` : ""}`;
}

function printTable(results: OperationResult[]): void {
  const rows = results.flatMap((r) => r.figures.map((f) => [r.operation, f.name, format(f.value, f.unit), f.note ?? ""]));
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c].length), 4));
  for (const row of rows) console.log(`${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padStart(widths[2])}  ${row[3]}`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { quick: { type: "boolean", default: false } } });
  const unknown = positionals.filter((p) => !(p in OPERATIONS));
  if (unknown.length) {
    console.error(`unknown operation ${unknown.join(", ")}; choose from ${Object.keys(OPERATIONS).join(", ")}`);
    return 2;
  }
  const names = positionals.length ? positionals : Object.keys(OPERATIONS);
  const ctx = new BenchContext({ quick: values.quick ?? false, log: (line) => console.log(line) });
  const started = Date.now();
  const results: OperationResult[] = [];
  for (const name of names) {
    const t = Date.now();
    results.push(await OPERATIONS[name](ctx));
    console.log(`[${name}] done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log("");
  printTable(results);
  const out = {
    date: new Date().toISOString(),
    mode: values.quick ? "quick" : "full",
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    seconds: (Date.now() - started) / 1000,
    results,
  };
  mkdirSync(".bench-out", { recursive: true });
  const file = join(".bench-out", `bench-${out.mode}-${names.join("-")}.json`);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nwrote ${file} (${out.seconds.toFixed(0)} s)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
