/**
 * Maps a CSV header row to column specs: case-insensitive, snake_case or camelCase
 * (or the dotted record field), plus each spec's aliases. A missing required column
 * is an error that lists the columns found and the ones required.
 */
import { BestMatchError } from "../errors.js";
import type { ColumnSpec } from "./columns.js";

export interface HeaderMapping {
  /** The header cells as written (BOM and surrounding spaces removed). */
  names: string[];
  /** Spec for each header position; undefined for columns the reader ignores. */
  columns: (ColumnSpec | undefined)[];
  /** Header cells that match no spec, in file order. */
  unknown: string[];
}

/** "Hourly Rate", "hourly_rate", "hourlyRate", "client.paymentVerified" -> one key. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[\s_.\-]/g, "");
}

function specKeys(spec: ColumnSpec): string[] {
  return [spec.name, spec.field, ...(spec.aliases ?? [])].map(headerKey);
}

export function mapHeader(cells: readonly string[], specs: readonly ColumnSpec[], file: string): HeaderMapping {
  const names = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, "") : c).trim());
  // Exact names win over aliases, so "created_at" can be a column in its own right and an alias elsewhere.
  const byName = new Map<string, ColumnSpec>();
  for (const spec of specs) for (const key of [spec.name, spec.field].map(headerKey)) byName.set(key, spec);
  const byAlias = new Map<string, ColumnSpec>();
  for (const spec of specs) for (const key of specKeys(spec)) if (!byName.has(key)) byAlias.set(key, spec);

  const columns: (ColumnSpec | undefined)[] = [];
  const unknown: string[] = [];
  const seen = new Map<ColumnSpec, string>();
  names.forEach((name) => {
    const key = headerKey(name);
    const spec = byName.get(key) ?? byAlias.get(key);
    if (spec && seen.has(spec)) {
      throw new BestMatchError("INVALID_INPUT", `columns "${seen.get(spec)}" and "${name}" both give ${spec.name}`, {
        file,
        line: 1,
        field: name,
        expected: "each column once",
      });
    }
    if (spec) seen.set(spec, name);
    else unknown.push(name);
    columns.push(spec);
  });
  const missing = specs.filter((s) => s.required && !seen.has(s)).map((s) => s.name);
  if (missing.length) {
    const found = names.length && names.some((n) => n !== "") ? names.join(", ") : "(none)";
    const required = specs.filter((s) => s.required).map((s) => s.name);
    throw new BestMatchError("INVALID_INPUT", `missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}; found: ${found}`, {
      file,
      line: 1,
      expected: `columns ${required.join(", ")} (optional: ${specs.filter((s) => !s.required).map((s) => s.name).join(", ")})`,
    });
  }
  return { names, columns, unknown };
}

/** The header cell a record field came from, for messages: "budget.min" -> "budget_min" as written. */
export function columnForField(mapping: HeaderMapping, field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const root = field.replace(/\[.*$/, "");
  const index = mapping.columns.findIndex((c) => c?.field === root);
  return index >= 0 ? mapping.names[index] : root;
}
