/** Test-only helpers: read generated CSV back as users would, in throwaway folders. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseString } from "fast-csv";

export interface CsvTable {
  headers: string[];
  rows: Record<string, string>[];
}

export async function readCsv(path: string): Promise<CsvTable> {
  const text = await readFile(path, "utf8");
  const rows: Record<string, string>[] = [];
  let headers: string[] = [];
  await new Promise<void>((resolve, reject) => {
    parseString<Record<string, string>, Record<string, string>>(text, { headers: true })
      .on("headers", (h: string[]) => (headers = h))
      .on("data", (row: Record<string, string>) => rows.push(row))
      .on("error", reject)
      .on("end", () => resolve());
  });
  return { headers, rows };
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "bestmatch-gen-"));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const splitList = (cell: string | undefined): string[] => (cell ? cell.split(";").filter((s) => s.length > 0) : []);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
