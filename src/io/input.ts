/**
 * Opens an input file for streaming, turning the usual failures (missing, a folder,
 * no permission) into INPUT_IO errors that name the file. "-" means standard input.
 */
import { createReadStream, promises as fs } from "node:fs";
import type { Readable } from "node:stream";
import { BestMatchError } from "../errors.js";

export interface OpenedInput {
  stream: Readable;
  /** Size in bytes when known (files), for progress. */
  size?: number;
  /** Bytes read so far. */
  bytesRead(): number;
}

const REASONS: Record<string, string> = {
  ENOENT: "file not found",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder, not a file",
};

export function inputIoError(file: string, err: unknown): BestMatchError {
  const code = (err as NodeJS.ErrnoException)?.code ?? "";
  const reason = REASONS[code] ?? `cannot read file (${err instanceof Error ? err.message : String(err)})`;
  return new BestMatchError("INPUT_IO", reason, { file, cause: err });
}

export async function openInput(path: string, stdin: Readable): Promise<OpenedInput> {
  if (path === "-") return { stream: stdin, bytesRead: () => 0 };
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    await fs.access(path, fs.constants.R_OK);
    size = stat.size;
  } catch (err) {
    throw inputIoError(path, err);
  }
  const stream = createReadStream(path);
  return { stream, size, bytesRead: () => stream.bytesRead };
}

/** Reads a whole (small) file as UTF-8 text, e.g. a model or taxonomy JSON file. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await fs.readFile(path, "utf8");
  } catch (err) {
    throw inputIoError(path, err);
  }
}

/** Reads and parses a JSON file; a syntax error is INVALID_INPUT naming the file. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new BestMatchError("INVALID_INPUT", `not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { file: path, cause: err });
  }
}
