/**
 * The best documents of one query by coordinated BM25 (BM25 x distinct query terms matched),
 * exact, without reading every posting: MaxScore (Turtle & Flood 1995) term at a time.
 *
 * Terms are read rarest-impact-last: the term whose best posting is worth the most first. After
 * each term, the documents that have not appeared yet can only hold the terms still unread, so
 * they score at most (sum of those terms' bounds) x (their count). Once that is below the
 * `depth`-th best score already certain (a lower bound from the partial sums), the remaining
 * postings, the long lists of common words, are never read. Survivors whose partial sum plus the
 * unread bounds can still reach the threshold are scored exactly, by the same arithmetic as
 * `TextIndex.match` (query order), so every value is bit-identical to the exhaustive one.
 */
import type { Bm25Params } from "../options.js";
import { bm25TermScore } from "../text/bm25.js";
import { kthSmallest } from "../util/select.js";
import type { TextQuery } from "./text-index.js";
import { matchEntry, type TextReader } from "./text-read.js";

/**
 * Best first (ties by doc): every live document with a coordinated score at least the `depth`-th
 * best, ties included; or, when fewer than `depth` documents score above zero, all of those
 * (`complete`: then every document not listed scores 0).
 */
export interface TopMatches {
  docs: Int32Array;
  /** Coordinated BM25 (score x matched), descending. */
  values: Float64Array;
  complete: boolean;
  /** Postings read, of all the query terms' postings: what early termination saved. */
  postings: { read: number; total: number };
}

/** Relative slack on bounds: partial sums are added in another order than the exact ones. */
const SLACK = 1e-9;

/** How many binary-search steps cost about one posting read (see Search.complete). */
const LOOKUP_TO_POSTING = 1;

interface Scratch {
  partial: Float64Array;
  /** A survivor's completed coordinated score (0 for the others). */
  value: Float64Array;
  matched: Uint16Array;
  /** 0 untouched, 1 counted, 2 touched but filtered out. */
  state: Uint8Array;
  touched: Int32Array;
}

/** One set per thread, grown to the largest index searched: a search always leaves it zeroed (even when `keep` throws). */
let scratch: Scratch = { partial: new Float64Array(0), value: new Float64Array(0), matched: new Uint16Array(0), state: new Uint8Array(0), touched: new Int32Array(0) };

/** How survivors' sums are completed: by cost (default), or one way (for tests of each). */
export type Completion = "cheaper" | "lookup" | "read";

export function topMatches(r: TextReader, query: TextQuery, depth: number, keep?: (doc: number) => boolean, completion: Completion = "cheaper"): TopMatches {
  const q = query.terms.length;
  if (q === 0 || depth <= 0) return { docs: new Int32Array(0), values: new Float64Array(0), complete: true, postings: { read: 0, total: 0 } };
  const search = new Search(r, query, depth, keep);
  try {
    search.readUntilBounded();
    search.complete(completion);
    return search.result();
  } finally {
    search.clear();
  }
}

/**
 * One search's state over the shared scratch. Phases: read terms until the unread ones cannot lift
 * a new doc to the threshold; complete the survivors' sums (whichever is cheaper: look their
 * unread terms up in the forward store, or read the unread postings for known docs only); keep
 * the depth best and re-score them in query order.
 */
class Search {
  private readonly s: Scratch;
  private readonly q: number;
  /** Query positions by term bound, largest first; restSum[k] = sum of bounds of order[k..]. */
  private readonly order: number[];
  private readonly restSum: Float64Array;
  private count = 0;
  private counted = 0;
  private threshold = 0;
  private bestLower = 0;
  /** The unread bound of the last threshold attempt that could not stop the loop (retried once it fell by a fifth). */
  private lastTried = Infinity;
  private stop: number;
  private read = 0;

  constructor(
    private readonly r: TextReader,
    private readonly query: TextQuery,
    private readonly depth: number,
    private readonly keep: ((doc: number) => boolean) | undefined,
  ) {
    this.s = scratchOf(r);
    this.q = query.terms.length;
    const bound = Float64Array.from(query.terms, (t, i) => query.idfs[i] * r.termBound(t));
    this.order = Array.from(query.terms, (_, i) => i).sort((a, b) => bound[b] - bound[a] || a - b);
    this.restSum = new Float64Array(this.q + 1);
    for (let k = this.q - 1; k >= 0; k--) this.restSum[k] = this.restSum[k + 1] + bound[this.order[k]];
    this.stop = this.q;
  }

  /** Bound on the coordinated score of a doc holding only the terms order[k..]. */
  private rest(k: number): number {
    return this.restSum[k] * (this.q - k) * (1 + SLACK);
  }

  readUntilBounded(): void {
    const { partial, matched, state, touched } = this.s;
    const { dead, lengths, entryDoc, params, averageLength } = this.r;
    const { keep, depth, q } = this;
    for (let k = 0; k < q; k++) {
      if (this.rest(k) < this.threshold) {
        this.stop = k;
        return;
      }
      const i = this.order[k];
      const idf = this.query.idfs[i];
      let { count, counted, bestLower } = this;
      for (const { entries, tfs, from, to } of this.r.ranges(this.query.terms[i])) {
        this.read += to - from;
        for (let p = from; p < to; p++) {
          const e = entries[p];
          if (dead[e]) continue;
          const st = state[e];
          if (st === 0) {
            touched[count++] = e;
            if (keep && ((this.count = count), !keep(entryDoc[e]))) {
              state[e] = 2;
              continue;
            }
            state[e] = 1;
            counted++;
          } else if (st === 2) continue;
          const sum = (partial[e] += bm25TermScore(tfs[p], idf, lengths[e], averageLength, params));
          const lower = sum * ++matched[e];
          if (lower > bestLower) bestLower = lower;
        }
      }
      this.count = count;
      this.counted = counted;
      this.bestLower = bestLower;
      // A threshold only helps once it could stop the loop: select only when the unread bound is
      // within reach of it (below the best lower bound, and not far above the last threshold).
      const unread = k + 1 < q ? this.rest(k + 1) : Infinity;
      if (counted >= depth && unread < bestLower && unread < this.lastTried * 0.8) {
        const threshold = this.thresholdAbove(unread);
        if (threshold > this.threshold) this.threshold = threshold;
        else this.lastTried = unread;
      }
    }
  }

  /** Whether a counted doc's partial sum plus every unread term's bound could still reach the threshold. */
  private mayReach(e: number): boolean {
    const { partial, matched } = this.s;
    return (partial[e] + this.restSum[this.stop]) * (matched[e] + this.q - this.stop) * (1 + SLACK) >= this.threshold;
  }

  /** Every survivor's complete sum (exact up to the order of addition) into the scratch's `value`. */
  complete(completion: Completion): void {
    const { state, touched } = this.s;
    const unreadTerms = this.q - this.stop;
    if (unreadTerms > 0) this.sharpenThreshold();
    let survivors = 0;
    if (unreadTerms > 0) for (let j = 0; j < this.count; j++) if (state[touched[j]] === 1 && this.mayReach(touched[j])) survivors++;
    let unreadPostings = 0;
    for (let k = this.stop; k < this.q; k++) for (const { from, to } of this.r.ranges(this.query.terms[this.order[k]])) unreadPostings += to - from;
    // A lookup is a binary search over the doc's terms; reading a posting is one score. Rough costs, measured at 100k.
    const lookups = survivors * unreadTerms * Math.log2(2 + this.r.poolTerms.length / Math.max(1, this.r.entryCount));
    const read = completion === "read" || (completion === "cheaper" && lookups > LOOKUP_TO_POSTING * unreadPostings);
    if (unreadTerms > 0 && read) this.readRestForKnownDocs();
    else this.lookUpUnread();
  }

  /** Reads the unread terms' postings, adding only to docs already counted (new ones cannot reach the threshold). */
  private readRestForKnownDocs(): void {
    const { partial, matched, state, touched } = this.s;
    const { dead, lengths, params, averageLength } = this.r;
    for (let k = this.stop; k < this.q; k++) {
      const i = this.order[k];
      const idf = this.query.idfs[i];
      for (const { entries, tfs, from, to } of this.r.ranges(this.query.terms[i])) {
        this.read += to - from;
        for (let p = from; p < to; p++) {
          const e = entries[p];
          if (state[e] !== 1 || dead[e]) continue;
          partial[e] += bm25TermScore(tfs[p], idf, lengths[e], averageLength, params);
          matched[e]++;
        }
      }
    }
    const { value } = this.s;
    for (let j = 0; j < this.count; j++) {
      const e = touched[j];
      if (state[e] === 1) value[e] = partial[e] * matched[e];
    }
  }

  /**
   * The lower bounds ignore the unread terms, so the threshold is weak. Completing the 2 x depth
   * docs with the best lower bounds gives depth values at least that high: the depth-th of them is
   * a valid, much higher threshold (a depth-th best of some docs never exceeds that of all).
   */
  private sharpenThreshold(): void {
    const { partial, matched, state, touched } = this.s;
    if (this.counted < this.depth) return;
    // Docs below the current threshold cannot be among the best: choose among the others only.
    const lower = selection(this.counted);
    const docs: number[] = [];
    for (let j = 0; j < this.count; j++) {
      const e = touched[j];
      if (state[e] === 1 && partial[e] * matched[e] * (1 + SLACK) >= this.threshold) {
        lower[docs.length] = partial[e] * matched[e];
        docs.push(e);
      }
    }
    const sample = Math.min(docs.length, 2 * this.depth);
    if (sample < this.depth) return;
    const cut = docs.length > sample ? kthSmallest(lower.slice(0, docs.length), docs.length - sample) : -Infinity;
    const completed: number[] = [];
    for (let k = 0; k < docs.length && completed.length < sample; k++) if (lower[k] >= cut) completed.push(this.completedSum(docs[k]));
    if (completed.length < this.depth) return;
    const sharper = kthSmallest(Float64Array.from(completed), completed.length - this.depth) * (1 - SLACK);
    if (sharper > this.threshold) this.threshold = sharper;
  }

  /** A counted doc's coordinated score with its unread terms looked up in its forward entry (exact up to the order of addition). */
  private completedSum(e: number): number {
    const { partial, matched } = this.s;
    const { lengths, params, averageLength, poolTerms, poolFreqs, entryStart, entryTerms } = this.r;
    const { unreadTerms, unreadIdfs } = this.unread();
    let sum = partial[e];
    let m = matched[e];
    const start = entryStart[e];
    const end = start + entryTerms[e];
    for (let u = 0; u < unreadTerms.length; u++) {
      const at = binarySearch(poolTerms, unreadTerms[u], start, end);
      if (at >= 0) {
        sum += bm25TermScore(poolFreqs[at], unreadIdfs[u], lengths[e], averageLength, params);
        m++;
      }
    }
    return sum * m;
  }

  private unreadCache: { unreadTerms: Uint32Array; unreadIdfs: Float64Array } | undefined;

  private unread(): { unreadTerms: Uint32Array; unreadIdfs: Float64Array } {
    return (this.unreadCache ??= {
      unreadTerms: Uint32Array.from(this.order.slice(this.stop), (i) => this.query.terms[i]),
      unreadIdfs: Float64Array.from(this.order.slice(this.stop), (i) => this.query.idfs[i]),
    });
  }

  /** Completes each survivor with the unread terms it holds, looked up in its forward entry. */
  private lookUpUnread(): void {
    const { state, touched, value } = this.s;
    for (let j = 0; j < this.count; j++) {
      const e = touched[j];
      if (state[e] === 1 && this.mayReach(e)) value[e] = this.completedSum(e);
    }
  }

  /** The depth best completed values (ties kept), re-scored exactly in query order. */
  result(): TopMatches {
    const { touched, value } = this.s;
    const { depth, threshold } = this;
    const pick = (v: number) => v > 0 && v * (1 + SLACK) >= threshold;
    let n = 0;
    const picked = selection(this.count);
    for (let j = 0; j < this.count; j++) if (pick(value[touched[j]])) picked[n++] = value[touched[j]];
    const floor = n > depth ? kthSmallest(picked.subarray(0, n), n - depth) * (1 - SLACK) : 0;
    const out = new Float64Array(2);
    const docs: number[] = [];
    const values: number[] = [];
    for (let j = 0; j < this.count; j++) {
      const e = touched[j];
      if (!pick(value[e]) || value[e] < floor) continue;
      matchEntry(this.r, this.query, e, out);
      docs.push(this.r.entryDoc[e]);
      values.push(out[0] * out[1]);
    }
    let total = 0;
    for (const t of this.query.terms) for (const { from, to } of this.r.ranges(t)) total += to - from;
    return { ...best(docs, values, depth), postings: { read: this.read, total } };
  }

  /** Zeroes every touched slot of the shared scratch (also after an error, e.g. a throwing filter). */
  clear(): void {
    const { partial, matched, state, touched } = this.s;
    for (let j = 0; j < this.count; j++) {
      const e = touched[j];
      partial[e] = 0;
      matched[e] = 0;
      state[e] = 0;
      this.s.value[e] = 0;
    }
  }

  /**
   * The depth-th best lower bound (partial sum x terms matched so far), shaded by the slack, when
   * it exceeds `floor` (what the loop must beat to stop); 0 otherwise. Only the values above the
   * floor are selected among, so the selection is over a few docs, not every counted one.
   */
  private thresholdAbove(floor: number): number {
    const { partial, matched, state, touched } = this.s;
    const above = selection(this.counted);
    let n = 0;
    for (let j = 0; j < this.count; j++) {
      const e = touched[j];
      if (state[e] === 1) {
        const lower = partial[e] * matched[e];
        if (lower * (1 - SLACK) > floor) above[n++] = lower;
      }
    }
    return n >= this.depth ? kthSmallest(above.subarray(0, n), n - this.depth) * (1 - SLACK) : 0;
  }
}

/** Values at least the depth-th best (ties kept), sorted best first and by doc. */
function best(docs: number[], values: number[], depth: number): Omit<TopMatches, "postings"> {
  const complete = docs.length < depth;
  const floor = complete ? 0 : kthSmallest(Float64Array.from(values), values.length - depth);
  const picked: number[] = [];
  for (let k = 0; k < docs.length; k++) if (values[k] >= floor) picked.push(k);
  picked.sort((a, b) => values[b] - values[a] || docs[a] - docs[b]);
  return { docs: Int32Array.from(picked, (k) => docs[k]), values: Float64Array.from(picked, (k) => values[k]), complete };
}

let selectionBuffer = new Float64Array(1024);

/** A reusable buffer for selections (kthSmallest reorders it). */
function selection(size: number): Float64Array {
  if (selectionBuffer.length < size) selectionBuffer = new Float64Array(Math.ceil(size * 1.25));
  return selectionBuffer;
}

function scratchOf(r: TextReader): Scratch {
  if (scratch.partial.length < r.entryCount) {
    const n = Math.ceil(r.entryCount * 1.25) + 16;
    scratch = { partial: new Float64Array(n), value: new Float64Array(n), matched: new Uint16Array(n), state: new Uint8Array(n), touched: new Int32Array(n) };
  }
  return scratch;
}

/** Index of `x` in the sorted range [from, to) of `sorted`, or -1. */
function binarySearch(sorted: Uint32Array, x: number, from: number, to: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return mid;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
