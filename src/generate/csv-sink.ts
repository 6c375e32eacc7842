/**
 * A CSV file written through fast-csv's streaming formatter into a temporary file that is
 * renamed into place only when the whole run succeeds, so a failed or interrupted run never
 * leaves a half-written data set behind.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { format, type CsvFormatterStream } from "fast-csv";
import type { ColumnSpec } from "../io/columns.js";
import { BestMatchError } from "../errors.js";
import type { Row } from "./context.js";

type Cells = string[];

export class CsvSink {
  readonly path: string;
  readonly tempPath: string;
  rows = 0;
  private readonly names: string[];
  private readonly csv: CsvFormatterStream<Cells, Cells>;
  private readonly file: WriteStream;
  private failure: unknown;

  constructor(path: string, columns: readonly ColumnSpec[]) {
    this.path = path;
    this.tempPath = `${path}.tmp-${process.pid}`;
    this.names = columns.map((c) => c.name);
    this.csv = format<Cells, Cells>({ headers: this.names, alwaysWriteHeaders: true, includeEndRowDelimiter: true });
    this.file = createWriteStream(this.tempPath);
    const fail = (error: unknown) => (this.failure ??= error);
    this.csv.on("error", fail);
    this.file.on("error", fail);
    this.csv.pipe(this.file);
  }

  /** Writes one row; resolves after a drain when the stream asks the producer to wait. */
  async write(row: Row): Promise<void> {
    this.check();
    this.rows++;
    if (!this.csv.write(this.names.map((n) => row[n] ?? ""))) await this.drained();
  }

  async close(): Promise<void> {
    this.check();
    this.csv.end();
    if (!this.file.closed) await once(this.file, "close");
    this.check();
  }

  async commit(): Promise<void> {
    await rename(this.tempPath, this.path);
  }

  async discard(): Promise<void> {
    this.csv.destroy();
    this.file.destroy();
    await rm(this.tempPath, { force: true });
  }

  /** Waits for "drain", or for an error of either stream, removing both listeners afterwards. */
  private async drained(): Promise<void> {
    await new Promise<void>((resolve) => {
      const done = () => {
        this.csv.off("drain", done);
        this.csv.off("error", done);
        this.file.off("error", done);
        resolve();
      };
      this.csv.on("drain", done);
      this.csv.on("error", done);
      this.file.on("error", done);
    });
    this.check();
  }

  private check(): void {
    if (this.failure !== undefined) {
      throw new BestMatchError("OUTPUT_IO", "could not write generated data", { file: this.tempPath, cause: this.failure });
    }
  }
}
