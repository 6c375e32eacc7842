/**
 * Every error the library raises is a BestMatchError with a stable `code`.
 * Codes never change meaning across minor versions; messages may be reworded.
 * Context fields (recordId, field, value, expected, file, line) say exactly where the problem is.
 */

export const ERROR_CODES = {
  INVALID_RECORD: "invalid record",
  DUPLICATE_ID: "duplicate id in one batch",
  UNKNOWN_RECORD: "unknown record id",
  INVALID_OPTION: "invalid option",
  INVALID_MODEL: "invalid model",
  INVALID_TAXONOMY: "invalid taxonomy",
  SNAPSHOT_CORRUPT: "snapshot corrupt or truncated",
  SNAPSHOT_VERSION: "snapshot written by a newer version",
  SNAPSHOT_IO: "snapshot could not be read or written",
  INPUT_IO: "input file missing or unreadable",
  OUTPUT_IO: "output file could not be written",
  INVALID_INPUT: "input file is malformed",
  // HTTP service (bestmatch serve)
  INVALID_REQUEST: "request body is not the JSON the route takes",
  UNAUTHORIZED: "missing or wrong bearer token",
  NOT_FOUND: "no such route",
  PAYLOAD_TOO_LARGE: "request body over the size limit",
  INTERNAL_ERROR: "internal error (a bug in bestmatch; the failed call changed nothing)",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorContext {
  recordId?: string;
  /** Record field (camelCase) or CSV column. */
  field?: string;
  value?: unknown;
  /** What would have been accepted. */
  expected?: string;
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  cause?: unknown;
}

export class BestMatchError extends Error {
  override readonly name = "BestMatchError";
  readonly code: ErrorCode;
  readonly recordId?: string;
  readonly field?: string;
  readonly value?: unknown;
  readonly expected?: string;
  readonly file?: string;
  readonly line?: number;

  constructor(code: ErrorCode, message: string, context: ErrorContext = {}) {
    super(printable(formatMessage(message, context)), context.cause === undefined ? undefined : { cause: context.cause });
    this.code = code;
    this.recordId = context.recordId;
    this.field = context.field;
    this.value = context.value;
    this.expected = context.expected;
    this.file = context.file;
    this.line = context.line;
  }
}

function formatMessage(message: string, c: ErrorContext): string {
  const where: string[] = [];
  if (c.file !== undefined) where.push(c.line !== undefined ? `${c.file}:${c.line}` : c.file);
  if (c.recordId !== undefined) where.push(`record "${c.recordId}"`);
  if (c.field !== undefined) where.push(`field "${c.field}"`);
  const prefix = where.length ? `${where.join(", ")}: ` : "";
  const got = "value" in c && c.value !== undefined ? ` (got ${describeValue(c.value)})` : "";
  const want = c.expected !== undefined ? `; expected ${c.expected}` : "";
  return `${prefix}${message}${got}${want}`;
}

/**
 * Text safe for a terminal: control characters, the replacement character (what undecodable bytes
 * become) and lone surrogates are escaped (\x1b, \ufffd), so binary garbage in a header or cell
 * cannot move the cursor, ring the bell or clear the screen.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** A short, safe rendering of a bad value for messages. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  try {
    const s = JSON.stringify(value);
    return s === undefined ? typeof value : s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return typeof value;
  }
}
