/**
 * A streaming RFC 4180 CSV parser, linear in its input. It replaces fast-csv for reading:
 * fast-csv gathers a quoted cell by re-scanning what it has so far, quadratic in the cell's
 * size (a 10 MB quoted cell took 1:49 and 800 MB, then overflowed the stack). Here a cell is
 * kept as the list of chunk slices it spans and joined once, and quotes are found with indexOf.
 *
 * Quoted cells may hold the delimiter, quotes (doubled) and line breaks (kept verbatim). Lines
 * end in \n, \r\n or \r. A cell or a row over its cap is an error naming the line and column,
 * so a runaway quote or a binary file cannot exhaust memory.
 */

export const CSV_LIMITS = {
  /** Characters per cell. A record's text fields are capped at 100,000 characters (RECORD_LIMITS); the cap here is for the reader's memory. Default 10,000,000. */
  cellChars: 10_000_000,
  /** Characters per row (all its cells). Default 50,000,000. */
  rowChars: 50_000_000,
} as const;

export interface ParsedRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

/** A syntax error or a cap exceeded, at a 1-based line and column (cell number). */
export class CsvSyntaxError extends Error {
  override readonly name = "CsvSyntaxError";
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export interface CsvParserOptions {
  delimiter: string;
  cellChars?: number;
  rowChars?: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Feed text with `push` (any chunking, even mid-cell or between \r and \n); each call returns
 * the rows completed so far. `end` returns the last row. Rows are returned as parsed: blank
 * lines come back as one empty cell (the caller decides what they mean).
 */
export class CsvParser {
  private readonly delimiter: number;
  private readonly cellCap: number;
  private readonly rowCap: number;
  private cells: string[] = [];
  /** The cell so far. Appending builds a rope (O(1) per piece) that V8 flattens once, when the cell is used. */
  private cell = "";
  private pieces = 0;
  private cellLength = 0;
  private rowLength = 0;
  /** In a quoted cell; `afterQuote`: just saw a quote inside one (closing, or the first of ""). */
  private quoted = false;
  private afterQuote = false;
  /** The cell started with a quote (so text after its closing quote is an error). */
  private wasQuoted = false;
  /** Last chunk ended with \r: a \n starting the next chunk belongs to the same line break. */
  private pendingCr = false;
  private line = 1;
  private rowLine = 1;
  private quoteLine = 1;

  constructor(options: CsvParserOptions) {
    if (options.delimiter.length !== 1 || '"\r\n'.includes(options.delimiter)) throw new Error(`bad CSV delimiter ${JSON.stringify(options.delimiter)}`);
    this.delimiter = options.delimiter.charCodeAt(0);
    this.cellCap = options.cellChars ?? CSV_LIMITS.cellChars;
    this.rowCap = options.rowChars ?? CSV_LIMITS.rowChars;
  }

  push(text: string): ParsedRow[] {
    const out: ParsedRow[] = [];
    let i = 0;
    const n = text.length;
    if (this.pendingCr && n > 0) {
      this.pendingCr = false;
      if (n > 0 && text.charCodeAt(0) === LF) {
        if (this.quoted && !this.afterQuote) this.take("\n");
        i = 1;
      }
    }
    while (i < n) {
      if (this.quoted && !this.afterQuote) {
        // Inside quotes: jump over doubled quotes to the closing one (or the chunk's end), then
        // take the whole run as one slice: one string per run, not one per escaped quote.
        let q = text.indexOf('"', i);
        let escaped = false;
        while (q >= 0 && q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
          escaped = true;
          q = text.indexOf('"', q + 2);
        }
        const end = q < 0 ? n : q;
        this.countLines(text, i, end);
        const run = text.slice(i, end);
        this.take(escaped ? run.replaceAll('""', '"') : run);
        if (q < 0) {
          if (text.charCodeAt(n - 1) === CR) this.pendingCr = true;
          return out;
        }
        // A quote ending the chunk may be the first of a pair: afterQuote decides on the next chunk.
        this.afterQuote = true;
        i = q + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === QUOTE) {
          this.take('"');
          i++;
          continue;
        }
        this.quoted = false;
        if (c !== this.delimiter && c !== LF && c !== CR) {
          throw new CsvSyntaxError(`text after the closing quote of a cell (${JSON.stringify(text[i])})`, this.line, this.cells.length + 1);
        }
        continue;
      }
      if (c === this.delimiter) {
        this.endCell();
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        this.endCell();
        out.push({ line: this.rowLine, cells: this.cells });
        this.cells = [];
        this.rowLength = 0;
        this.line++;
        this.rowLine = this.line;
        if (c === CR) {
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === LF) i++;
          } else this.pendingCr = true;
        }
        i++;
        continue;
      }
      if (c === QUOTE && this.cellLength === 0 && this.pieces === 0 && !this.wasQuoted) {
        this.quoted = true;
        this.wasQuoted = true;
        this.quoteLine = this.line;
        i++;
        continue;
      }
      if (this.wasQuoted) throw new CsvSyntaxError(`text after the closing quote of a cell (${JSON.stringify(text[i])})`, this.line, this.cells.length + 1);
      // An unquoted run, up to the next delimiter or line break (a stray quote inside is kept as text).
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === this.delimiter || d === LF || d === CR) break;
        j++;
      }
      this.take(text.slice(i, j));
      i = j;
    }
    return out;
  }

  /** The last row (a file need not end with a line break); throws on an unclosed quote. */
  end(): ParsedRow[] {
    if (this.quoted && !this.afterQuote) {
      throw new CsvSyntaxError("a quoted cell is never closed (a missing closing quote)", this.quoteLine, this.cells.length + 1);
    }
    this.quoted = false;
    this.afterQuote = false;
    if (this.cells.length === 0 && this.pieces === 0 && !this.wasQuoted) return [];
    this.endCell();
    const row = { line: this.rowLine, cells: this.cells };
    this.cells = [];
    return [row];
  }

  private take(s: string): void {
    if (s.length === 0) return;
    this.cellLength += s.length;
    this.rowLength += s.length;
    if (this.cellLength > this.cellCap) throw new CsvSyntaxError(`a cell is longer than ${this.cellCap.toLocaleString("en-US")} characters (the reader's cap)`, this.rowLine, this.cells.length + 1);
    if (this.rowLength > this.rowCap) throw new CsvSyntaxError(`a row is longer than ${this.rowCap.toLocaleString("en-US")} characters (the reader's cap)`, this.rowLine, this.cells.length + 1);
    this.cell += s;
    this.pieces++;
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = "";
    this.pieces = 0;
    this.cellLength = 0;
    this.wasQuoted = false;
  }

  /** Line breaks in text[from, to): \n and lone \r count one each, \r\n once (a \r ending the chunk counts; its \n, if next, is skipped by pendingCr). */
  private countLines(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF) this.line++;
      else if (c === CR && !(k + 1 < text.length && text.charCodeAt(k + 1) === LF)) this.line++;
    }
  }
}

/** Delimiters detected from the header line, in order of preference on a tie. */
export const DELIMITERS = [",", ";", "\t", "|"] as const;

/** The delimiter the header line uses most, outside quotes; "," when none appears. */
export function detectDelimiter(headerLine: string): string {
  let best = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const ch of headerLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}
