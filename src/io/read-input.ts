/**
 * One entry point for reading a record file in any input format: CSV (delimiter detected),
 * JSON Lines or a JSON array, chosen by `--format-in` or the file's extension. Also the checks
 * that an input is what it claims to be: rows present, columns of the right kind of record.
 */
import { FREELANCER_COLUMNS, JOB_COLUMNS, PROPOSAL_COLUMNS, REVIEW_COLUMNS, type ColumnSpec } from "./columns.js";
import { headerKey } from "./header.js";
import { readJsonRecords } from "./read-json.js";
import { readRecords, type ReadRecordsOptions, type ReadRecordsResult } from "./read-records.js";

export const INPUT_FORMATS = ["csv", "json", "jsonl"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * By extension (.csv/.tsv, .json, .jsonl/.ndjson), so one run can mix formats; `--format-in`
 * (default csv) for inputs whose name does not say: standard input, .txt, no extension.
 */
export function inputFormatFor(path: string, given: InputFormat | undefined): InputFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv")) return "csv";
  return given ?? "csv";
}

export async function readInputRecords<T extends { id: string }>(format: InputFormat, opts: ReadRecordsOptions<T>): Promise<ReadRecordsResult<T>> {
  return format === "csv" ? readRecords(opts) : readJsonRecords(format, opts);
}

export type RecordKind = "freelancers" | "jobs" | "reviews" | "proposals";
export const KIND_COLUMNS: Record<RecordKind, readonly ColumnSpec[]> = {
  freelancers: FREELANCER_COLUMNS,
  jobs: JOB_COLUMNS,
  reviews: REVIEW_COLUMNS,
  proposals: PROPOSAL_COLUMNS,
};

function matches(names: readonly string[], specs: readonly ColumnSpec[]): string[] {
  const keys = new Set(specs.flatMap((s) => [s.name, s.field, ...(s.aliases ?? [])].map(headerKey)));
  return names.filter((n) => keys.has(headerKey(n)));
}

/**
 * The kind of record file these column names (or JSON keys) fit better than `expected`, with the
 * columns that say so; undefined when `expected` fits at least as well as any other kind.
 */
export function looksLikeOtherKind(names: readonly string[], expected: RecordKind): { kind: RecordKind; columns: string[] } | undefined {
  const own = matches(names, KIND_COLUMNS[expected]).length;
  let best: { kind: RecordKind; columns: string[] } | undefined;
  for (const kind of Object.keys(KIND_COLUMNS) as RecordKind[]) {
    if (kind === expected) continue;
    const m = matches(names, KIND_COLUMNS[kind]);
    if (m.length > own && (!best || m.length > best.columns.length)) best = { kind, columns: m };
  }
  if (!best) return undefined;
  const ownKeys = new Set(matches(names, KIND_COLUMNS[expected]).map(headerKey));
  return { kind: best.kind, columns: best.columns.filter((c) => !ownKeys.has(headerKey(c))) };
}
