/**
 * Text side of one record kind: BM25 term statistics and postings of our own, so scores are exact,
 * explainable and cheap to store. Columnar, in Lucene's model:
 * - every indexed version of a document is an *entry* in a forward store (its sorted term ids,
 *   their frequencies, its length); editing a document appends a new entry and marks the old
 *   one dead, removing it marks it dead;
 * - postings (term -> entries with their term frequency) are a sealed CSR segment plus a small
 *   in-memory tail for entries added since; dead entries are skipped when read;
 * - `merge()` folds the tail into a fresh sealed segment and drops dead entries. Results never
 *   depend on when merges happen: a document's score sums its terms in query order either way.
 * The sealed arrays are what snapshot v2 stores (text-codec.ts): loading maps them, no tokenizing.
 * Documents are dense integers handed out by the doc table.
 */
import type { Bm25Params } from "../options.js";
import { bm25Idf, bm25TermScore, bm25UpperBound } from "../text/bm25.js";
import { tokenize } from "../text/tokenize.js";
import { Growable, i32, u16, u32, u8 } from "./growable.js";
import { type PostingRange, type TextReader, type TopMatches, topMatches } from "./text-top.js";

/** A query prepared once and scored against many documents. */
export interface TextQuery {
  terms: Uint32Array;
  /** Each term's IDF times its count in the query text: a term the job repeats weighs more. */
  idfs: Float64Array;
  upperBound: number;
}

/** BM25 of one query against every live document containing at least one of its terms. */
export interface Accumulated {
  docs: Int32Array;
  scores: Float64Array;
  /** Distinct query terms each doc contains. */
  matched: Uint16Array;
}

/** The sealed postings segment: CSR over term ids. */
export interface SealedPostings {
  offsets: Uint32Array;
  entries: Uint32Array;
  tfs: Uint16Array;
}

/** Everything a text index is, as arrays: what the snapshot stores and `fromState` maps back. */
export interface TextIndexState {
  terms: string[];
  docFreq: Uint32Array;
  entryDoc: Int32Array;
  entryStart: Uint32Array;
  entryTerms: Uint32Array;
  entryLength: Uint32Array;
  poolTerms: Uint32Array;
  poolFreqs: Uint16Array;
  docEntry: Int32Array;
  sealed: SealedPostings;
  docCount: number;
  totalLength: number;
}

/** Merge once the tail or the dead entries reach this share of the sealed segment (and a floor). */
const MERGE_SHARE = 0.25;
const MERGE_FLOOR = 4096;

interface Tail {
  entries: Growable<Uint32Array>;
  tfs: Growable<Uint16Array>;
}

export class TextIndex {
  private readonly termIds = new Map<string, number>();
  private readonly termStrings: string[] = [];
  private docFreq = Growable.empty(u32);
  private entryDoc = Growable.empty(i32);
  private entryStart = Growable.empty(u32);
  private entryTerms = Growable.empty(u32);
  private entryLength = Growable.empty(u32);
  private entryDead = Growable.empty(u8);
  private poolTerms = Growable.empty(u32);
  private poolFreqs = Growable.empty(u16);
  private docEntry = Growable.empty(i32, -1);
  private sealed: SealedPostings = { offsets: new Uint32Array(1), entries: new Uint32Array(0), tfs: new Uint16Array(0) };
  private tail: Array<Tail | undefined> = [];
  private tailPostings = 0;
  private deadEntries = 0;
  private docCount = 0;
  private totalLength = 0;
  /** Bumped by every change: what is cached from the postings (accumulations, term bounds) is valid for one generation. */
  private generation = 0;
  /** The last accumulation, per query object: retrieval and the candidate context share one pass. */
  private lastAccumulated: { query: TextQuery; result: Accumulated } | undefined;
  /** The last early-terminated top, per query object and filter (see `top`). */
  private lastTop: { query: TextQuery; keep: ((doc: number) => boolean) | undefined; depth: number; result: TopMatches } | undefined;
  /** Per term, the most its postings give a document before IDF (BM25+'s saturation term), for this generation. */
  private termBounds = { generation: -1, values: new Float64Array(0) };
  private scratch: { scores: Float64Array; matched: Uint16Array; touched: Int32Array<ArrayBuffer> } = { scores: new Float64Array(0), matched: new Uint16Array(0), touched: new Int32Array(1024) };

  constructor(private readonly params: Bm25Params) {}

  add(doc: number, text: string): void {
    this.addTokens(doc, tokenize(text));
  }

  /** Indexes already tokenized text (see tokenize.ts); replaces the doc's earlier text, if any. */
  addTokens(doc: number, tokens: readonly string[]): void {
    if (this.docEntry.get(doc) >= 0) this.remove(doc);
    const tf = new Map<number, number>();
    for (const t of tokens) {
      const id = this.intern(t);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const terms = [...tf.keys()].sort((a, b) => a - b);
    const entry = this.entryDoc.length;
    this.entryDoc.push(doc);
    this.entryStart.push(this.poolTerms.length);
    this.entryTerms.push(terms.length);
    this.entryLength.push(tokens.length);
    this.entryDead.push(0);
    for (const t of terms) {
      const f = Math.min(65535, tf.get(t) as number);
      this.poolTerms.push(t);
      this.poolFreqs.push(f);
      this.docFreq.set(t, this.docFreq.get(t) + 1);
      const tail = (this.tail[t] ??= { entries: Growable.empty(u32, 0, 4), tfs: Growable.empty(u16, 0, 4) });
      tail.entries.push(entry);
      tail.tfs.push(f);
    }
    this.tailPostings += terms.length;
    this.docEntry.set(doc, entry);
    this.docCount++;
    this.totalLength += tokens.length;
    this.changed();
  }

  remove(doc: number): void {
    const entry = this.docEntry.get(doc);
    if (entry < 0) return;
    const start = this.entryStart.get(entry);
    const n = this.entryTerms.get(entry);
    for (let i = 0; i < n; i++) {
      const t = this.poolTerms.get(start + i);
      this.docFreq.set(t, this.docFreq.get(t) - 1);
    }
    this.entryDead.set(entry, 1);
    this.deadEntries++;
    this.docEntry.set(doc, -1);
    this.docCount--;
    this.totalLength -= this.entryLength.get(entry);
    this.changed();
  }

  private changed(): void {
    this.generation++;
    this.lastAccumulated = undefined;
    this.lastTop = undefined;
    const sealedSize = this.sealed.entries.length;
    if (this.tailPostings > Math.max(MERGE_FLOOR, sealedSize * MERGE_SHARE) || this.deadEntries > Math.max(MERGE_FLOOR, this.entryDoc.length * MERGE_SHARE)) this.merge();
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termStrings.length;
      this.termIds.set(term, id);
      this.termStrings.push(term);
    }
    return id;
  }

  /**
   * Folds the tail into one sealed segment and drops dead entries (their forward data too).
   * Entries are renumbered in order, so postings stay sorted by entry.
   */
  merge(): void {
    const liveEntries: number[] = [];
    for (let e = 0; e < this.entryDoc.length; e++) if (!this.entryDead.get(e)) liveEntries.push(e);
    const termCount = this.termStrings.length;
    const counts = new Uint32Array(termCount + 1);
    let pool = 0;
    for (const e of liveEntries) {
      const start = this.entryStart.get(e);
      const n = this.entryTerms.get(e);
      pool += n;
      for (let i = 0; i < n; i++) counts[this.poolTerms.get(start + i) + 1]++;
    }
    const offsets = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + counts[t + 1];
    const cursor = offsets.slice(0, termCount);
    const entries = new Uint32Array(pool);
    const tfs = new Uint16Array(pool);
    const poolTerms = new Uint32Array(pool);
    const poolFreqs = new Uint16Array(pool);
    const n = liveEntries.length;
    const entryDoc = new Int32Array(n);
    const entryStart = new Uint32Array(n);
    const entryTerms = new Uint32Array(n);
    const entryLength = new Uint32Array(n);
    const docEntry = Growable.empty(i32, -1, Math.max(16, this.docEntry.length));
    let at = 0;
    liveEntries.forEach((old, e) => {
      const start = this.entryStart.get(old);
      const count = this.entryTerms.get(old);
      entryDoc[e] = this.entryDoc.get(old);
      entryStart[e] = at;
      entryTerms[e] = count;
      entryLength[e] = this.entryLength.get(old);
      docEntry.set(entryDoc[e], e);
      for (let i = 0; i < count; i++) {
        const t = this.poolTerms.get(start + i);
        const f = this.poolFreqs.get(start + i);
        poolTerms[at] = t;
        poolFreqs[at++] = f;
        const p = cursor[t]++;
        entries[p] = e;
        tfs[p] = f;
      }
    });
    this.sealed = { offsets, entries, tfs };
    this.poolTerms = Growable.borrow(u32, poolTerms);
    this.poolFreqs = Growable.borrow(u16, poolFreqs);
    this.entryDoc = Growable.borrow(i32, entryDoc);
    this.entryStart = Growable.borrow(u32, entryStart);
    this.entryTerms = Growable.borrow(u32, entryTerms);
    this.entryLength = Growable.borrow(u32, entryLength);
    this.entryDead = Growable.borrow(u8, new Uint8Array(n));
    if (docEntry.length < this.docEntry.length) docEntry.set(this.docEntry.length - 1, -1);
    this.docEntry = docEntry;
    this.tail = [];
    this.tailPostings = 0;
    this.deadEntries = 0;
  }

  /**
   * Unique known query terms with their IDF (times their count in the query), ordered by the term itself (not its id), so a
   * score's floating-point sum does not depend on the order documents were added in.
   * Unknown terms cannot match and are dropped.
   */
  prepare(text: string): TextQuery {
    const counts = new Map<number, number>();
    for (const t of tokenize(text)) {
      const id = this.termIds.get(t);
      if (id !== undefined && this.docFreq.get(id) > 0) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const ordered = [...counts.keys()].sort((a, b) => (this.termStrings[a] < this.termStrings[b] ? -1 : 1));
    const terms = Uint32Array.from(ordered);
    const idfs = Float64Array.from(terms, (t) => (counts.get(t) as number) * bm25Idf(this.docFreq.get(t), this.docCount));
    return { terms, idfs, upperBound: bm25UpperBound(idfs, this.params) };
  }

  /** BM25 of a prepared query against one document (0 when the doc has no text). */
  score(query: TextQuery, doc: number): number {
    return this.match(query, doc).score;
  }

  private get averageLength(): number {
    return this.totalLength / Math.max(1, this.docCount);
  }

  /**
   * BM25 and the number of distinct query terms the document contains. Their product is the
   * coordinated score MiniSearch ranks by (BM25 x matched terms): it favours documents that
   * cover many of the query's terms over ones that repeat a few.
   */
  match(query: TextQuery, doc: number): { score: number; matched: number } {
    const entry = this.docEntry.get(doc);
    if (entry < 0 || query.terms.length === 0) return { score: 0, matched: 0 };
    const out = new Float64Array(2);
    this.matchEntry(query, entry, out);
    return { score: out[0], matched: out[1] };
  }

  /**
   * `match` of one entry into out[0] (BM25) and out[1] (matched terms). The entry's terms and the
   * query's (by id, see `byTermId`) are walked together; the matched terms' scores are then added
   * in query order, as `match` always has.
   */
  private matchEntry(query: TextQuery, entry: number, out: Float64Array): void {
    const avg = this.averageLength;
    let at = this.entryStart.get(entry);
    const end = at + this.entryTerms.get(entry);
    const terms = this.poolTerms.view();
    const freqs = this.poolFreqs.view();
    const length = this.entryLength.get(entry);
    const { ids, positions, scores } = byTermId(query);
    let hits = 0;
    for (let k = 0; k < ids.length && at < end; k++) {
      const id = ids[k];
      while (at < end && terms[at] < id) at++;
      if (at < end && terms[at] === id) {
        scores[positions[k]] = bm25TermScore(freqs[at], query.idfs[positions[k]], length, avg, this.params);
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

  /**
   * `match` for every live document that contains a query term, in one pass over the query terms'
   * postings (term at a time, in query order, so each sum is bit-identical to `match`'s).
   */
  accumulate(query: TextQuery): Accumulated {
    if (this.lastAccumulated?.query === query) return this.lastAccumulated.result;
    const entryCount = this.entryDoc.length;
    if (this.scratch.scores.length < entryCount) this.scratch = { scores: new Float64Array(entryCount * 1.25 + 16), matched: new Uint16Array(entryCount * 1.25 + 16), touched: this.scratch.touched };
    // Scratch kept between queries (only touched slots are reset): no per-query allocation of index size.
    const { scores, matched } = this.scratch;
    let touched = this.scratch.touched;
    let count = 0;
    const avg = this.averageLength;
    const dead = this.entryDead.view();
    const lengths = this.entryLength.view();
    const visit = (entries: Uint32Array, tfs: Uint16Array, from: number, to: number, idf: number) => {
      for (let p = from; p < to; p++) {
        const e = entries[p];
        if (dead[e]) continue;
        if (matched[e] === 0) {
          if (count === touched.length) touched = this.scratch.touched = growInt32(touched);
          touched[count++] = e;
        }
        scores[e] += bm25TermScore(tfs[p], idf, lengths[e], avg, this.params);
        matched[e]++;
      }
    };
    const { offsets, entries, tfs } = this.sealed;
    for (let i = 0; i < query.terms.length; i++) {
      const t = query.terms[i];
      if (t + 1 < offsets.length) visit(entries, tfs, offsets[t], offsets[t + 1], query.idfs[i]);
      const tail = this.tail[t];
      if (tail) visit(tail.entries.view(), tail.tfs.view(), 0, tail.entries.length, query.idfs[i]);
    }
    const result: Accumulated = { docs: new Int32Array(count), scores: new Float64Array(count), matched: new Uint16Array(count) };
    const entryDoc = this.entryDoc.view();
    for (let k = 0; k < count; k++) {
      const e = touched[k];
      result.docs[k] = entryDoc[e];
      result.scores[k] = scores[e];
      result.matched[k] = matched[e];
      scores[e] = 0;
      matched[e] = 0;
    }
    this.lastAccumulated = { query, result };
    return result;
  }

  /**
   * BM25 of a prepared query against a text that is not indexed, with this index's statistics
   * (IDF, average length): what `score` gives the same text once indexed, up to the text's own
   * share of those statistics. The reciprocal score uses it for jobs ranked as records.
   */
  scoreText(query: TextQuery, text: string): number {
    if (query.terms.length === 0) return 0;
    const tokens = tokenize(text);
    const wanted = new Map<number, number>();
    query.terms.forEach((t, i) => wanted.set(t, i));
    const tf = new Float64Array(query.terms.length);
    for (const token of tokens) {
      const at = wanted.get(this.termIds.get(token) ?? -1);
      if (at !== undefined) tf[at]++;
    }
    const avg = this.averageLength;
    let sum = 0;
    for (let i = 0; i < query.terms.length; i++) if (tf[i] > 0) sum += bm25TermScore(Math.min(65535, tf[i]), query.idfs[i], tokens.length, avg, this.params);
    return sum;
  }

  /** The query's terms as strings, in query order (aligned with `query.idfs`). */
  termsOf(query: TextQuery): string[] {
    return Array.from(query.terms, (t) => this.termStrings[t]);
  }

  /**
   * Candidate documents by text: the `limit` best by coordinated BM25 (score x matched terms),
   * ties by doc number. Exact, and early-terminated (see `top`).
   */
  retrieve(query: TextQuery, limit: number): number[] {
    if (query.terms.length === 0 || limit <= 0) return [];
    return Array.from(this.top(query, limit).docs.subarray(0, limit));
  }

  /**
   * The live documents (passing `keep`) whose coordinated BM25 is at least the `depth`-th best, ties
   * included, best first (ties by doc), found without reading every posting (text-top.ts); or every
   * document with a non-zero score (`complete`) when fewer than `depth` have one. The last result is
   * kept per query object and filter: a request for a smaller depth is cut from it.
   */
  top(query: TextQuery, depth: number, keep?: (doc: number) => boolean): TopMatches {
    const last = this.lastTop;
    if (last && last.query === query && last.keep === keep && last.depth >= depth) return cutTop(last.result, depth);
    const result = topMatches(this.reader(), query, depth, keep);
    this.lastTop = { query, keep, depth, result };
    return result;
  }

  /** The narrow view text-top.ts reads: postings by term, per-entry columns and the exact per-entry match. Valid until the next edit. */
  reader(): TextReader {
    const { offsets, entries, tfs } = this.sealed;
    return {
      params: this.params,
      averageLength: this.averageLength,
      entryCount: this.entryDoc.length,
      dead: this.entryDead.view(),
      lengths: this.entryLength.view(),
      entryDoc: this.entryDoc.view(),
      poolTerms: this.poolTerms.view(),
      poolFreqs: this.poolFreqs.view(),
      entryStart: this.entryStart.view(),
      entryTerms: this.entryTerms.view(),
      ranges: (term) => {
        const out: PostingRange[] = [];
        if (term + 1 < offsets.length && offsets[term + 1] > offsets[term]) out.push({ entries, tfs, from: offsets[term], to: offsets[term + 1] });
        const tail = this.tail[term];
        if (tail) out.push({ entries: tail.entries.view(), tfs: tail.tfs.view(), from: 0, to: tail.entries.length });
        return out;
      },
      termBound: (term) => this.termBound(term),
      matchEntry: (query, entry, out) => this.matchEntry(query, entry, out),
    };
  }

  /** The most one posting of `term` can give before IDF: max over its postings of BM25+'s (d + saturation), cached per generation. */
  private termBound(term: number): number {
    if (this.termBounds.generation !== this.generation || this.termBounds.values.length < this.termStrings.length) {
      this.termBounds = { generation: this.generation, values: new Float64Array(this.termStrings.length).fill(NaN) };
    }
    const values = this.termBounds.values;
    if (values[term] === values[term]) return values[term];
    const lengths = this.entryLength.view();
    const avg = this.averageLength;
    let max = 0;
    for (const r of this.reader().ranges(term)) {
      for (let p = r.from; p < r.to; p++) max = Math.max(max, bm25TermScore(r.tfs[p], 1, lengths[r.entries[p]], avg, this.params));
    }
    return (values[term] = max);
  }

  /** The index as arrays, merged first so there is no tail and no dead entry. */
  state(): TextIndexState {
    if (this.tailPostings > 0 || this.deadEntries > 0) this.merge();
    return {
      terms: this.termStrings,
      docFreq: this.docFreq.view(),
      entryDoc: this.entryDoc.view(),
      entryStart: this.entryStart.view(),
      entryTerms: this.entryTerms.view(),
      entryLength: this.entryLength.view(),
      poolTerms: this.poolTerms.view(),
      poolFreqs: this.poolFreqs.view(),
      docEntry: this.docEntry.view(),
      sealed: this.sealed,
      docCount: this.docCount,
      totalLength: this.totalLength,
    };
  }

  /** An index over `state`'s arrays as they are (views on a snapshot's bytes are copied only when written). */
  static fromState(params: Bm25Params, s: TextIndexState): TextIndex {
    const index = new TextIndex(params);
    s.terms.forEach((t, i) => {
      index.termIds.set(t, i);
      index.termStrings.push(t);
    });
    index.docFreq = Growable.borrow(u32, s.docFreq);
    index.entryDoc = Growable.borrow(i32, s.entryDoc);
    index.entryStart = Growable.borrow(u32, s.entryStart);
    index.entryTerms = Growable.borrow(u32, s.entryTerms);
    index.entryLength = Growable.borrow(u32, s.entryLength);
    index.entryDead = Growable.borrow(u8, new Uint8Array(s.entryDoc.length));
    index.poolTerms = Growable.borrow(u32, s.poolTerms);
    index.poolFreqs = Growable.borrow(u16, s.poolFreqs);
    index.docEntry = Growable.borrow(i32, s.docEntry, -1);
    index.sealed = s.sealed;
    index.docCount = s.docCount;
    index.totalLength = s.totalLength;
    return index;
  }
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

/** A top cut to a smaller depth: everything at least the new depth-th best value, ties included. */
function cutTop(top: TopMatches, depth: number): TopMatches {
  if (top.docs.length <= depth) return top;
  const floor = top.values[depth - 1];
  let n = depth;
  while (n < top.values.length && top.values[n] === floor) n++;
  return { docs: top.docs.subarray(0, n), values: top.values.subarray(0, n), complete: false, postings: top.postings };
}

function growInt32(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}
