/**
 * Snapshot files and bytes. Every version starts with one JSON header line.
 * - v3 (written now): the index itself as checksummed binary sections (sections.ts, corpus-codec.ts);
 *   loading maps them, nothing is re-indexed, and no record is parsed until something reads it.
 * - v2 (pre-release, still read, migrated by re-indexing its records; legacy-v2.ts): the same container,
 *   but reviews and proposals as one JSON list each. Save again to get v3.
 * - v1 (still read, migrated by re-indexing its records): the gzipped JSON of the records.
 *     {"format":"bestmatch-snapshot","version":1,"bytes":N,"sha256":"..."}\n<gzip bytes>
 * Written to a temporary file and renamed: a failed save never leaves half a file.
 */
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, openSync, writeFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { tempPathFor, trackTempFile, untrackTempFile } from "../io/atomic-output.js";
import { gunzipSync, gzipSync } from "node:zlib";
import { BestMatchError } from "../errors.js";
import type { EngineOptionsInput } from "../options.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";

import { MAX_HEADER, SNAPSHOT_FORMAT, SectionReader } from "./sections.js";
import { legacyV2Payload } from "./legacy-v2.js";
import { type ReadSnapshotFile, readSnapshotFile } from "./snapshot-read.js";

export { SNAPSHOT_FORMAT };
export const SNAPSHOT_VERSION = 3;

export interface SnapshotPayload {
  options: EngineOptionsInput;
  freelancers: FreelancerRecord[];
  jobs: JobRecord[];
  reviews: ReviewRecord[];
  proposals: ProposalRecord[];
}

/** A v1 snapshot (the records as gzipped JSON): kept to test migration and for tools that still want it. */
export function encodeSnapshotV1(payload: SnapshotPayload): Buffer {
  const body = gzipSync(Buffer.from(JSON.stringify(payload)), { level: 6 });
  const header = { format: SNAPSHOT_FORMAT, version: 1, bytes: body.length, sha256: createHash("sha256").update(body).digest("hex") };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
}


/** Version 3 is mapped; older versions give their records, to be indexed again. */
export type DecodedSnapshot = { version: 1 | 2; payload: SnapshotPayload } | { version: 3; sections: SectionReader };

/** `checked`: section CRCs already computed while reading the bytes (see snapshot-read.ts), or "trusted" (see SectionReader). */
export function decodeSnapshot(data: Buffer, file = "snapshot", checked?: ReadonlyMap<string, number> | "trusted"): DecodedSnapshot {
  const corrupt = (why: string): never => {
    throw new BestMatchError("SNAPSHOT_CORRUPT", `not a readable bestmatch snapshot: ${why}`, { file });
  };
  // v2's header lists its sections (a few KB); a bound keeps a binary file from being scanned whole.
  const nl = data.subarray(0, MAX_HEADER + 1).indexOf(0x0a);
  if (nl < 0) corrupt("no header line");
  let header: { format?: unknown; version?: unknown; bytes?: unknown; sha256?: unknown; sections?: unknown };
  try {
    header = JSON.parse(data.subarray(0, nl).toString("utf8"));
  } catch {
    return corrupt("the header is not JSON");
  }
  // Found by scripts/fuzz.ts: a header line of `null` (or any non-object) threw a TypeError.
  if (header === null || typeof header !== "object" || Array.isArray(header)) corrupt("the header is not a JSON object");
  if (header.format !== SNAPSHOT_FORMAT) corrupt(`unknown format ${JSON.stringify(header.format)}`);
  if (typeof header.version !== "number" || header.version > SNAPSHOT_VERSION) {
    throw new BestMatchError("SNAPSHOT_VERSION", "snapshot was written by a newer bestmatch; upgrade to read it", {
      file,
      value: header.version,
      expected: `version ${SNAPSHOT_VERSION} or older`,
    });
  }
  if (header.version === 3) return { version: 3, sections: new SectionReader(data, header, nl + 1, file, checked) };
  if (header.version === 2) {
    try {
      return { version: 2, payload: legacyV2Payload(new SectionReader(data, header, nl + 1, file, checked)) };
    } catch (err) {
      if (err instanceof BestMatchError) throw err;
      return corrupt(`its version 2 sections do not fit together (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  if (header.version !== 1) corrupt(`unknown version ${JSON.stringify(header.version)}`);
  const body = data.subarray(nl + 1);
  if (body.length !== header.bytes) corrupt(`truncated or padded: ${body.length} bytes of ${header.bytes}`);
  if (createHash("sha256").update(body).digest("hex") !== header.sha256) corrupt("checksum mismatch");
  try {
    // The shape is checked where the payload is used (engineFromPayload).
    return { version: 1, payload: JSON.parse(gunzipSync(body).toString("utf8")) as SnapshotPayload };
  } catch {
    return corrupt("the payload does not decompress to JSON");
  }
}

/**
 * One temporary file beside the target, synced and renamed into place; tracked so an interrupted
 * CLI run removes it (see atomic-output.ts). A failed save leaves the old snapshot untouched.
 */
export async function writeSnapshot(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = tempPathFor(path);
  trackTempFile(tmp);
  try {
    // Synchronous create-write-sync: an interrupt handler runs only between JavaScript turns, so it sees
    // either no temp file or a tracked one. An asynchronous open could create the file after the handler
    // had already cleaned up, leaving it behind.
    const fd = openSync(tmp, "wx");
    try {
      writeFileSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    await rename(tmp, path);
  } catch (cause) {
    await rm(tmp, { force: true });
    throw new BestMatchError("SNAPSHOT_IO", "could not write the snapshot", { file: path, cause });
  } finally {
    untrackTempFile(tmp);
  }
}

export async function readSnapshot(path: string): Promise<DecodedSnapshot> {
  const read = await readSnapshotBytes(path);
  return decodeSnapshot(read.data, path, read.checked);
}

/** The file's bytes and its sections' CRCs (snapshot-read.ts); `shared`: into a SharedArrayBuffer. A failed read is SNAPSHOT_IO naming the file. */
export async function readSnapshotBytes(path: string, shared = false): Promise<ReadSnapshotFile> {
  try {
    return await readSnapshotFile(path, { shared });
  } catch (cause) {
    throw new BestMatchError("SNAPSHOT_IO", "could not read the snapshot", { file: path, cause });
  }
}
