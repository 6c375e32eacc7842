/** The --rejects file: one CSV row per rejected input row, with where, why, and the row itself. */
import { csvLine } from "./csv-write.js";
import type { Rejection } from "./rejection.js";

export const REJECT_COLUMNS = ["file", "line", "record_id", "column", "value", "reason", "expected", "row"] as const;

function valueText(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function formatRejects(rejections: readonly Rejection[]): string {
  const sorted = [...rejections].sort((a, b) => (a.file === b.file ? a.line - b.line : 0));
  return (
    csvLine(REJECT_COLUMNS) +
    sorted
      .map((r) => csvLine([r.file, r.line, r.recordId, r.column, valueText(r.value), r.reason, r.expected, csvLine(r.row).replace(/\n$/, "")]))
      .join("")
  );
}
