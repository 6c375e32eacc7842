/**
 * CSV reading throughput (issue 14): MB/s for 1, 10 and 100 MB inputs, so "linear in the input"
 * is a measured figure (flat MB/s across sizes), not a claim. Two shapes:
 * - rows: a freelancers file of ordinary rows, read into validated records (the CLI's path);
 * - one quoted cell of the whole size, through the parser alone (the shape fast-csv took 1:49
 *   for at 10 MB; the cell cap is lifted here to measure the parser, not the cap).
 * --quick: 1 MB only. Standalone: npx tsx bench/csv-read.ts
 */
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { FREELANCER_COLUMNS } from "../src/io/columns.js";
import { readCsvRows } from "../src/io/csv-rows.js";
import { readRecords } from "../src/io/read-records.js";
import { RejectionPolicy } from "../src/io/rejection.js";
import { validateFreelancer } from "../src/model/validate.js";
import type { Figure, Suite } from "./lib/context.js";

const MB = 2 ** 20;
const HEADER = "id,title,overview,skills,hourly_rate,experience_level,country,last_active_at\n";

function rowsFile(path: string, bytes: number): void {
  const parts = [HEADER];
  let size = HEADER.length;
  for (let i = 0; size < bytes; i++) {
    const row = `f${i},Senior React developer ${i % 97},"Builds dashboards in React and TypeScript, ""fast"" APIs in Node.js; ${i % 13} years.",React;TypeScript;Node.js,${40 + (i % 60)},expert,DE,2024-05-${String(1 + (i % 28)).padStart(2, "0")}\n`;
    parts.push(row);
    size += row.length;
  }
  writeFileSync(path, parts.join(""));
}

function cellFile(path: string, bytes: number): void {
  const body = "word, and \"\"quoted\"\"\n".repeat(Math.ceil(bytes / 21)).slice(0, bytes);
  writeFileSync(path, `id,overview\n1,"${body.replace(/"+$/, "")}"\n`);
}

async function timeRows(path: string): Promise<number> {
  const t = performance.now();
  const r = await readRecords({ input: createReadStream(path), file: path, specs: FREELANCER_COLUMNS, validate: validateFreelancer, policy: new RejectionPolicy("fail") });
  if (r.records.length === 0) throw new Error("no records read");
  return performance.now() - t;
}

async function timeCell(path: string): Promise<number> {
  const t = performance.now();
  let cells = 0;
  for await (const row of readCsvRows(createReadStream(path), path, { cellChars: Infinity, rowChars: Infinity })) cells += row.cells.length;
  if (cells !== 4) throw new Error(`expected 2 rows of 2 cells, read ${cells} cells`);
  return performance.now() - t;
}

export async function csvReadFigures(sizesMb: number[]): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "bestmatch-csv-bench-"));
  const figures: Figure[] = [];
  try {
    for (const mb of sizesMb) {
      for (const [shape, make, time] of [["rows", rowsFile, timeRows], ["one cell", cellFile, timeCell]] as const) {
        const path = join(dir, `${shape.replace(" ", "-")}-${mb}.csv`);
        make(path, mb * MB);
        const size = statSync(path).size / MB;
        const ms = await time(path);
        figures.push({ suite: "csv-read", corpus: `${mb} MB`, name: `${shape} MB/s`, value: size / (ms / 1000), unit: "MB/s", note: `${size.toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s` });
        rmSync(path);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

export const csvReadSuite: Suite = {
  name: "csv-read",
  perSize: false,
  run: (ctx) => csvReadFigures(ctx.options.quick ? [1] : [1, 10, 100]),
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const f of await csvReadFigures(process.argv.includes("--quick") ? [1] : [1, 10, 100])) console.log(`${f.corpus.padStart(6)}  ${f.name.padEnd(14)} ${f.value.toFixed(1).padStart(7)} ${f.unit}  (${f.note})`);
}
