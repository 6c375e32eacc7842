/**
 * Term frequencies of one document without a Map or an array per document: a scratch indexed by
 * term id, stamped per document, with the distinct terms kept in a touched list. One per text
 * index, reused for every document it adds.
 */
export class TermCounter {
  /** `stamp[t]` is the document stamp that last counted term t, `freq[t]` its count there. */
  private stamp = new Int32Array(1024);
  private freq = new Uint32Array(1024);
  /** Distinct terms of the document being counted, then sorted in place. */
  private touched = new Uint32Array(256);
  private freqs = new Uint16Array(256);
  /** The last stamp handed out (not an entry number: merges renumber entries, and a stale stamp would read as "counted"). */
  private clock = 0;

  /** Makes room for term ids below `terms` (a loaded index's terms never went through intern). */
  reserve(terms: number): void {
    if (this.stamp.length >= terms && this.clock < 0x7fffffff) return;
    const size = Math.max(1024, terms, this.stamp.length * 2);
    if (this.clock >= 0x7fffffff) {
      this.stamp = new Int32Array(size);
      this.clock = 0;
    } else this.stamp = grown(this.stamp, size);
    this.freq = new Uint32Array(size);
  }

  /**
   * The document's distinct terms ascending and their frequencies (capped at 65535, the postings'
   * width), as views valid until the next call.
   */
  count(termIds: Int32Array, length: number): { terms: Uint32Array; freqs: Uint16Array } {
    const { stamp: stamps, freq } = this;
    const stamp = ++this.clock;
    let distinct = 0;
    for (let k = 0; k < length; k++) {
      const id = termIds[k];
      if (stamps[id] !== stamp) {
        stamps[id] = stamp;
        freq[id] = 1;
        if (distinct === this.touched.length) this.touched = grown(this.touched, this.touched.length * 2);
        this.touched[distinct++] = id;
      } else freq[id]++;
    }
    const terms = this.touched.subarray(0, distinct).sort();
    if (this.freqs.length < distinct) this.freqs = new Uint16Array(this.touched.length);
    for (let k = 0; k < distinct; k++) this.freqs[k] = Math.min(65535, freq[terms[k]]);
    return { terms, freqs: this.freqs.subarray(0, distinct) };
  }
}

function grown<A extends Int32Array | Uint32Array>(a: A, size: number): A {
  const out = new (a.constructor as new (n: number) => A)(size);
  out.set(a);
  return out;
}
