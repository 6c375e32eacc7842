/**
 * Writes record tables as CSV per src/io/columns.ts with fast-csv's streaming formatter.
 * All files of one import go to temp names first and are renamed only once every file is complete,
 * so a failed import never leaves a half-written data folder behind.
 */
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { format } from "fast-csv";
import { BestMatchError } from "../../errors.js";
import type { ColumnSpec } from "../../io/columns.js";

export interface CsvTable {
  /** File name inside the output folder. */
  file: string;
  /** Extra leading columns (name + how to read them), then the spec's columns. */
  leading?: readonly { name: string; value: (row: never) => unknown }[];
  columns: readonly ColumnSpec[];
  rows: Iterable<unknown>;
  /** The record inside a row (default: the row itself). */
  record?: (row: never) => unknown;
}

/** Cell text for one value: lists of names `;`-joined, lists with objects as a JSON array, Dates as ISO, absent as empty. */
export function formatCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.every((item) => typeof item === "string") ? value.join(";") : JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The value at a dotted field path ("client.hires"). */
export function fieldValue(record: unknown, field: string): unknown {
  let value: unknown = record;
  for (const key of field.split(".")) {
    if (value === undefined || value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function csvRow(table: CsvTable, row: unknown): string[] {
  const record = table.record ? table.record(row as never) : row;
  return [
    ...(table.leading ?? []).map((column) => formatCell(column.value(row as never))),
    ...table.columns.map((column) => formatCell(fieldValue(record, column.field))),
  ];
}

/** Writes every table into `outDir`, all or nothing. Returns the paths written. */
export async function writeTables(outDir: string, tables: readonly CsvTable[]): Promise<string[]> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new BestMatchError("OUTPUT_IO", "could not create the output folder", { file: outDir, cause: error });
  }
  const suffix = `.tmp-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  try {
    for (const table of tables) {
      const path = join(outDir, table.file);
      written.push(path);
      const headers = [...(table.leading ?? []).map((c) => c.name), ...table.columns.map((c) => c.name)];
      const rows = (function* () {
        for (const row of table.rows) yield csvRow(table, row);
      })();
      await pipeline(Readable.from(rows), format({ headers, alwaysWriteHeaders: true }), createWriteStream(path + suffix));
    }
    for (const path of written) await rename(path + suffix, path);
  } catch (error) {
    await Promise.all(written.map((path) => rm(path + suffix, { force: true })));
    throw new BestMatchError("OUTPUT_IO", "could not write the output files", { file: outDir, cause: error });
  }
  return written;
}
