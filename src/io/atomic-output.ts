/**
 * Output that is all or nothing: data goes to a temporary file in the target folder and
 * is renamed over the target only on commit. A failed or interrupted run removes the
 * temporary file, so it never leaves a half-written file or damages an existing one.
 * "-" writes straight to standard output.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, promises as fs, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { BestMatchError } from "../errors.js";

export interface Output {
  write(text: string): Promise<void>;
  /** Makes the output visible (rename into place). */
  commit(): Promise<void>;
  /** Drops everything written; safe to call more than once and after commit (then a no-op). */
  abort(): Promise<void>;
}

/**
 * The target cannot be created (missing folder, no permission) or writing failed: the one output
 * error, a BestMatchError with code OUTPUT_IO naming the file (exit 73 in the CLI).
 */
export function outputError(file: string, message: string, cause?: unknown): BestMatchError {
  return new BestMatchError("OUTPUT_IO", message, { file, cause });
}

/** The reader of standard output went away (e.g. `| head`): stop quietly. */
export class BrokenPipeError extends Error {
  override readonly name = "BrokenPipeError";
}

const pending = new Set<string>();

/** For signal handlers: removes every temporary file not yet committed. Synchronous on purpose. */
export function removePendingOutputsSync(): void {
  for (const path of pending) {
    rmSync(path, { force: true, recursive: true });
  }
  pending.clear();
}

/** Other temporary files (e.g. a worker snapshot) to remove on interrupt. */
export function trackTempFile(path: string): void {
  pending.add(path);
}

export function untrackTempFile(path: string): void {
  pending.delete(path);
}

export function pendingOutputs(): string[] {
  return [...pending];
}

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

const FLUSH_BYTES = 1 << 16;

export async function openOutput(path: string, stdout: Writable): Promise<Output> {
  return path === "-" ? stdoutOutput(stdout) : fileOutput(resolve(path));
}

async function fileOutput(target: string): Promise<Output> {
  const temp = tempPathFor(target);
  let handle: fs.FileHandle;
  try {
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    // Created synchronously and tracked in the same turn: an interrupt handler runs only between turns, so
    // it never misses a temp file an asynchronous open was still creating. The handle is opened after.
    closeSync(openSync(temp, "wx", existing ? existing.mode & 0o777 : 0o666));
    pending.add(temp);
    handle = await fs.open(temp, "r+");
  } catch (err) {
    if (pending.delete(temp)) await fs.unlink(temp).catch(() => undefined);
    throw outputError(target, describeIo(err, "cannot create output"), err);
  }
  let buffer: string[] = [];
  let buffered = 0;
  let done = false;
  const flush = async () => {
    if (!buffered) return;
    const text = buffer.join("");
    buffer = [];
    buffered = 0;
    await handle.write(text, null, "utf8");
  };
  const fail = async (err: unknown): Promise<never> => {
    await abort();
    throw outputError(target, describeIo(err, "cannot write output"), err);
  };
  const abort = async () => {
    if (done) return;
    done = true;
    await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    pending.delete(temp);
  };
  return {
    async write(text) {
      if (done) return;
      buffer.push(text);
      buffered += text.length;
      if (buffered >= FLUSH_BYTES) await flush().catch(fail);
    },
    async commit() {
      if (done) return;
      try {
        await flush();
        await handle.sync();
        await handle.close();
        await fs.rename(temp, target);
      } catch (err) {
        await fail(err);
      }
      done = true;
      pending.delete(temp);
    },
    abort,
  };
}

function stdoutOutput(stdout: Writable): Output {
  let broken = false;
  const onError = (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") broken = true;
  };
  stdout.on("error", onError);
  const detach = () => stdout.off("error", onError);
  return {
    async write(text) {
      if (broken) throw new BrokenPipeError("standard output closed");
      if (!stdout.write(text)) {
        await new Promise<void>((res) => {
          const done = () => {
            stdout.off("drain", done);
            stdout.off("error", done);
            stdout.off("close", done);
            res();
          };
          stdout.on("drain", done);
          stdout.on("error", done);
          stdout.on("close", done);
        });
      }
    },
    async commit() {
      detach();
    },
    async abort() {
      detach();
    },
  };
}

export function describeIo(err: unknown, what: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `${what}: folder not found`;
  if (code === "EACCES" || code === "EPERM") return `${what}: permission denied`;
  if (code === "EISDIR") return `${what}: is a folder`;
  if (code === "ENOSPC") return `${what}: no space left on device`;
  return `${what}: ${err instanceof Error ? err.message : String(err)}`;
}
