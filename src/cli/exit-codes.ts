/**
 * Exit codes, following BSD sysexits where one fits so scripts can tell failures apart.
 */
import { BestMatchError } from "../errors.js";
import { BrokenPipeError } from "../io/atomic-output.js";

export const EXIT = {
  OK: 0,
  /** Unexpected internal error (a bug): please report it. */
  SOFTWARE: 1,
  /** Bad command line: unknown option, missing argument, bad option value. */
  USAGE: 2,
  /** EX_DATAERR: an input file has bad data (missing column, bad row, duplicate id, unknown reference, bad model/taxonomy/snapshot). */
  DATAERR: 65,
  /** EX_NOINPUT: an input file is missing or unreadable. */
  NOINPUT: 66,
  /** EX_CANTCREAT: the output file cannot be created or written. */
  CANTCREAT: 73,
  /** Interrupted by SIGINT (128 + 2); SIGTERM gives 143. */
  INTERRUPTED: 130,
} as const;

export const EXIT_CODES_HELP = `Exit codes:
  0    success (with --on-invalid skip, also when rows were skipped)
  1    internal error (a bug; please report it)
  2    usage error: unknown option, missing or bad argument
  65   data error: malformed CSV, missing column, bad value, duplicate id,
       unknown reference, invalid model, taxonomy or snapshot
  66   input file missing or unreadable
  73   output file cannot be created or written
  130  interrupted (SIGINT); 143 for SIGTERM`;

/** A command-line mistake found after parsing (e.g. two inputs reading stdin). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const DATA_CODES = new Set(["INVALID_INPUT", "INVALID_RECORD", "DUPLICATE_ID", "UNKNOWN_RECORD", "INVALID_MODEL", "INVALID_TAXONOMY", "SNAPSHOT_CORRUPT", "SNAPSHOT_VERSION"]);

export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError) return EXIT.USAGE;
  if (err instanceof BrokenPipeError) return EXIT.OK;
  if (err instanceof BestMatchError) {
    if (err.code === "OUTPUT_IO") return EXIT.CANTCREAT;
    if (err.code === "INPUT_IO" || err.code === "SNAPSHOT_IO") return EXIT.NOINPUT;
    if (err.code === "INVALID_OPTION") return EXIT.USAGE;
    if (DATA_CODES.has(err.code)) return EXIT.DATAERR;
  }
  return EXIT.SOFTWARE;
}
