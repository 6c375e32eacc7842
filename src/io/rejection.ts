/**
 * A row the reader could not accept, with everything needed to find and fix it.
 * In "fail" mode the first rejection becomes an error; in "skip" mode rejections are
 * collected and written out, so no row is ever dropped silently.
 */
import { BestMatchError, type ErrorCode } from "../errors.js";

export interface Rejection {
  code: ErrorCode;
  file: string;
  /** 1-based line where the CSV record starts. */
  line: number;
  recordId?: string;
  /** Column as written in the file's header. */
  column?: string;
  value?: unknown;
  reason: string;
  expected?: string;
  /** The row's cells as read. */
  row: readonly string[];
}

export type OnInvalid = "fail" | "skip";
export const ON_INVALID_CHOICES: readonly OnInvalid[] = ["fail", "skip"];

export function rejectionError(r: Rejection): BestMatchError {
  return new BestMatchError(r.code, r.reason, {
    file: r.file,
    line: r.line,
    recordId: r.recordId,
    field: r.column,
    value: r.value,
    expected: r.expected,
  });
}

/** One-line message, as printed to stderr and written to the rejects file. */
export function describeRejection(r: Rejection): string {
  return rejectionError(r).message;
}

/** Collects rejections in skip mode; throws the first one in fail mode. */
export class RejectionPolicy {
  readonly rejected: Rejection[] = [];
  constructor(readonly mode: OnInvalid) {}

  reject(r: Rejection): void {
    if (this.mode === "fail") throw rejectionError(r);
    this.rejected.push(r);
  }
}
