import fc from "fast-check";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { BestMatchError } from "../errors.js";
import { CsvParser, detectDelimiter } from "./csv-parse.js";
import { readCsvRows } from "./csv-rows.js";

function parseAll(text: string, chunks: number[] = [], delimiter = ","): Array<{ line: number; cells: string[] }> {
  const p = new CsvParser({ delimiter });
  const out = [];
  let at = 0;
  for (const size of chunks) {
    out.push(...p.push(text.slice(at, at + size)));
    at += size;
  }
  out.push(...p.push(text.slice(at)), ...p.end());
  return out;
}

async function caught(text: string, options = {}): Promise<BestMatchError> {
  try {
    for await (const _ of readCsvRows(Readable.from([text]), "in.csv", options)) void _;
  } catch (e) {
    if (e instanceof BestMatchError) return e;
    throw e;
  }
  throw new Error("expected an error");
}

describe("CsvParser", () => {
  it("property: any table written as RFC 4180 reads back exactly, however the text is chunked", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", "😀", " ", ",", ";", '"', "\n", "\r", "\r\n") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n", "\r"), fc.array(fc.nat({ max: 9 })), (table, eol, chunks) => {
        const text = table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join(eol);
        expect(parseAll(text, chunks).map((r) => r.cells)).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });

  it("counts lines across quoted line breaks of every kind", () => {
    expect(parseAll('a,b\r\n1,"x\ry\r\nz"\n2,w\r3,v').map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it("detects the delimiter from the header line, outside quotes", () => {
    expect(detectDelimiter("id;title;overview")).toBe(";");
    expect(detectDelimiter("id\ttitle\toverview")).toBe("\t");
    expect(detectDelimiter('"a;b",c')).toBe(",");
    expect(detectDelimiter("id")).toBe(",");
    expect(parseAll("id;title\n1;Dev, senior", [], ";").map((r) => r.cells)).toEqual([["id", "title"], ["1", "Dev, senior"]]);
  });

  it("when a cell or a row is over its cap then the error names the file, line and column", async () => {
    const err = await caught(`id,title\n1,ok\n2,"${"x".repeat(200)}"\n`, { cellChars: 100 });
    expect(err).toMatchObject({ code: "INVALID_INPUT", file: "in.csv", line: 3 });
    expect(err.message).toMatch(/^in\.csv:3: malformed CSV in column 2: a cell is longer than 100 characters/);
    expect((await caught(`id,title\n1,${"y,".repeat(100)}\n`, { rowChars: 100 })).message).toMatch(/in\.csv:2: .*a row is longer than 100/);
  });

  it("when a quote is left open or text follows a closing quote then the error names the line", async () => {
    expect((await caught('id,t\n1,"open\n2,x\n')).message).toMatch(/^in\.csv:2: malformed CSV in column 2: a quoted cell is never closed/);
    expect((await caught('id,t\n1,"a"b\n')).message).toMatch(/^in\.csv:2: malformed CSV in column 2: text after the closing quote/);
  });

  it("reads a 10 MB quoted cell (was 1:49 and a stack overflow with fast-csv)", async () => {
    const big = "word ".repeat(2_000_000);
    const rows = [];
    for await (const row of readCsvRows(Readable.from([`id,overview\n1,"${big}"\n`]), "big.csv")) rows.push(row);
    expect(rows[1].cells[1].length).toBe(big.length);
  });
});
