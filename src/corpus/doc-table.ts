/**
 * Ids to dense document numbers. Removing a record retires its number (a tombstone), so
 * typed columns never shift; replacing a record keeps its number.
 */
import { Growable, f64, i32, u8 } from "./growable.js";
import type { IdColumn } from "./loaded-map.js";
/** Loaded docs kept built per table (see DocTable.recent); measured in docs/benchmarks.md (issue 13, load). */
export const LOADED_CACHE = 4096;

export class DocTable<T> {
  private byId = new Map<string, number>();
  private ids: string[] = [];
  private items: Array<T | undefined> = [];
  private live = Growable.empty(u8);
  /** For a loaded table: builds a live doc's item on access (records decode lazily). */
  private lazy: ((doc: number) => T) | undefined;
  /**
   * The loaded items built most recently, at most LOADED_CACHE (oldest out first). Items an edit
   * put in place stay in `items`; loaded ones are built again when evicted (microseconds), so a
   * loaded engine's heap does not grow with every doc its queries ever touched.
   */
  private recent = new Map<number, T>();

  /**
   * A loaded table's ids, docs 0 to `loaded` - 1: the snapshot's id column, found by its stored hash
   * table (live ids only), so a load builds neither an array nor a Map of every id. `ids` and `byId`
   * then hold only the docs inserted since, numbered from `loaded`.
   */
  private column: IdColumn | undefined;
  private loaded = 0;
  private loadedLive = 0;

  /** A table over loaded ids (doc order) and liveness; `lazy` makes each live doc's item when read. */
  static restore<T>(ids: IdColumn, live: Uint8Array, lazy: (doc: number) => T): DocTable<T> {
    const table = new DocTable<T>();
    table.column = ids;
    table.loaded = ids.count;
    table.items = new Array<T | undefined>(ids.count);
    table.live = Growable.borrow(u8, live);
    table.lazy = lazy;
    for (let d = 0; d < ids.count; d++) table.loadedLive += live[d];
    return table;
  }

  get capacity(): number {
    return this.loaded + this.ids.length;
  }

  get size(): number {
    return this.loadedLive + this.byId.size;
  }

  doc(id: string): number | undefined {
    const d = this.byId.get(id);
    if (d !== undefined || !this.column || typeof id !== "string") return d;
    const loaded = this.column.find(id);
    return loaded >= 0 && this.live.get(loaded) === 1 ? loaded : undefined;
  }

  id(doc: number): string {
    return doc < this.loaded ? (this.column as IdColumn).id(doc) : this.ids[doc - this.loaded];
  }

  /** The loaded doc that had `id` when the snapshot was written, live or retired since; undefined if none. */
  loadedDoc(id: string): number | undefined {
    const d = this.column && typeof id === "string" ? this.column.find(id) : -1;
    return d >= 0 ? d : undefined;
  }

  get(doc: number): T | undefined {
    const item = this.items[doc];
    if (item !== undefined || !this.lazy || !this.live.get(doc)) return item;
    let built = this.recent.get(doc);
    if (built === undefined) {
      built = this.lazy(doc);
      if (this.recent.size >= LOADED_CACHE) this.recent.delete(this.recent.keys().next().value as number);
      this.recent.set(doc, built);
    }
    return built;
  }

  alive(doc: number): boolean {
    return this.live.get(doc) === 1;
  }

  /** Ids in doc order (retired slots keep theirs) and liveness: what a snapshot stores. */
  state(): { ids: readonly string[]; live: Uint8Array } {
    const ids = this.column ? Array.from({ length: this.capacity }, (_, d) => this.id(d)) : this.ids;
    return { ids, live: this.live.view().slice(0, this.capacity) };
  }

  /** Appends and returns the new doc number; the caller retires any earlier doc of this id first. */
  insert(id: string, item: T): number {
    const doc = this.capacity;
    this.ids.push(id);
    this.items.push(item);
    this.live.set(doc, 1);
    this.byId.set(id, doc);
    return doc;
  }

  /** Puts `item` in the slot of an indexed id (same doc number). */
  replace(doc: number, item: T): void {
    this.items[doc] = item;
    this.recent.delete(doc);
  }

  retire(id: string): number | undefined {
    const doc = this.doc(id);
    if (doc === undefined) return undefined;
    if (doc < this.loaded) this.loadedLive--;
    else this.byId.delete(id);
    this.items[doc] = undefined;
    this.recent.delete(doc);
    this.live.set(doc, 0);
    return doc;
  }

  /** Live docs in insertion order. */
  *docs(): IterableIterator<number> {
    for (let d = 0, n = this.capacity; d < n; d++) if (this.live.get(d)) yield d;
  }
}

/** A growable Float64 column; NaN means "absent". */
export class NumberColumn {
  private data = Growable.empty(f64, NaN, 256);

  static restore(values: Float64Array): NumberColumn {
    const column = new NumberColumn();
    column.data = Growable.borrow(f64, values, NaN);
    return column;
  }

  set(doc: number, value: number | undefined): void {
    this.data.set(doc, value === undefined ? NaN : value);
  }

  get(doc: number): number | undefined {
    const v = this.data.get(doc);
    return Number.isNaN(v) ? undefined : v;
  }

  /** The first `length` values (NaN = absent), for a snapshot. */
  values(length: number): Float64Array {
    return Float64Array.from({ length }, (_, d) => this.data.get(d));
  }
}

/**
 * Skill -> docs having it, and per-skill live document frequency for IDF. A loaded index keeps
 * its lists as one sealed CSR (views on the snapshot); a list is copied out only when an edit
 * changes it. Lists are Int32 arrays, not number[]: 4 bytes a posting instead of 8 plus the
 * slack of a pushed-to JS array, off the JS heap.
 */
export class SkillPostings {
  private lists: Array<Growable<Int32Array> | undefined> = [];
  private sealed: { offsets: Uint32Array; docs: Int32Array } | undefined;
  private docFreq = new Uint32Array(1024);

  static restore(offsets: Uint32Array, docs: Int32Array, docFreq: Uint32Array): SkillPostings {
    const p = new SkillPostings();
    p.sealed = { offsets, docs };
    p.docFreq = Uint32Array.from(docFreq);
    return p;
  }

  /** Every list as CSR over skill indices, and the frequencies: what a snapshot stores. */
  state(skills: number): { offsets: Uint32Array; docs: Int32Array; docFreq: Uint32Array } {
    const offsets = new Uint32Array(skills + 1);
    for (let s = 0; s < skills; s++) offsets[s + 1] = offsets[s] + this.docs(s).length;
    const docs = new Int32Array(offsets[skills]);
    for (let s = 0; s < skills; s++) docs.set(this.docs(s), offsets[s]);
    return { offsets, docs, docFreq: Uint32Array.from({ length: skills }, (_, s) => this.frequency(s)) };
  }

  /** The list of `skill` as an array this class owns (the sealed CSR's slice, copied on first write). */
  private owned(skill: number): Growable<Int32Array> {
    let list = this.lists[skill];
    if (!list) {
      const sealed = this.sealed && skill + 1 < this.sealed.offsets.length ? this.sealed.docs.subarray(this.sealed.offsets[skill], this.sealed.offsets[skill + 1]) : undefined;
      list = this.lists[skill] = sealed ? Growable.borrow(i32, sealed) : Growable.empty(i32, 0, 4);
    }
    return list;
  }

  add(doc: number, skills: ArrayLike<number>): void {
    for (let i = 0; i < skills.length; i++) {
      const s = skills[i];
      this.owned(s).push(doc);
      this.bump(s, 1);
    }
  }

  /** Postings keep retired docs (callers check liveness); only frequencies change. */
  remove(skills: ArrayLike<number>): void {
    for (let i = 0; i < skills.length; i++) this.bump(skills[i], -1);
  }

  private bump(s: number, by: number): void {
    if (s >= this.docFreq.length) {
      const grown = new Uint32Array(Math.max(s + 1, this.docFreq.length * 2));
      grown.set(this.docFreq);
      this.docFreq = grown;
    }
    this.docFreq[s] += by;
  }

  /** A replaced document: postings of skills it no longer has lose it, new skills gain it. */
  replace(doc: number, before: ArrayLike<number>, after: ArrayLike<number>): void {
    const had = new Set(Array.from(before));
    const has = new Set(Array.from(after));
    for (const s of had) {
      if (has.has(s)) continue;
      const list = this.owned(s);
      const at = list.view().lastIndexOf(doc);
      if (at >= 0) list.removeAt(at);
      this.bump(s, -1);
    }
    for (const s of has) {
      if (had.has(s)) continue;
      this.owned(s).push(doc);
      this.bump(s, 1);
    }
  }

  docs(skill: number): ArrayLike<number> & Iterable<number> {
    const list = this.lists[skill];
    if (list) return list.view();
    const sealed = this.sealed;
    return sealed && skill + 1 < sealed.offsets.length ? sealed.docs.subarray(sealed.offsets[skill], sealed.offsets[skill + 1]) : NO_DOCS;
  }

  frequency(skill: number): number {
    return skill < this.docFreq.length ? this.docFreq[skill] : 0;
  }
}

const NO_DOCS: readonly number[] = [];

/** Skill IDF over `docCount` documents: ln(1 + N / (1 + df)); unseen skills get the highest weight. */
export function skillIdf(docFreq: number, docCount: number): number {
  return Math.log(1 + docCount / (1 + docFreq));
}
