/**
 * Streams the `<row .../>` elements of one dump file (Posts.xml, Users.xml, ...) with saxes.
 * Every row is handed over with the 1-based line where its tag starts, so later validation can name it.
 */
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { basename } from "node:path";
import { SaxesParser } from "saxes";
import { BestMatchError } from "../../errors.js";

export type RowAttributes = Readonly<Record<string, string>>;

export interface DumpRow {
  attrs: RowAttributes;
  /** 1-based line of the `<row` tag. */
  line: number;
}

/** True when `path` exists and is readable. */
export async function isReadable(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Calls `onRow` for every `<row>` element of `path`, in file order.
 * Errors: INPUT_IO when the file cannot be read; INVALID_INPUT (file, line) when the XML is not well-formed.
 * An error thrown by `onRow` propagates unchanged.
 */
export async function readDumpRows(path: string, onRow: (row: DumpRow) => void): Promise<number> {
  const file = basename(path);
  const parser = new SaxesParser({ fileName: file });
  let tagLine = 0;
  let count = 0;
  let rowError: unknown;
  parser.on("opentagstart", () => {
    tagLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    if (tag.name !== "row" || rowError !== undefined) return;
    try {
      onRow({ attrs: tag.attributes as RowAttributes, line: tagLine });
      count++;
    } catch (error) {
      rowError = error;
    }
  });

  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      writeChunk(parser, chunk as string, path);
      if (rowError !== undefined) break;
    }
    if (rowError === undefined) writeChunk(parser, null, path);
  } catch (error) {
    if (error instanceof BestMatchError) throw error;
    throw new BestMatchError("INPUT_IO", "could not read dump file", { file: path, cause: error });
  } finally {
    stream.destroy();
  }
  if (rowError !== undefined) throw rowError;
  return count;
}

function writeChunk(parser: SaxesParser, chunk: string | null, path: string): void {
  try {
    if (chunk === null) parser.close();
    else parser.write(chunk);
  } catch (error) {
    // saxes messages start with "file:line:column: "; keep only the reason, the context carries the place.
    const reason = error instanceof Error ? error.message.replace(/^[^:]*:\d+:\d+: /, "") : String(error);
    throw new BestMatchError("INVALID_INPUT", `malformed XML (column ${parser.column}): ${reason}`, {
      file: path,
      line: parser.line,
      cause: error,
    });
  }
}
