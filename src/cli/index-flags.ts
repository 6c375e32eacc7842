/**
 * `--index SNAPSHOT` on the ranking commands. A snapshot from `bestmatch index build` holds the
 * records and the settings (model, taxonomy) it was built with, so a flag that would supply them
 * again is refused rather than silently ignored or mixed in: the output must equal the CSV run's.
 */
import type { Engine } from "../engine-types.js";
import { loadSharedSnapshot } from "../scale/shared-snapshot.js";
import { UsageError } from "./exit-codes.js";

const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The data flags every ranking command may take; all of them are what a snapshot already holds. */
export const INDEXED_FLAGS = ["freelancers", "jobs", "reviews", "proposals", "model", "taxonomy"] as const;

/**
 * With --index, none of `indexed` may be given; without it, every one of `required` must be
 * (commander cannot say "required unless --index", so the command checks it here).
 */
export function checkDataFlags(command: string, opts: object, indexed: readonly string[], required: readonly string[]): void {
  const given = (k: string) => (opts as Record<string, unknown>)[k] !== undefined;
  if ((opts as { index?: string }).index !== undefined) {
    const extra = indexed.filter(given);
    if (extra.length) throw new UsageError(`--index already holds the indexed data and settings; drop ${extra.map(flag).join(", ")}`);
    return;
  }
  const missing = required.filter((k) => !given(k));
  if (missing.length) throw new UsageError(`${command} needs ${missing.map((k) => `${flag(k)} <file>`).join(" and ")} (or --index <snapshot>)`);
}

/** An id named by --job or --freelancer must be in the snapshot, as it must be in the CSV file. */
export function requireIndexed(engine: Engine, kind: "job" | "freelancer", id: string | undefined, snapshot: string): void {
  if (id !== undefined && !engine.has(kind, id)) throw new UsageError(`--${kind} "${id}" is not in ${snapshot}`);
}

/** The --help paragraph on --index; `subjects` says what is ranked then. */
export const INDEX_HELP = (subjects: string) => `With --index, the records and the model and taxonomy come from the snapshot (the CSV, --model and
--taxonomy flags are refused); the command ranks ${subjects}. A snapshot
built from the same CSV files gives byte for byte the output of the CSV run.`;

/**
 * --index for a command that ranks with workers: the snapshot is read once into a
 * SharedArrayBuffer that this thread loads from and the workers are handed (see loadSharedSnapshot).
 */
export function sharedIndex(): { load: (path: string) => Promise<Engine>; bytes: () => SharedArrayBuffer | undefined } {
  let shared: SharedArrayBuffer | undefined;
  return {
    load: async (path) => {
      const loaded = await loadSharedSnapshot(path);
      shared = loaded.bytes;
      return loaded.engine;
    },
    bytes: () => shared,
  };
}
