/**
 * Ids to dense document numbers. Removing a record retires its number (a tombstone), so
 * typed columns never shift; replacing a record keeps its number.
 */
export class DocTable<T> {
  private readonly byId = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly items: Array<T | undefined> = [];

  get capacity(): number {
    return this.ids.length;
  }

  get size(): number {
    return this.byId.size;
  }

  doc(id: string): number | undefined {
    return this.byId.get(id);
  }

  id(doc: number): string {
    return this.ids[doc];
  }

  get(doc: number): T | undefined {
    return this.items[doc];
  }

  alive(doc: number): boolean {
    return this.items[doc] !== undefined;
  }

  /** Appends and returns the new doc number; the caller retires any earlier doc of this id first. */
  insert(id: string, item: T): number {
    const doc = this.ids.length;
    this.ids.push(id);
    this.items.push(item);
    this.byId.set(id, doc);
    return doc;
  }

  /** Puts `item` in the slot of an indexed id (same doc number). */
  replace(doc: number, item: T): void {
    this.items[doc] = item;
  }

  retire(id: string): number | undefined {
    const doc = this.byId.get(id);
    if (doc === undefined) return undefined;
    this.byId.delete(id);
    this.items[doc] = undefined;
    return doc;
  }

  /** Live docs in insertion order. */
  *docs(): IterableIterator<number> {
    for (let d = 0; d < this.items.length; d++) if (this.items[d] !== undefined) yield d;
  }
}

/** A growable Float64 column; NaN means "absent". */
export class NumberColumn {
  private data = new Float64Array(256).fill(NaN);

  set(doc: number, value: number | undefined): void {
    if (doc >= this.data.length) {
      const grown = new Float64Array(Math.max(doc + 1, this.data.length * 2)).fill(NaN);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[doc] = value === undefined ? NaN : value;
  }

  get(doc: number): number | undefined {
    const v = this.data[doc];
    return v === undefined || Number.isNaN(v) ? undefined : v;
  }
}

/** Skill -> docs having it, and per-skill live document frequency for IDF. */
export class SkillPostings {
  private readonly lists: number[][] = [];
  private docFreq = new Uint32Array(1024);

  add(doc: number, skills: ArrayLike<number>): void {
    for (let i = 0; i < skills.length; i++) {
      const s = skills[i];
      (this.lists[s] ??= []).push(doc);
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
      const list = this.lists[s];
      const at = list ? list.lastIndexOf(doc) : -1;
      if (at >= 0) list!.splice(at, 1);
      this.bump(s, -1);
    }
    for (const s of has) {
      if (had.has(s)) continue;
      (this.lists[s] ??= []).push(doc);
      this.bump(s, 1);
    }
  }

  docs(skill: number): readonly number[] {
    return this.lists[skill] ?? [];
  }

  frequency(skill: number): number {
    return skill < this.docFreq.length ? this.docFreq[skill] : 0;
  }
}

/** Skill IDF over `docCount` documents: ln(1 + N / (1 + df)); unseen skills get the highest weight. */
export function skillIdf(docFreq: number, docCount: number): number {
  return Math.log(1 + docCount / (1 + docFreq));
}
