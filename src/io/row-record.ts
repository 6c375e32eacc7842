/**
 * One CSV row -> one raw record object (camelCase, nested for dotted fields), or the
 * first problem found. Pure; semantic checks happen afterwards in the record validators.
 */
import type { HeaderMapping } from "./header.js";
import { parseCell } from "./cell.js";
import type { Rejection } from "./rejection.js";

export type RowResult = { ok: true; record: Record<string, unknown> } | { ok: false; rejection: Rejection };

export function rowToRecord(cells: readonly string[], header: HeaderMapping, file: string, line: number): RowResult {
  const idIndex = header.columns.findIndex((c) => c?.field === "id");
  const recordId = idIndex >= 0 && cells[idIndex]?.trim() ? cells[idIndex].trim() : undefined;
  const fail = (reason: string, extra: Partial<Rejection> = {}): RowResult => ({
    ok: false,
    rejection: { code: "INVALID_INPUT", file, line, recordId, reason, row: cells, ...extra },
  });
  if (cells.length !== header.columns.length) {
    return fail(`malformed row: ${cells.length} cell${cells.length === 1 ? "" : "s"} where the header has ${header.columns.length}`, {
      expected: `${header.columns.length} cells (quote cells that contain commas or newlines)`,
    });
  }
  const record: Record<string, unknown> = {};
  for (let i = 0; i < cells.length; i++) {
    const spec = header.columns[i];
    if (!spec) continue;
    const parsed = parseCell(spec, cells[i]);
    if (parsed.kind === "problem") {
      return fail(parsed.reason, { code: "INVALID_RECORD", column: header.names[i], value: cells[i], expected: parsed.expected });
    }
    if (parsed.kind === "absent") {
      if (spec.required) return fail("is empty but required", { code: "INVALID_RECORD", column: header.names[i], value: cells[i], expected: "a value" });
      continue;
    }
    setPath(record, spec.field, parsed.value);
  }
  return { ok: true, record };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}
