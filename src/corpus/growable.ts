/**
 * A typed array that grows by doubling, the building block of the index's columns and postings.
 * It may start as a view borrowed from a snapshot buffer (possibly a SharedArrayBuffer other
 * threads read): the first write copies it, so a loaded index never writes into shared bytes.
 */
export type NumericArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

export class Growable<A extends NumericArray> {
  private borrowed: boolean;

  constructor(
    private readonly make: (n: number) => A,
    private data: A,
    public length = 0,
    /** True when `data` is a view on bytes this array does not own. */
    borrowed = false,
    /** What unwritten slots read as (NaN for "absent" columns, -1 for "no entry"). */
    private readonly fill = 0,
  ) {
    this.borrowed = borrowed;
  }

  static empty<A extends NumericArray>(make: (n: number) => A, fill = 0, capacity = 16): Growable<A> {
    const data = make(capacity);
    if (fill !== 0) data.fill(fill);
    return new Growable(make, data, 0, false, fill);
  }

  /** A view on snapshot bytes, copied on first write. */
  static borrow<A extends NumericArray>(make: (n: number) => A, view: A, fill = 0): Growable<A> {
    return new Growable(make, view, view.length, true, fill);
  }

  get(i: number): number {
    return i < this.length ? this.data[i] : this.fill;
  }

  set(i: number, value: number): void {
    this.reserve(i + 1);
    this.data[i] = value;
    if (i >= this.length) this.length = i + 1;
  }

  push(value: number): void {
    this.reserve(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Appends `values[from..to)` in one copy (a bulk build appends whole entries, not one value at a time). */
  append(values: NumericArray, from: number, to: number): void {
    this.reserve(this.length + (to - from));
    this.data.set(values.subarray(from, to), this.length);
    this.length += to - from;
  }

  /**
   * At least `length` values (new slots read as the fill), owned and writable: after it, `view()`
   * may be written in place for indices below `length` (a bulk build bumps counts without a call per value).
   */
  extend(length: number): void {
    if (length > this.length) this.set(length - 1, this.fill);
    else this.reserve(this.length);
  }

  /** Removes the value at `i`, shifting the rest down (order kept). */
  removeAt(i: number): void {
    this.reserve(this.length);
    this.data.copyWithin(i, i + 1, this.length);
    this.length--;
  }

  /** The first `length` values (a view: valid until the next write). */
  view(): A {
    return this.data.subarray(0, this.length) as A;
  }

  private reserve(size: number): void {
    if (size <= this.data.length && !this.borrowed) return;
    const next = this.make(Math.max(size, this.borrowed ? this.data.length : this.data.length * 2, 16));
    if (this.fill !== 0) next.fill(this.fill);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
    this.borrowed = false;
  }
}

// Typed as views on any buffer: loaded columns are views on a snapshot's (possibly shared) bytes.
export const u8 = (n: number): Uint8Array<ArrayBufferLike> => new Uint8Array(n);
export const u16 = (n: number): Uint16Array<ArrayBufferLike> => new Uint16Array(n);
export const u32 = (n: number): Uint32Array<ArrayBufferLike> => new Uint32Array(n);
export const i32 = (n: number): Int32Array<ArrayBufferLike> => new Int32Array(n);
export const f64 = (n: number): Float64Array<ArrayBufferLike> => new Float64Array(n);
