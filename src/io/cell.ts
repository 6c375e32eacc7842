/**
 * Parses one CSV cell by its column type. Pure: returns the value, "absent" for an empty
 * cell, or a problem saying what was wrong and what would have been accepted.
 * Range checks live here too so the message can name the CSV column and the raw text.
 */
import type { ColumnSpec } from "./columns.js";

export type CellResult =
  | { kind: "value"; value: unknown }
  | { kind: "absent" }
  | { kind: "problem"; reason: string; expected: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
// ISO 8601 calendar date, optionally with time and zone: 2024-05-01, 2024-05-01T10:00:00Z, 2024-05-01 10:00+02:00.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const TRUE_WORDS = new Set(["true", "yes", "1", "y"]);
const FALSE_WORDS = new Set(["false", "no", "0", "n"]);

const value = (v: unknown): CellResult => ({ kind: "value", value: v });
const problem = (reason: string, expected: string): CellResult => ({ kind: "problem", reason, expected });

export function parseCell(spec: ColumnSpec, raw: string): CellResult {
  const text = raw.trim();
  if (text === "") return { kind: "absent" };
  switch (spec.type) {
    case "string":
      return value(text);
    case "number":
    case "integer":
      return parseNumber(spec, text);
    case "boolean": {
      const t = text.toLowerCase();
      if (TRUE_WORDS.has(t)) return value(true);
      if (FALSE_WORDS.has(t)) return value(false);
      return problem("is not a boolean", "true, false, yes, no, 1 or 0");
    }
    case "date":
      return ISO_DATE.test(text) && Number.isFinite(Date.parse(text.replace(" ", "T")))
        ? value(text.replace(" ", "T"))
        : problem("is not an ISO 8601 date", "a date like 2024-05-01 or 2024-05-01T10:00:00Z");
    case "enum": {
      const found = spec.values?.find((v) => v.toLowerCase() === text.toLowerCase());
      return found !== undefined ? value(found) : problem("has an unknown value", `one of ${(spec.values ?? []).join(", ")}`);
    }
    case "list":
      return parseList(text, false);
    case "skills":
      return parseList(text, true);
  }
}

function parseNumber(spec: ColumnSpec, text: string): CellResult {
  const integer = spec.type === "integer";
  const range = describeRange(spec);
  const expected = `${integer ? "an integer" : "a number"}${range}`;
  if (!(integer ? INTEGER : NUMBER).test(text)) return problem(integer ? "is not an integer" : "is not a number", expected);
  const n = Number(text);
  if (!Number.isFinite(n)) return problem("is not a finite number", expected);
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) return problem("is out of range", expected);
  return value(n);
}

function describeRange(spec: ColumnSpec): string {
  if (spec.min !== undefined && spec.max !== undefined) return ` from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return ` >= ${spec.min}`;
  if (spec.max !== undefined) return ` <= ${spec.max}`;
  return "";
}

/**
 * `a;b;c`, `a, b, c` (how Upwork and most exports write skills) or a JSON array. Skills may also
 * be JSON objects `{ name, level?, years? }`.
 */
function parseList(text: string, objectsAllowed: boolean): CellResult {
  const expected = objectsAllowed
    ? 'names separated by ";" or "," or a JSON array of names or { "name", "level", "years" }'
    : 'items separated by ";" or "," or a JSON array of strings';
  if (text.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return problem("is not a valid JSON array", expected);
    }
    if (!Array.isArray(parsed)) return problem("is not a JSON array", expected);
    const ok = parsed.every((item) => typeof item === "string" || (objectsAllowed && typeof item === "object" && item !== null && !Array.isArray(item)));
    return ok ? value(parsed) : problem("has an item of the wrong type", expected);
  }
  const items = text.split(/[;,]/).map((s) => s.trim()).filter((s) => s !== "");
  return items.length ? value(items) : { kind: "absent" };
}
