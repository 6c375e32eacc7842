/**
 * Streams the records of a CSV file with a header row (fast-csv underneath), for the taxonomy importers.
 * Headers match case-insensitively; a missing required column, a record with the wrong number of cells
 * and a quoting error all fail with the file and the line where the record starts, because the files
 * are third-party downloads and the user needs to know exactly what is wrong with theirs.
 */
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { parse } from "fast-csv";
import { BestMatchError } from "../../errors.js";

export interface CsvColumns {
  /** Columns the file must have (any letter case). */
  required: readonly string[];
  /** Columns read when present; absent ones read as "". */
  optional?: readonly string[];
}

export interface CsvRecord {
  /** 1-based line where the record starts (quoted cells may span lines). */
  line: number;
  /** Cell of a declared column by its declared name; "" when empty or when an optional column is absent. */
  cells: Record<string, string>;
}

/** The header's columns, plus which declared optional columns the file has. */
export interface CsvHeader {
  found: string[];
  present: Set<string>;
}

export async function* csvRecords(file: string, columns: CsvColumns, onHeader?: (header: CsvHeader) => void): AsyncGenerator<CsvRecord> {
  try {
    await access(file);
  } catch (cause) {
    throw new BestMatchError("INPUT_IO", "cannot read file", { file, cause });
  }
  const input = createReadStream(file);
  const parser = parse({ headers: false });
  input.on("error", (cause) => parser.destroy(new BestMatchError("INPUT_IO", "cannot read file", { file, cause })));
  input.pipe(parser);

  let line = 1;
  let indexes: Array<[name: string, index: number]> | undefined;
  let width = 0;
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      const start = line;
      line += 1 + countNewlines(row);
      if (row.length === 0 || (row.length === 1 && row[0] === "")) continue; // blank line
      if (!indexes) {
        const header = row.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, "") : cell).trim());
        indexes = resolveColumns(file, header, columns, onHeader);
        width = header.length;
        continue;
      }
      if (row.length !== width) {
        throw new BestMatchError("INVALID_INPUT", `record has ${row.length} cells but the header has ${width}`, {
          file,
          line: start,
          expected: "one cell per header column (quote cells that contain commas or line breaks)",
        });
      }
      const cells: Record<string, string> = {};
      for (const [name, index] of indexes) cells[name] = index < 0 ? "" : row[index];
      yield { line: start, cells };
    }
  } catch (error) {
    if (error instanceof BestMatchError) throw error;
    throw new BestMatchError("INVALID_INPUT", `malformed CSV: ${(error as Error).message}`, { file, line, cause: error });
  } finally {
    input.destroy(); // also when the consumer stops early
  }
  if (!indexes) {
    throw new BestMatchError("INVALID_INPUT", "file is empty", { file, expected: `a header row with columns ${columns.required.join(", ")}` });
  }
}

function resolveColumns(
  file: string,
  header: string[],
  columns: CsvColumns,
  onHeader?: (header: CsvHeader) => void,
): Array<[string, number]> {
  const position = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.toLowerCase();
    if (!position.has(key)) position.set(key, i);
  });
  const missing = columns.required.filter((name) => !position.has(name.toLowerCase()));
  if (missing.length > 0) {
    throw new BestMatchError(
      "INVALID_INPUT",
      `missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}; columns found: ${header.join(", ") || "(none)"}`,
      { file, line: 1, field: missing[0], expected: `columns ${columns.required.join(", ")}` },
    );
  }
  const declared = [...columns.required, ...(columns.optional ?? [])];
  const present = new Set(declared.filter((name) => position.has(name.toLowerCase())));
  onHeader?.({ found: header, present });
  return declared.map((name) => [name, position.get(name.toLowerCase()) ?? -1]);
}

function countNewlines(row: string[]): number {
  let n = 0;
  for (const cell of row) {
    for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) n++;
  }
  return n;
}
