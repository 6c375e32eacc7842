/**
 * Reads one CSV file into validated records: header mapping, cell parsing, the record
 * validator, and duplicate ids. Every row either becomes a record or a Rejection.
 */
import type { Readable } from "node:stream";
import { BestMatchError, describeValue } from "../errors.js";
import type { ColumnSpec } from "./columns.js";
import { readCsvRows } from "./csv-rows.js";
import { columnForField, mapHeader, type HeaderMapping } from "./header.js";
import type { Rejection, RejectionPolicy } from "./rejection.js";
import { rowToRecord } from "./row-record.js";

export interface LocatedRecord<T> {
  record: T;
  /** Line where the record starts in its file. */
  line: number;
  /** The row as read, for rejects found later (e.g. unknown references). */
  row: readonly string[];
}

export interface ReadRecordsOptions<T> {
  input: Readable;
  /** Name used in messages. */
  file: string;
  specs: readonly ColumnSpec[];
  /** Record validator: returns a clean record or throws BestMatchError. */
  validate: (raw: unknown) => T;
  policy: RejectionPolicy;
  /** Called with the number of rows read so far. */
  onRow?: (rows: number) => void;
  /** Called once with the header cells no spec matched. */
  onUnknownColumns?: (names: string[]) => void;
  /** JSON input: called once with every key seen on any record (for "looks like another kind of file"). */
  onRecordKeys?: (keys: string[]) => void;
  /** CSV cell delimiter; default: detected from the header line. */
  delimiter?: string;
  /** Called once with the CSV delimiter used and whether it was detected. */
  onDelimiter?: (delimiter: string, detected: boolean) => void;
}

export interface ReadRecordsResult<T> {
  records: LocatedRecord<T>[];
  header: HeaderMapping;
  rows: number;
}

export async function readRecords<T extends { id: string }>(opts: ReadRecordsOptions<T>): Promise<ReadRecordsResult<T>> {
  const { file, policy } = opts;
  let header: HeaderMapping | undefined;
  const records: LocatedRecord<T>[] = [];
  const firstLine = new Map<string, number>();
  let rows = 0;
  for await (const { line, cells } of readCsvRows(opts.input, file, { delimiter: opts.delimiter, onDelimiter: opts.onDelimiter })) {
    if (!header) {
      header = mapHeader(cells, opts.specs, file);
      if (header.unknown.length) opts.onUnknownColumns?.(header.unknown);
      continue;
    }
    rows++;
    opts.onRow?.(rows);
    const parsed = rowToRecord(cells, header, file, line);
    if (!parsed.ok) {
      policy.reject(parsed.rejection);
      continue;
    }
    const validated = validateRow(opts.validate, parsed.record, header, file, line, cells);
    if ("rejection" in validated) {
      policy.reject(validated.rejection);
      continue;
    }
    const id = validated.record.id;
    const seenAt = firstLine.get(id);
    if (seenAt !== undefined) {
      policy.reject({
        code: "DUPLICATE_ID",
        file,
        line,
        recordId: id,
        column: columnForField(header, "id"),
        value: id,
        reason: `duplicate id, first seen at line ${seenAt}`,
        expected: "each id once per file",
        row: cells,
      });
      continue;
    }
    firstLine.set(id, line);
    records.push({ record: validated.record, line, row: cells });
  }
  if (!header) {
    throw new BestMatchError("INVALID_INPUT", "file is empty", {
      file,
      line: 1,
      expected: `a header row with ${opts.specs.filter((s) => s.required).map((s) => s.name).join(", ")}`,
    });
  }
  return { records, header, rows };
}

function validateRow<T>(
  validate: (raw: unknown) => T,
  raw: Record<string, unknown>,
  header: HeaderMapping,
  file: string,
  line: number,
  row: readonly string[],
): { record: T } | { rejection: Rejection } {
  try {
    return { record: validate(raw) };
  } catch (err) {
    if (!(err instanceof BestMatchError)) throw err;
    const column = columnForField(header, err.field);
    const index = header.names.indexOf(column ?? "");
    // Report the cell as written rather than the parsed value, so the user can search for it.
    const value = index >= 0 && row[index] !== "" ? row[index] : err.value;
    return {
      rejection: {
        code: err.code,
        file,
        line,
        recordId: err.recordId ?? (raw.id as string | undefined),
        column,
        value,
        reason: stripContext(err),
        expected: err.expected,
        row,
      },
    };
  }
}

/** The validator's message without the context BestMatchError adds around it (re-added later with file and line). */
function stripContext(err: BestMatchError): string {
  let m = err.message;
  const where = [err.recordId !== undefined ? `record "${err.recordId}"` : "", err.field !== undefined ? `field "${err.field}"` : ""].filter(Boolean);
  const prefix = where.length ? `${where.join(", ")}: ` : "";
  if (m.startsWith(prefix)) m = m.slice(prefix.length);
  const want = err.expected !== undefined ? `; expected ${err.expected}` : "";
  if (want && m.endsWith(want)) m = m.slice(0, -want.length);
  const got = err.value !== undefined ? ` (got ${describeValue(err.value)})` : "";
  if (got && m.endsWith(got)) m = m.slice(0, -got.length);
  return m;
}
