/**
 * Counts per unordered skill pair, as typed arrays: the co-occurrence table a build bumps for
 * every pair of every profile's skills. A Map<number, number> keyed by a * 2^21 + b cost a
 * hash-map get and set per pair (a tenth of a build) and a heap number plus an entry per pair.
 *
 * Layout (a compact ordered hash map, like V8's own Map): pairs live in dense columns in
 * insertion order; an open-addressing index of their positions finds them. A count reaching 0
 * deletes its pair (the slot is marked dead and skipped); a pair counted again goes to the end.
 * So iteration order, and with it the snapshot's arrays, is exactly what the Map gave.
 */
export const PAIR_BASE = 2 ** 21; // skill indices stay below 2M; a * base + b stays an exact integer

const DEAD = -1;

export class PairCounts implements ReadonlyMap<number, number> {
  /** Dense columns in insertion order; `first[i] === DEAD` marks a deleted pair. */
  private first = new Int32Array(16);
  private second = new Int32Array(16);
  private count = new Int32Array(16);
  private used = 0;
  private live = 0;
  /** Open addressing over positions plus one (0: empty slot); at most half full. */
  private index = new Int32Array(32);

  get size(): number {
    return this.live;
  }

  /** Adds `by` to the count of the pair {a, b} (a < b), deleting it at 0. */
  bump(a: number, b: number, by: number): void {
    const mask = this.index.length - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const at = this.index[slot] - 1;
      if (at < 0) break;
      if (this.first[at] === a && this.second[at] === b) {
        const c = this.count[at] + by;
        if (c !== 0) this.count[at] = c;
        else {
          // The index slot stays (a dead position is probed past, never matched).
          this.first[at] = DEAD;
          this.live--;
        }
        return;
      }
    }
    if (by !== 0) this.append(a, b, by);
  }

  get(key: number): number | undefined {
    const at = this.find(Math.floor(key / PAIR_BASE), key % PAIR_BASE);
    return at < 0 ? undefined : this.count[at];
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  clear(): void {
    this.first = new Int32Array(16);
    this.second = new Int32Array(16);
    this.count = new Int32Array(16);
    this.used = 0;
    this.live = 0;
    this.index = new Int32Array(32);
  }

  /**
   * The pairs read back from a snapshot, in their saved order (each once, none zero): sized once
   * and indexed once, where one bump per pair grew the table a dozen times at 1M profiles.
   */
  restore(keys: ArrayLike<number>, counts: ArrayLike<number>): void {
    let capacity = 16;
    while (capacity < keys.length) capacity *= 2;
    this.first = new Int32Array(capacity);
    this.second = new Int32Array(capacity);
    this.count = new Int32Array(capacity);
    for (let i = 0; i < keys.length; i++) {
      this.first[i] = Math.floor(keys[i] / PAIR_BASE);
      this.second[i] = keys[i] % PAIR_BASE;
      this.count[i] = counts[i];
    }
    this.used = this.live = keys.length;
    this.reindex();
  }

  *entries(): MapIterator<[number, number]> {
    for (let i = 0; i < this.used; i++) if (this.first[i] !== DEAD) yield [this.first[i] * PAIR_BASE + this.second[i], this.count[i]];
  }

  *keys(): MapIterator<number> {
    for (let i = 0; i < this.used; i++) if (this.first[i] !== DEAD) yield this.first[i] * PAIR_BASE + this.second[i];
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.used; i++) if (this.first[i] !== DEAD) yield this.count[i];
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  /** Every live pair in order, without the tuple per pair that entries() makes. */
  eachPair(callback: (a: number, b: number, count: number) => void): void {
    for (let i = 0; i < this.used; i++) if (this.first[i] !== DEAD) callback(this.first[i], this.second[i], this.count[i]);
  }

  forEach(callback: (value: number, key: number, map: ReadonlyMap<number, number>) => void): void {
    for (const [k, v] of this.entries()) callback(v, k, this);
  }

  private find(a: number, b: number): number {
    const mask = this.index.length - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const at = this.index[slot] - 1;
      if (at < 0) return -1;
      if (this.first[at] === a && this.second[at] === b) return at;
    }
  }

  private append(a: number, b: number, c: number): void {
    if (this.used === this.first.length) this.grow();
    const at = this.used++;
    this.first[at] = a;
    this.second[at] = b;
    this.count[at] = c;
    this.live++;
    const mask = this.index.length - 1;
    let slot = hash(a, b) & mask;
    while (this.index[slot] !== 0) slot = (slot + 1) & mask;
    this.index[slot] = at + 1;
  }

  /** Drops dead pairs (order kept) and doubles when still over half full; rebuilds the index. */
  private grow(): void {
    const capacity = this.live * 2 > this.first.length ? this.first.length * 2 : this.first.length;
    const first = new Int32Array(capacity);
    const second = new Int32Array(capacity);
    const count = new Int32Array(capacity);
    let n = 0;
    for (let i = 0; i < this.used; i++) {
      if (this.first[i] === DEAD) continue;
      first[n] = this.first[i];
      second[n] = this.second[i];
      count[n++] = this.count[i];
    }
    this.first = first;
    this.second = second;
    this.count = count;
    this.used = n;
    this.reindex();
  }

  /** An index twice the columns' capacity over the `used` positions (none dead). */
  private reindex(): void {
    this.index = new Int32Array(this.first.length * 2);
    const mask = this.index.length - 1;
    for (let i = 0; i < this.used; i++) {
      let slot = hash(this.first[i], this.second[i]) & mask;
      while (this.index[slot] !== 0) slot = (slot + 1) & mask;
      this.index[slot] = i + 1;
    }
  }

  get [Symbol.toStringTag](): string {
    return "PairCounts";
  }
}

/** A pair's hash, mixed down to the low bits the index masks (small skill indices would cluster otherwise). */
function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
