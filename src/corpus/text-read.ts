/**
 * The read side of a text index, as functions over one narrow view of its arrays (TextReader):
 * the exact per-entry match, the exhaustive accumulation and the per-term score bounds. The index
 * (text-index.ts) owns the arrays and the caches; MaxScore (text-top.ts) reads the same view.
 */
import type { Bm25Params } from "../options.js";
import { bm25TermScore } from "../text/bm25.js";
import type { Accumulated, TextQuery } from "./text-index.js";

/** Postings of one term in one segment: entries ascending, with their term frequencies. */
export interface PostingRange {
  entries: Uint32Array;
  tfs: Uint16Array;
  from: number;
  to: number;
}

/** A text index's arrays as they are now: valid until its next edit or merge. */
export interface TextReader {
  params: Bm25Params;
  averageLength: number;
  entryCount: number;
  dead: Uint8Array;
  lengths: Uint32Array;
  entryDoc: Int32Array;
  /** The forward store: each entry's sorted term ids and their frequencies. */
  poolTerms: Uint32Array;
  poolFreqs: Uint16Array;
  entryStart: Uint32Array;
  entryTerms: Uint32Array;
  /** The sealed segment's postings of a term, then the tail's (entries ascending across both). */
  ranges(term: number): PostingRange[];
  /** The most one posting of the term gives before IDF (cached by the index per generation). */
  termBound(term: number): number;
}

const termOrders = new WeakMap<TextQuery, { ids: Uint32Array; positions: Uint32Array; scores: Float64Array }>();

/** A query's term ids ascending with their query positions, and per-position score slots (NaN = no score). */
function byTermId(query: TextQuery): { ids: Uint32Array; positions: Uint32Array; scores: Float64Array } {
  let o = termOrders.get(query);
  if (!o) {
    const positions = Uint32Array.from(query.terms.keys()).sort((a, b) => query.terms[a] - query.terms[b]);
    o = { ids: Uint32Array.from(positions, (i) => query.terms[i]), positions, scores: new Float64Array(query.terms.length).fill(NaN) };
    termOrders.set(query, o);
  }
  return o;
}

/**
 * BM25 (out[0]) and matched query terms (out[1]) of one entry. The entry's terms and the query's
 * (by id) are walked together; the matched terms' scores are then added in query order, the one
 * order every score of the index is summed in, so results never depend on how they were found.
 */
export function matchEntry(r: TextReader, query: TextQuery, entry: number, out: Float64Array): void {
  let at = r.entryStart[entry];
  const end = at + r.entryTerms[entry];
  const { poolTerms: terms, poolFreqs: freqs, averageLength: avg, params } = r;
  const length = r.lengths[entry];
  const { ids, positions, scores } = byTermId(query);
  let hits = 0;
  for (let k = 0; k < ids.length && at < end; k++) {
    const id = ids[k];
    while (at < end && terms[at] < id) at++;
    if (at < end && terms[at] === id) {
      scores[positions[k]] = bm25TermScore(freqs[at], query.idfs[positions[k]], length, avg, params);
      hits++;
    }
  }
  let sum = 0;
  let matched = 0;
  for (let i = 0; i < scores.length && matched < hits; i++) {
    if (scores[i] === scores[i]) {
      sum += scores[i];
      scores[i] = NaN;
      matched++;
    }
  }
  out[0] = sum;
  out[1] = matched;
}

/** Per-entry sums of `accumulate`, kept between queries (only touched slots are used, and zeroed after). */
let scratch = { scores: new Float64Array(0), matched: new Uint16Array(0), touched: new Int32Array(1024) };

/**
 * `matchEntry` for every live entry that holds a query term, in one pass over the query terms'
 * postings (term at a time, in query order, so each sum is bit-identical to matchEntry's).
 */
export function accumulate(r: TextReader, query: TextQuery): Accumulated {
  if (scratch.scores.length < r.entryCount) {
    const n = Math.ceil(r.entryCount * 1.25) + 16;
    scratch = { scores: new Float64Array(n), matched: new Uint16Array(n), touched: scratch.touched };
  }
  const { scores, matched } = scratch;
  let touched = scratch.touched;
  let count = 0;
  const { dead, lengths, averageLength: avg, params } = r;
  for (let i = 0; i < query.terms.length; i++) {
    const idf = query.idfs[i];
    for (const { entries, tfs, from, to } of r.ranges(query.terms[i])) {
      for (let p = from; p < to; p++) {
        const e = entries[p];
        if (dead[e]) continue;
        if (matched[e] === 0) {
          if (count === touched.length) touched = scratch.touched = grown(touched);
          touched[count++] = e;
        }
        scores[e] += bm25TermScore(tfs[p], idf, lengths[e], avg, params);
        matched[e]++;
      }
    }
  }
  const result: Accumulated = { docs: new Int32Array(count), scores: new Float64Array(count), matched: new Uint16Array(count) };
  for (let k = 0; k < count; k++) {
    const e = touched[k];
    result.docs[k] = r.entryDoc[e];
    result.scores[k] = scores[e];
    result.matched[k] = matched[e];
    scores[e] = 0;
    matched[e] = 0;
  }
  return result;
}

/** The most one posting of `term` gives before IDF: max over its postings of BM25+'s (d + saturation). */
export function termBound(r: TextReader, term: number): number {
  let max = 0;
  for (const { entries, tfs, from, to } of r.ranges(term)) {
    for (let p = from; p < to; p++) max = Math.max(max, bm25TermScore(tfs[p], 1, r.lengths[entries[p]], r.averageLength, r.params));
  }
  return max;
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}
