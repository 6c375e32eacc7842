/**
 * Everything a command touches outside itself, so tests can run the CLI in-process
 * with captured streams and main.ts can wire the real process.
 */
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  /** Progress bars only when stderr is a terminal. */
  stderrIsTTY: boolean;
  /** `bestmatch skills` with no text reads stdin only when it is not a terminal. */
  stdinIsTTY: boolean;
  /** Default for --workers. */
  cpus: number;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    cpus: availableParallelism(),
  };
}

/** A line to stderr (notes, warnings, errors). */
export function note(io: CliIO, text: string): void {
  io.stderr.write(`${text}\n`);
}
