/**
 * The csv-spectrum suite's edge cases (https://github.com/max-mapper/csv-spectrum: quotes,
 * escaped quotes, embedded newlines, CRLF, empty fields, UTF-8), from fixtures/csv-spectrum,
 * read exactly: whole, and as bytes split at every position (multi-byte characters included).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readCsvRows } from "./csv-rows.js";

const DIR = join(import.meta.dirname, "../../fixtures/csv-spectrum");
const cases = readdirSync(DIR).filter((f) => f.endsWith(".csv")).map((f) => f.slice(0, -4));

async function records(chunks: Buffer[]): Promise<Record<string, string>[]> {
  const out: string[][] = [];
  for await (const row of readCsvRows(Readable.from(chunks), "spectrum.csv")) out.push(row.cells);
  const [head, ...rows] = out;
  return rows.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i]])));
}

describe("csv-spectrum", () => {
  it("has the suite's cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(11);
  });

  for (const name of cases) {
    it(`${name}.csv reads exactly, whole and split at every byte`, async () => {
      const bytes = readFileSync(join(DIR, `${name}.csv`));
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.json`), "utf8"));
      expect(await records([bytes])).toEqual(expected);
      for (let at = 1; at < bytes.length; at++) expect(await records([bytes.subarray(0, at), bytes.subarray(at)]), `split at ${at}`).toEqual(expected);
      expect(await records([...bytes].map((b) => Buffer.from([b]))), "one byte per chunk").toEqual(expected);
    });
  }
});
