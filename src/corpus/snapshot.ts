/**
 * Snapshot file: one JSON header line, then the gzipped JSON payload.
 *   {"format":"bestmatch-snapshot","version":1,"bytes":N,"sha256":"..."}\n<gzip bytes>
 * The checksum covers the compressed bytes, so truncation and corruption are caught before
 * parsing. Written to a temporary file and renamed: a failed save never leaves half a file.
 */
import { createHash } from "node:crypto";
import { open, readFile, rename, rm } from "node:fs/promises";
import { tempPathFor, trackTempFile, untrackTempFile } from "../io/atomic-output.js";
import { gunzipSync, gzipSync } from "node:zlib";
import { BestMatchError } from "../errors.js";
import type { EngineOptionsInput } from "../options.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";

export const SNAPSHOT_FORMAT = "bestmatch-snapshot";
export const SNAPSHOT_VERSION = 1;

export interface SnapshotPayload {
  options: EngineOptionsInput;
  freelancers: FreelancerRecord[];
  jobs: JobRecord[];
  reviews: ReviewRecord[];
  proposals: ProposalRecord[];
}

export function encodeSnapshot(payload: SnapshotPayload): Buffer {
  const body = gzipSync(Buffer.from(JSON.stringify(payload)), { level: 6 });
  const header = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, bytes: body.length, sha256: createHash("sha256").update(body).digest("hex") };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
}

export function decodeSnapshot(data: Buffer, file = "snapshot"): SnapshotPayload {
  const corrupt = (why: string): never => {
    throw new BestMatchError("SNAPSHOT_CORRUPT", `not a readable bestmatch snapshot: ${why}`, { file });
  };
  const nl = data.indexOf(0x0a);
  if (nl < 0 || nl > 4096) corrupt("no header line");
  let header: { format?: unknown; version?: unknown; bytes?: unknown; sha256?: unknown };
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
  const body = data.subarray(nl + 1);
  if (body.length !== header.bytes) corrupt(`truncated or padded: ${body.length} bytes of ${header.bytes}`);
  if (createHash("sha256").update(body).digest("hex") !== header.sha256) corrupt("checksum mismatch");
  try {
    // The shape is checked where the payload is used (engineFromPayload).
    return JSON.parse(gunzipSync(body).toString("utf8")) as SnapshotPayload;
  } catch {
    return corrupt("the payload does not decompress to JSON");
  }
}

/**
 * One temporary file beside the target, synced and renamed into place; tracked so an interrupted
 * CLI run removes it (see atomic-output.ts). A failed save leaves the old snapshot untouched.
 */
export async function writeSnapshot(path: string, payload: SnapshotPayload): Promise<void> {
  const tmp = tempPathFor(path);
  trackTempFile(tmp);
  try {
    const handle = await open(tmp, "wx");
    try {
      await handle.writeFile(encodeSnapshot(payload));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (cause) {
    await rm(tmp, { force: true });
    throw new BestMatchError("SNAPSHOT_IO", "could not write the snapshot", { file: path, cause });
  } finally {
    untrackTempFile(tmp);
  }
}

export async function readSnapshot(path: string): Promise<SnapshotPayload> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (cause) {
    throw new BestMatchError("SNAPSHOT_IO", "could not read the snapshot", { file: path, cause });
  }
  return decodeSnapshot(data, path);
}
