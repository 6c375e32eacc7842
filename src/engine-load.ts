/**
 * Engines from snapshots: a path or bytes (v3 maps the stored index; v1 and the v2 pre-release
 * are migrated by indexing their records again), and from a decoded payload.
 */
import { BestMatchEngine, createEngine } from "./engine.js";
import type { Engine } from "./engine-types.js";
import type { EngineOptions, EngineOptionsInput } from "./options.js";
import { resolveEngineOptions } from "./engine-options.js";
import { BestMatchError } from "./errors.js";
import { type DecodedSnapshot, decodeSnapshot, readSnapshot, type SnapshotPayload } from "./corpus/snapshot.js";

/** Snapshot bytes in memory: what `engine.toBuffer()` returns, or the same bytes shared between threads. */
export type SnapshotBytes = Uint8Array | ArrayBuffer | SharedArrayBuffer;

/**
 * Rebuilds an engine from a snapshot written by `engine.save` (a path) or `engine.toBuffer` (bytes).
 * Rankings are identical. A `candidateSource` (a function, never saved) can be passed again here.
 */
export async function loadEngine(source: string | SnapshotBytes, options: Pick<EngineOptions, "candidateSource"> = {}): Promise<Engine> {
  if (typeof source === "string") return engineFromSnapshot(await readSnapshot(source), source, options);
  if (!(source instanceof Uint8Array || source instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && source instanceof SharedArrayBuffer))) {
    throw new BestMatchError("INVALID_OPTION", "loadEngine takes a snapshot path or the bytes of a snapshot", { value: source, expected: "a path, a Buffer/Uint8Array, an ArrayBuffer or a SharedArrayBuffer" });
  }
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return engineFromSnapshot(decodeSnapshot(data, "snapshot bytes"), "snapshot bytes", options);
}

/**
 * Snapshot bytes that another thread of this process has already loaded, so checked: a worker
 * thread maps them without checksumming every section again (~0.55 s per thread at 1M). Internal.
 */
export function loadCheckedBytes(bytes: SharedArrayBuffer): Engine {
  const data = Buffer.from(bytes);
  return engineFromSnapshot(decodeSnapshot(data, "snapshot bytes", "trusted"), "snapshot bytes");
}

/** v3 maps the stored index; v1 and v2 (pre-release) are migrated by indexing their records again. */
export function engineFromSnapshot(decoded: DecodedSnapshot, file = "snapshot", options: Pick<EngineOptions, "candidateSource"> = {}): Engine {
  if (decoded.version !== 3) return engineFromPayload(decoded.payload, file, options);
  const r = decoded.sections;
  const saved = r.json<unknown>("options");
  if (saved === null || typeof saved !== "object" || Array.isArray(saved)) r.inconsistent("options", "is not an options object");
  const engine = new BestMatchEngine(saved as EngineOptionsInput, resolveEngineOptions({ ...(saved as EngineOptionsInput), ...options }));
  try {
    engine.adoptSnapshot(r);
  } catch (err) {
    if (err instanceof BestMatchError) throw err;
    throw new BestMatchError("SNAPSHOT_CORRUPT", `not a readable bestmatch snapshot: its sections do not fit together (${err instanceof Error ? err.message : String(err)})`, { file, cause: err });
  }
  return engine;
}

/**
 * The engine a decoded snapshot describes. The checksum says the bytes are the ones written, not
 * that a writer wrote sense: the shape is checked here, and records go through the validators.
 */
export function engineFromPayload(payload: unknown, file = "snapshot", options: Pick<EngineOptions, "candidateSource"> = {}): Engine {
  const corrupt = (why: string): never => {
    throw new BestMatchError("SNAPSHOT_CORRUPT", `not a readable bestmatch snapshot: ${why}`, { file });
  };
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) return corrupt("the payload is not an object");
  const p = payload as Record<string, unknown>;
  if (p.options === null || typeof p.options !== "object" || Array.isArray(p.options)) corrupt("no options object");
  for (const list of ["freelancers", "jobs", "reviews", "proposals"]) if (!Array.isArray(p[list])) corrupt(`"${list}" is not a list`);
  const saved = payload as SnapshotPayload;
  const engine = createEngine({ ...saved.options, ...options });
  engine.addFreelancers(saved.freelancers);
  engine.addJobs(saved.jobs);
  engine.addReviews(saved.reviews);
  engine.addProposals(saved.proposals);
  return engine;
}
