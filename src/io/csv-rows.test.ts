import fc from "fast-check";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { BestMatchError } from "../errors.js";
import { csvCell } from "./csv-write.js";
import { lineBreaksIn, readCsvRows, type CsvRow } from "./csv-rows.js";

async function rows(text: string): Promise<CsvRow[]> {
  const out: CsvRow[] = [];
  for await (const row of readCsvRows(Readable.from([text]), "t.csv")) out.push(row);
  return out;
}

describe("readCsvRows", () => {
  it("when a quoted cell spans lines then the next record's line counts them", async () => {
    const text = 'id,text\r\n1,"one\r\ntwo\nthree"\r\n\r\n2,"a, b"\r\n3,x';
    expect(await rows(text)).toEqual([
      { line: 1, cells: ["id", "text"] },
      { line: 2, cells: ["1", "one\r\ntwo\nthree"] },
      { line: 6, cells: ["2", "a, b"] },
      { line: 7, cells: ["3", "x"] },
    ]);
  });

  it("when a quote is never closed then the error is INVALID_INPUT with file and line", async () => {
    const err = await rows('id,text\n1,ok\n2,"open\n3,x\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BestMatchError);
    expect((err as BestMatchError).code).toBe("INVALID_INPUT");
    expect((err as BestMatchError).file).toBe("t.csv");
    expect((err as BestMatchError).line).toBeGreaterThanOrEqual(1);
    expect((err as BestMatchError).message).toMatch(/^t\.csv:\d+: malformed CSV/);
  });

  it("when any rows are written as CSV with any line endings and blank lines then each row's start line is exact", async () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r\n", "é") });
    const row = fc.array(cell, { minLength: 2, maxLength: 2 }).filter((r) => !(r.length === 1 && r[0] === ""));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), fc.constantFrom("\n", "\r\n"), fc.array(fc.boolean(), { maxLength: 12 }), async (table, eol, blanks) => {
        let text = "";
        let line = 1;
        const expected: CsvRow[] = [];
        table.forEach((cells, i) => {
          if (blanks[i]) {
            text += eol;
            line++;
          }
          // Quote every cell so an all-empty row is not a blank line.
          const encoded = cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
          expected.push({ line, cells });
          text += encoded + eol;
          line += 1 + lineBreaksIn(cells);
        });
        expect(await rows(text)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it("when a cell needs no quoting then csvCell leaves it bare, otherwise it quotes it", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });
});
