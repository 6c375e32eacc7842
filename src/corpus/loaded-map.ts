/**
 * The record maps of a loaded index (reviews, proposals and their links), kept as the snapshot's
 * columns: a `Map` to every reader, whose entries from the snapshot are made when read and not kept.
 * Entries set or deleted after the load live beside them, so edits behave exactly as on a `Map`
 * (order included: a deleted and re-set key moves to the end).
 */
import type { SectionReader, SectionWriter } from "./sections.js";

/** What a snapshot holds for `count` entries: keys, a key's position, and values made on demand. */
export interface LoadedEntries<V> {
  readonly count: number;
  key(i: number): string;
  /** The position of `key`, or -1. */
  find(key: string): number;
  /** Entry `i`'s value; `keep` makes it the stored one (a value that is about to be changed in place). */
  value(i: number, keep: (v: V) => void): V;
  /** Per entry, the date the clock reads (NaN: none), so the clock need not make the values. */
  dates?: Float64Array;
}

export class LoadedMap<V> implements Map<string, V> {
  /** Deleted loaded entries; made on first use, so that `loaded.count` is not asked for at load. */
  private deleted: Uint8Array | undefined;
  private liveCount = 0;
  /** Loaded entries whose value was set (or kept) since the load, by position. */
  private readonly kept = new Map<number, V>();
  /** Entries added since the load, after the loaded ones in iteration order. */
  private readonly added = new Map<string, V>();

  constructor(private readonly loaded: LoadedEntries<V>) {}

  private get dead(): Uint8Array {
    if (!this.deleted) {
      this.deleted = new Uint8Array(this.loaded.count);
      this.liveCount = this.deleted.length;
    }
    return this.deleted;
  }

  /** Live loaded entries (reading it makes `dead` first). */
  private get live(): number {
    return this.dead.length >= 0 ? this.liveCount : 0;
  }

  private set live(n: number) {
    this.liveCount = n;
  }

  readonly [Symbol.toStringTag] = "Map";

  get size(): number {
    return this.live + this.added.size;
  }

  private at(key: string): number {
    if (typeof key !== "string" || this.live === 0) return -1;
    const i = this.loaded.find(key);
    return i >= 0 && !this.dead[i] ? i : -1;
  }

  private valueAt(i: number): V {
    if (this.kept.has(i)) return this.kept.get(i) as V;
    return this.loaded.value(i, (v) => {
      if (!this.dead[i]) this.kept.set(i, v);
    });
  }

  has(key: string): boolean {
    return this.added.has(key) || this.at(key) >= 0;
  }

  get(key: string): V | undefined {
    if (this.added.has(key)) return this.added.get(key);
    const i = this.at(key);
    return i < 0 ? undefined : this.valueAt(i);
  }

  set(key: string, value: V): this {
    const i = this.added.has(key) ? -1 : this.at(key);
    if (i >= 0) this.kept.set(i, value);
    else this.added.set(key, value);
    return this;
  }

  delete(key: string): boolean {
    if (this.added.delete(key)) return true;
    const i = this.at(key);
    if (i < 0) return false;
    this.dead[i] = 1;
    this.live--;
    this.kept.delete(i);
    return true;
  }

  clear(): void {
    this.dead.fill(1);
    this.live = 0;
    this.kept.clear();
    this.added.clear();
  }

  /**
   * Each entry's date, in no particular order: a loaded entry's from `dates` (NaN: none), so no
   * value is made; an entry set or added since the load from `pick`. The key is made only if asked for.
   */
  eachDate(pick: (v: V) => number | undefined, visit: (at: number, key: () => string) => void): void {
    const dates = this.loaded.dates;
    for (let i = 0; i < this.dead.length; i++) {
      if (this.dead[i] || this.kept.has(i)) continue;
      const at = dates ? dates[i] : pick(this.loaded.value(i, () => undefined));
      if (at !== undefined && !Number.isNaN(at)) visit(at, () => this.loaded.key(i));
    }
    for (const [i, v] of this.kept) {
      const at = pick(v);
      if (at !== undefined) visit(at, () => this.loaded.key(i));
    }
    for (const [k, v] of this.added) {
      const at = pick(v);
      if (at !== undefined) visit(at, () => k);
    }
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.dead.length; i++) if (!this.dead[i]) yield [this.loaded.key(i), this.valueAt(i)];
    yield* this.added.entries();
    return undefined;
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.dead.length; i++) if (!this.dead[i]) yield this.loaded.key(i);
    yield* this.added.keys();
    return undefined;
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.dead.length; i++) if (!this.dead[i]) yield this.valueAt(i);
    yield* this.added.values();
    return undefined;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(visit: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) visit.call(thisArg, v, k, this);
  }
}

/** Each dated entry of `map` (a `Map` or a LoadedMap, whose loaded entries' dates come from a column). */
export function eachDate<V>(map: Map<string, V>, pick: (v: V) => number | undefined, visit: (at: number, key: () => string) => void): void {
  if (map instanceof LoadedMap) return map.eachDate(pick, visit);
  for (const [k, v] of map) {
    const at = pick(v);
    if (at !== undefined) visit(at, () => k);
  }
}

/**
 * A set of ids read from a snapshot (the record ids linked to one freelancer or job): a view on a
 * list of positions until something changes it, then a `Set` of its own, which `keep` pins in its map.
 */
export class IdSetView implements Set<string> {
  private own: Set<string> | undefined;

  constructor(
    private readonly positions: ArrayLike<number>,
    private readonly id: (position: number) => string,
    private readonly keep: (set: IdSetView) => void,
  ) {}

  readonly [Symbol.toStringTag] = "Set";

  private owned(): Set<string> {
    if (!this.own) {
      this.own = new Set(this.view());
      this.keep(this);
    }
    return this.own;
  }

  private *view(): Generator<string, undefined, unknown> {
    for (let k = 0; k < this.positions.length; k++) yield this.id(this.positions[k]);
    return undefined;
  }

  get size(): number {
    return this.own ? this.own.size : this.positions.length;
  }

  has(id: string): boolean {
    if (this.own) return this.own.has(id);
    for (let k = 0; k < this.positions.length; k++) if (this.id(this.positions[k]) === id) return true;
    return false;
  }

  add(id: string): this {
    this.owned().add(id);
    return this;
  }

  delete(id: string): boolean {
    return this.owned().delete(id);
  }

  clear(): void {
    this.owned().clear();
  }

  *values(): SetIterator<string> {
    if (this.own) yield* this.own.values();
    else yield* this.view();
    return undefined;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const v of this.values()) yield [v, v];
    return undefined;
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(visit: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    for (const v of this.values()) visit.call(thisArg, v, v, this);
  }
}

/** FNV-1a over the string's UTF-16 code units: what the stored id tables are keyed by. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Ids as one UTF-8 blob with offsets and an open-addressing table (position + 1 by hash) of those
 * `indexed` (a table's live docs: ids of retired ones may repeat), so a loaded index finds a record
 * by id without a `Map` of every id. An id that UTF-8 cannot carry
 * exactly (a lone surrogate) or that starts with NUL is stored as NUL + its JSON.
 */
export function encodeIds(w: SectionWriter, name: string, ids: readonly string[], indexed: (i: number) => boolean = () => true): void {
  // An id that UTF-8 cannot hold (a lone surrogate), or one starting with NUL, is stored as NUL + its JSON.
  const { bytes, offsets } = utf8Rows(ids.map((id) => (!LONE_SURROGATE.test(id) && id.charCodeAt(0) !== 0 ? id : `\u0000${JSON.stringify(id)}`)));
  const size = tableSize(ids.length);
  const table = new Uint32Array(size);
  ids.forEach((id, i) => {
    if (!indexed(i)) return;
    let slot = hashString(id) & (size - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
    table[slot] = i + 1;
  });
  w.array(name, "u8", bytes);
  w.array(`${name}.offsets`, "f64", offsets);
  w.array(`${name}.hash`, "u32", table);
}

/** In a `u` pattern a surrogate pair is one code point: only unpaired halves match. */
const LONE_SURROGATE = /\p{Cs}/u;

/** A power of two at least twice `n` (at least 2): the table stays at most half full. */
function tableSize(n: number): number {
  let size = 2;
  while (size < 2 * n) size *= 2;
  return size;
}

export interface IdColumn {
  readonly count: number;
  id(i: number): string;
  find(id: string): number;
}

export function decodeIds(r: SectionReader, name: string): IdColumn {
  const view = r.u8(name);
  const blob = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  const offsets = r.f64(`${name}.offsets`);
  const table = r.u32(`${name}.hash`);
  const count = offsets.length - 1;
  if (count < 0 || offsets[count] !== blob.length) r.inconsistent(`${name}.offsets`, `does not match ${name}`);
  if (table.length !== tableSize(count)) r.inconsistent(`${name}.hash`, `does not match ${name}`);
  const mask = table.length - 1;
  const id = (i: number): string => {
    const a = offsets[i];
    const b = offsets[i + 1];
    return blob[a] === 0 ? (JSON.parse(blob.toString("utf8", a + 1, b)) as string) : blob.toString("utf8", a, b);
  };
  return {
    count,
    id,
    find(key: string): number {
      // Bounded by the table's size: a damaged table cannot loop forever.
      for (let slot = hashString(key) & mask, n = 0; n <= mask; slot = (slot + 1) & mask, n++) {
        const entry = table[slot];
        if (entry === 0) return -1;
        if (entry <= count && id(entry - 1) === key) return entry - 1;
      }
      return -1;
    },
  };
}

/** Records as JSON, one per entry, with offsets: decoded one at a time. */
export function encodeJsonRows(w: SectionWriter, name: string, rows: readonly unknown[]): void {
  const { bytes, offsets } = utf8Rows(rows.map((row) => JSON.stringify(row)));
  w.array(name, "u8", bytes);
  w.array(`${name}.offsets`, "f64", offsets);
}

/**
 * Strings as UTF-8 in one buffer, and where each ends (offsets[i + 1]; an undefined row is empty).
 * Sized first and written in place: a Buffer per row and a concat of them all were most of a save's
 * garbage (a million small buffers at 100k freelancers).
 */
export function utf8Rows(rows: ReadonlyArray<string | undefined>): { bytes: Buffer; offsets: Float64Array } {
  const offsets = new Float64Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i] + (rows[i] === undefined ? 0 : Buffer.byteLength(rows[i] as string, "utf8"));
  const bytes = Buffer.allocUnsafe(offsets[rows.length]);
  for (let i = 0; i < rows.length; i++) if (rows[i] !== undefined) bytes.write(rows[i] as string, offsets[i], "utf8");
  return { bytes, offsets };
}

export function decodeJsonRows<T>(r: SectionReader, name: string, count: number): (i: number) => T {
  const view = r.u8(name);
  const blob = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  const offsets = r.f64(`${name}.offsets`);
  if (offsets.length !== count + 1 || offsets[count] !== blob.length) r.inconsistent(`${name}.offsets`, `does not match ${name}`);
  return (i) => JSON.parse(blob.toString("utf8", offsets[i], offsets[i + 1])) as T;
}

/**
 * Entries grouped by an owner (a freelancer or job doc): the owners in order of their first entry
 * and each owner's entries in order, as a `Map` owner id -> set of entry ids (what Corpus links).
 * The grouping is made on first use (a counting sort over `owner`). An owner is found by `savedDoc`:
 * the doc its id had when the snapshot was written (owners were live then), live or retired since
 * (a removed freelancer's links are taken back after its doc is retired).
 */
export function linkMap(owner: Int32Array, ownerId: (doc: number) => string, savedDoc: (id: string) => number | undefined, entryId: (i: number) => string): LoadedMap<Set<string>> {
  let groups: { keys: Int32Array; slot: Int32Array; from: Uint32Array; members: Int32Array } | undefined;
  const group = () => {
    if (groups) return groups;
    let docs = 0;
    for (let i = 0; i < owner.length; i++) if (owner[i] >= docs) docs = owner[i] + 1;
    const slot = new Int32Array(docs).fill(-1);
    const order = new Int32Array(docs);
    const counts = new Uint32Array(docs);
    let keys = 0;
    for (let i = 0; i < owner.length; i++) {
      const d = owner[i];
      if (slot[d] < 0) {
        slot[d] = keys;
        order[keys++] = d;
      }
      counts[slot[d]]++;
    }
    const from = new Uint32Array(keys + 1);
    for (let k = 0; k < keys; k++) from[k + 1] = from[k] + counts[k];
    const fill = from.slice(0, keys);
    const members = new Int32Array(owner.length);
    for (let i = 0; i < owner.length; i++) members[fill[slot[owner[i]]]++] = i;
    return (groups = { keys: order.subarray(0, keys), slot, from, members });
  };
  const map: LoadedMap<Set<string>> = new LoadedMap<Set<string>>({
    get count() {
      return group().keys.length;
    },
    key: (k) => ownerId(group().keys[k]),
    find(id) {
      const g = group();
      const d = savedDoc(id);
      return d !== undefined && d < g.slot.length ? g.slot[d] : -1;
    },
    value: (k, keep) => {
      const g = group();
      return new IdSetView(g.members.subarray(g.from[k], g.from[k + 1]), entryId, keep);
    },
  });
  return map;
}
