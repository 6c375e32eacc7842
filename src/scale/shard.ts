/**
 * `--shard I/N`: a deterministic partition of the subjects (jobs or freelancers) so N copies of a
 * batch command, run by any scheduler on one shared snapshot, split the work with no coordination.
 * A subject belongs to shard I when FNV-1a-32(UTF-8 id) mod N = I - 1: the id alone decides, so the
 * same id lands in the same shard whatever the file order or machine.
 */
import { InvalidArgumentError } from "commander";

export interface Shard {
  /** 1-based shard number. */
  index: number;
  count: number;
}

export const MAX_SHARDS = 10_000;

/** FNV-1a, 32 bits, over the id's UTF-8 bytes. */
export function shardHash(id: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(id, "utf8")) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function shardOf(id: string, count: number): number {
  return (shardHash(id) % count) + 1;
}

export function inShard(id: string, shard: Shard): boolean {
  return shardOf(id, shard.count) === shard.index;
}

/** Parses "I/N" (1 <= I <= N <= 10000), for commander. */
export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new InvalidArgumentError(`--shard must be I/N with 1 <= I <= N <= ${MAX_SHARDS}, e.g. 2/8 (got "${value}").`);
  }
  return { index, count };
}
