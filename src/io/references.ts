/**
 * Cross-file checks: a proposal or review must point at a freelancer (and job) that was read.
 * Records with an unknown reference are rejected with the line they came from.
 */
import type { HeaderMapping } from "./header.js";
import { columnForField } from "./header.js";
import type { LocatedRecord } from "./read-records.js";
import type { RejectionPolicy } from "./rejection.js";

export interface ReferenceCheck<T> {
  field: keyof T & string;
  /** "job", "freelancer": used in the message. */
  target: string;
  known: ReadonlySet<string>;
  /** Where the known ids came from, for the message. */
  source: string;
}

export function keepKnownReferences<T extends { id: string }>(
  rows: LocatedRecord<T>[],
  checks: ReferenceCheck<T>[],
  file: string,
  header: HeaderMapping,
  policy: RejectionPolicy,
): LocatedRecord<T>[] {
  return rows.filter(({ record, line, row }) => {
    for (const check of checks) {
      const value = record[check.field] as unknown;
      if (typeof value !== "string" || check.known.has(value)) continue;
      policy.reject({
        code: "UNKNOWN_RECORD",
        file,
        line,
        recordId: record.id,
        column: columnForField(header, check.field),
        value,
        reason: `unknown ${check.target}`,
        expected: `an id from ${check.source}`,
        row,
      });
      return false;
    }
    return true;
  });
}
