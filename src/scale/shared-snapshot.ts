/**
 * Snapshot bytes in a SharedArrayBuffer: the one copy of the index that the main thread and every
 * worker thread load from. A SharedArrayBuffer crosses to a worker (workerData, postMessage)
 * without being copied, and `loadEngine(bytes)` maps the index onto the buffer it is given, so N
 * threads hold one index instead of N.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { engineFromSnapshot, type SnapshotBytes } from "../engine-load.js";
import { decodeSnapshot, readSnapshotBytes } from "../corpus/snapshot.js";
import type { Engine } from "../engine-types.js";
import { BestMatchError } from "../errors.js";

/** The bytes as a SharedArrayBuffer: the same buffer when it already is one, else one copy. */
export function toSharedBytes(bytes: SnapshotBytes): SharedArrayBuffer {
  if (bytes instanceof SharedArrayBuffer) return bytes;
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.buffer instanceof SharedArrayBuffer && view.byteOffset === 0 && view.byteLength === view.buffer.byteLength) return view.buffer;
  const shared = new SharedArrayBuffer(view.byteLength);
  new Uint8Array(shared).set(view);
  return shared;
}

/** A snapshot file read straight into a SharedArrayBuffer (no intermediate Buffer to copy from). */
export function readSharedSnapshot(path: string): SharedArrayBuffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const size = fstatSync(fd).size;
    const shared = new SharedArrayBuffer(size);
    const view = new Uint8Array(shared);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, view, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    // A file that shrank while being read: hand over what is there; the checksum rejects it.
    return at === size ? shared : toSharedBytes(view.subarray(0, at));
  } catch (cause) {
    throw new BestMatchError("SNAPSHOT_IO", "could not read the snapshot", { file: path, cause });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Loads the snapshot file at `path` from a SharedArrayBuffer, so the returned engine and the
 * workers given `bytes` share one index. Read and checked as `loadEngine(path)` does (in parts,
 * sections checksummed while the next parts are read), and its errors name the file.
 */
export async function loadSharedSnapshot(path: string): Promise<{ engine: Engine; bytes: SharedArrayBuffer }> {
  const read = await readSnapshotBytes(path, true);
  const engine = engineFromSnapshot(decodeSnapshot(read.data, path, read.checked), path);
  // A file that shrank while read (and still decoded) is shorter than the buffer made for it.
  const whole = read.data.byteLength === read.data.buffer.byteLength;
  return { engine, bytes: whole ? (read.data.buffer as SharedArrayBuffer) : toSharedBytes(read.data) };
}
