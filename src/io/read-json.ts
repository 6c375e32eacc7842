/**
 * Reads JSON Lines (one record object per line) or a JSON array of record objects into the same
 * located, validated records as the CSV reader. Records use the API's field names (camelCase,
 * nested budget and client) and pass the same validator, so the policy is the API's exactly.
 */
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { BestMatchError } from "../errors.js";
import type { ColumnSpec } from "./columns.js";
import type { HeaderMapping } from "./header.js";
import type { LocatedRecord, ReadRecordsOptions, ReadRecordsResult } from "./read-records.js";
import type { Rejection } from "./rejection.js";

export type JsonFormat = "json" | "jsonl";

/** Characters per JSON Lines line, so a file without line breaks cannot exhaust memory. Default 50,000,000. */
export const JSONL_LINE_CHARS = 50_000_000;

/** JSON records have no header: fields map to themselves, for messages and reference checks. */
function fieldMapping(specs: readonly ColumnSpec[]): HeaderMapping {
  return { names: specs.map((s) => s.field), columns: [...specs], unknown: [] };
}

export async function readJsonRecords<T extends { id: string }>(format: JsonFormat, opts: ReadRecordsOptions<T>): Promise<ReadRecordsResult<T>> {
  const { file, policy } = opts;
  const header = fieldMapping(opts.specs);
  const records: LocatedRecord<T>[] = [];
  const firstLine = new Map<string, number>();
  let rows = 0;
  const keys = new Set<string>();
  const accept = (raw: unknown, line: number, text: string): void => {
    rows++;
    opts.onRow?.(rows);
    const row = [text];
    const reject = (r: Omit<Rejection, "file" | "line" | "row">) => policy.reject({ ...r, file, line, row });
    if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) for (const k of Object.keys(raw)) keys.add(k);
    let record: T;
    try {
      record = opts.validate(raw);
    } catch (err) {
      if (!(err instanceof BestMatchError)) throw err;
      const id = (raw as { id?: unknown } | null)?.id;
      reject({ code: err.code, recordId: err.recordId ?? (typeof id === "string" ? id : undefined), column: err.field, value: err.value, reason: reasonOf(err), expected: err.expected });
      return;
    }
    const seenAt = firstLine.get(record.id);
    if (seenAt !== undefined) {
      reject({ code: "DUPLICATE_ID", recordId: record.id, column: "id", value: record.id, reason: `duplicate id, first seen at line ${seenAt}`, expected: "each id once per file" });
      return;
    }
    firstLine.set(record.id, line);
    records.push({ record, line, row });
  };
  const malformed = (line: number, text: string, err: unknown) =>
    policy.reject({ code: "INVALID_INPUT", file, line, reason: `not valid JSON (${err instanceof Error ? err.message : String(err)})`, expected: format === "jsonl" ? "one JSON object per line" : "a JSON array of objects", row: [text] });

  if (format === "jsonl") {
    for await (const { line, text } of readLines(opts.input, file)) {
      if (text.trim() === "") continue;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (err) {
        rows++;
        malformed(line, text, err);
        continue;
      }
      accept(raw, line, text);
    }
  } else {
    const text = (await readAll(opts.input, file)).replace(/^\uFEFF/, "");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new BestMatchError("INVALID_INPUT", `not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { file, expected: "a JSON array of record objects", cause: err });
    }
    if (!Array.isArray(parsed)) throw new BestMatchError("INVALID_INPUT", "a JSON input must be an array of records", { file, line: 1, value: typeof parsed, expected: "a JSON array of record objects (or use JSON Lines)" });
    const lines = elementLines(text, parsed.length);
    parsed.forEach((raw, i) => accept(raw, lines[i] ?? 1, JSON.stringify(raw) ?? ""));
  }
  opts.onRecordKeys?.([...keys]);
  return { records, header, rows };
}

function reasonOf(err: BestMatchError): string {
  // The validator's own words without the context BestMatchError adds (re-added with file and line).
  const m = err.message;
  const i = m.indexOf(": ");
  const core = err.recordId !== undefined || err.field !== undefined ? m.slice(i + 2) : m;
  return core.replace(/ \(got .*$/, "").replace(/; expected .*$/, "");
}

/** Lines of a stream, with 1-based numbers; \r\n, \n and \r all end a line. */
async function* readLines(input: Readable, file: string): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new StringDecoder("utf8");
  // The unfinished line as chunk slices, joined once: a long line costs linear time.
  let pending: string[] = [];
  let pendingLength = 0;
  let line = 1;
  let skipLf = false;
  const finish = (tail: string): { line: number; text: string } => {
    const text = pending.length ? pending.join("") + tail : tail;
    pending = [];
    pendingLength = 0;
    const out = { line, text: line === 1 ? text.replace(/^\uFEFF/, "") : text };
    line++;
    return out;
  };
  try {
    for await (const chunk of input) {
      const text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
      let start = 0;
      if (text.length === 0) continue;
      if (skipLf && text.startsWith("\n")) start = 1;
      skipLf = false;
      for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        yield finish(text.slice(start, i));
        if (c === 13) {
          if (i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
          else if (i + 1 === text.length) skipLf = true;
        }
        start = i + 1;
      }
      if (start < text.length) {
        pending.push(text.slice(start));
        pendingLength += text.length - start;
      }
      if (pendingLength > JSONL_LINE_CHARS) throw new BestMatchError("INVALID_INPUT", `a line is longer than ${JSONL_LINE_CHARS.toLocaleString("en-US")} characters (the reader's cap)`, { file, line, expected: "one JSON object per line" });
    }
    const tail = decoder.end();
    if (pending.length || tail !== "") yield finish(tail);
  } catch (err) {
    if (err instanceof BestMatchError) throw err;
    throw new BestMatchError("INPUT_IO", `cannot read file: ${err instanceof Error ? err.message : String(err)}`, { file, cause: err });
  } finally {
    input.destroy();
  }
}

async function readAll(input: Readable, file: string): Promise<string> {
  const decoder = new StringDecoder("utf8");
  const parts: string[] = [];
  try {
    for await (const chunk of input) parts.push(typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer));
    parts.push(decoder.end());
  } catch (err) {
    throw new BestMatchError("INPUT_IO", `cannot read file: ${err instanceof Error ? err.message : String(err)}`, { file, cause: err });
  } finally {
    input.destroy();
  }
  return parts.join("");
}

/** The line each top-level element of a JSON array starts on (one linear scan, strings skipped). */
function elementLines(text: string, count: number): number[] {
  const out: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length && out.length < count; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\t" || c === "\n" || c === "\r") continue;
    if (depth === 1 && expectElement && c !== "]") {
      out.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectElement = true;
  }
  return out;
}
