/**
 * Streams CSV rows with the line each record starts on (csv-parse.ts does the parsing, linear in
 * the input). The delimiter is detected from the header line unless given: exports from
 * spreadsheets in many locales use ";" or tabs. Blank lines are skipped but counted.
 */
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { BestMatchError } from "../errors.js";
import { CsvParser, CsvSyntaxError, detectDelimiter, type ParsedRow } from "./csv-parse.js";

export interface CsvRow {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export interface CsvReadOptions {
  /** Cell delimiter; default: detected from the header line (",", ";", tab or "|"). */
  delimiter?: string;
  /** Called once with the delimiter used and whether it was detected. */
  onDelimiter?: (delimiter: string, detected: boolean) => void;
  /** Caps for tests and callers with other needs (default CSV_LIMITS). */
  cellChars?: number;
  rowChars?: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

export function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) if (cell.includes("\n") || cell.includes("\r")) n += cell.match(LINE_BREAK)?.length ?? 0;
  return n;
}

/** How much text is looked at for the header line when detecting the delimiter. */
const HEADER_SCAN_CHARS = 1 << 20;

export async function* readCsvRows(input: Readable, file: string, options: CsvReadOptions = {}): AsyncGenerator<CsvRow> {
  const decoder = new StringDecoder("utf8");
  let parser: CsvParser | undefined;
  let head = "";
  const start = (text: string): CsvParser => {
    const detected = options.delimiter === undefined;
    const delimiter = options.delimiter ?? detectDelimiter(text.split(/\r\n|\r|\n/, 1)[0] ?? "");
    options.onDelimiter?.(delimiter, detected);
    return new CsvParser({ delimiter, cellChars: options.cellChars, rowChars: options.rowChars });
  };
  const rows = function* (parsed: ParsedRow[]): Generator<CsvRow> {
    for (const row of parsed) if (!(row.cells.length === 1 && row.cells[0] === "")) yield row;
  };
  try {
    for await (const chunk of input) {
      const text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
      if (!parser) {
        head += text;
        if (!/[\r\n]/.test(head) && head.length < HEADER_SCAN_CHARS) continue;
        parser = start(head);
        const first = head;
        head = "";
        yield* rows(parser.push(first));
        continue;
      }
      yield* rows(parser.push(text));
    }
    const rest = decoder.end();
    if (!parser) parser = start(head + rest);
    yield* rows(parser.push(head + rest));
    head = "";
    yield* rows(parser.end());
  } catch (err) {
    if (err instanceof BestMatchError) throw err;
    if (err instanceof CsvSyntaxError) {
      throw new BestMatchError("INVALID_INPUT", `malformed CSV in column ${err.column}: ${err.message}`, {
        file,
        line: err.line,
        expected: 'RFC 4180 CSV: quote cells containing the delimiter, quotes or newlines, and double quotes inside them ("")',
        cause: err,
      });
    }
    const message = err instanceof Error ? err.message : String(err);
    throw new BestMatchError("INPUT_IO", `cannot read file: ${message}`, { file, cause: err });
  } finally {
    input.destroy();
  }
}
