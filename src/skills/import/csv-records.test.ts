import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BestMatchError } from "../../errors.js";
import { csvRecords, type CsvColumns, type CsvRecord } from "./csv-records.js";

const dir = mkdtempSync(join(tmpdir(), "bestmatch-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(text: string): string {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, text);
  return path;
}

async function read(path: string, columns: CsvColumns): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const record of csvRecords(path, columns)) out.push(record);
  return out;
}

async function failure(path: string, columns: CsvColumns): Promise<BestMatchError> {
  try {
    await read(path, columns);
  } catch (error) {
    if (error instanceof BestMatchError) return error;
    throw error;
  }
  throw new Error("expected a BestMatchError");
}

describe("csvRecords", () => {
  it("when a file has a BOM, CRLF rows and multi-line quoted cells then cells come out whole with the line each record starts on", async () => {
    const path = file('\uFEFFuri,Label,alt\r\n1,one,"a\nb\nc"\r\n2,two,\r\n3,"th,ree","x"\r\n');
    const records = await read(path, { required: ["uri", "label"], optional: ["alt"] });
    expect(records).toEqual([
      { line: 2, cells: { uri: "1", label: "one", alt: "a\nb\nc" } },
      { line: 5, cells: { uri: "2", label: "two", alt: "" } },
      { line: 6, cells: { uri: "3", label: "th,ree", alt: "x" } },
    ]);
  });

  it("when an optional column is absent then its cells read as empty", async () => {
    const records = await read(file("uri,label\n1,one\n"), { required: ["uri"], optional: ["alt"] });
    expect(records[0].cells).toEqual({ uri: "1", alt: "" });
  });

  it("when blank lines sit between records then they are skipped and line numbers still count them", async () => {
    const records = await read(file("uri\n1\n\n2\n"), { required: ["uri"] });
    expect(records.map((r) => [r.line, r.cells.uri])).toEqual([
      [2, "1"],
      [4, "2"],
    ]);
  });

  it("when a required column is missing then the error names the file, the columns found and the columns required", async () => {
    const path = file("Id,SourceTagName\n1,js\n");
    const error = await failure(path, { required: ["SourceTagName", "TargetTagName"] });
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.file).toBe(path);
    expect(error.line).toBe(1);
    expect(error.field).toBe("TargetTagName");
    expect(error.message).toContain("columns found: Id, SourceTagName");
    expect(error.message).toContain("expected columns SourceTagName, TargetTagName");
  });

  it("when a record has more cells than the header then the error gives its starting line", async () => {
    const error = await failure(file('a,b\n1,"x\ny"\n1,2,3\n'), { required: ["a"] });
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.line).toBe(4);
    expect(error.message).toContain("3 cells but the header has 2");
  });

  it("when a quote is never closed then the error is INVALID_INPUT at the record's line", async () => {
    const error = await failure(file('a,b\n1,2\n3,"open\n4,5\n'), { required: ["a"] });
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.line).toBe(3);
  });

  it("when the file does not exist then the error is INPUT_IO naming it", async () => {
    const path = join(dir, "absent.csv");
    const error = await failure(path, { required: ["a"] });
    expect(error.code).toBe("INPUT_IO");
    expect(error.file).toBe(path);
  });

  it("when the file is empty then the error says which header was expected", async () => {
    const error = await failure(file(""), { required: ["a", "b"] });
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toContain("a, b");
  });
});
