/**
 * Streams CSV rows with the line each record starts on. fast-csv reports rows, not lines,
 * so lines are counted from the parsed cells: a record spans one line plus one more for
 * every line break kept inside its quoted cells (fast-csv keeps them verbatim).
 * Blank lines are skipped but counted.
 */
import type { Readable } from "node:stream";
import { parse } from "fast-csv";
import { BestMatchError } from "../errors.js";

export interface CsvRow {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

export function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) if (cell.includes("\n") || cell.includes("\r")) n += cell.match(LINE_BREAK)?.length ?? 0;
  return n;
}

export async function* readCsvRows(input: Readable, file: string): AsyncGenerator<CsvRow> {
  const parser = parse({ headers: false, ignoreEmpty: false });
  input.on("error", (err) => parser.destroy(err));
  input.pipe(parser);
  let line = 1;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = line;
      line += 1 + lineBreaksIn(cells);
      if (cells.length === 0 || (cells.length === 1 && cells[0] === "")) continue;
      yield { line: start, cells };
    }
  } catch (err) {
    if (err instanceof BestMatchError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    // Stream errors (unreadable file) carry an errno code; anything else is a CSV syntax error.
    if ((err as NodeJS.ErrnoException)?.code) {
      throw new BestMatchError("INPUT_IO", `cannot read file: ${message}`, { file, cause: err });
    }
    throw new BestMatchError("INVALID_INPUT", `malformed CSV in the record starting at or after this line: ${message.replace(/\s+/g, " ")}`, {
      file,
      line,
      expected: 'RFC 4180 CSV: quote cells containing commas, quotes or newlines, and double quotes inside them ("")',
      cause: err,
    });
  } finally {
    input.unpipe(parser);
    input.destroy();
  }
}
