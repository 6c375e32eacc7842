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
import { type WordIds, tokenize, tokenizeWordIds, wordCount, wordEpoch, wordTerm } from "../text/tokenize.js";
import { Growable, i32, u16, u32, u8 } from "./growable.js";
import { kthSmallest } from "../util/select.js";

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
  /** The last accumulation, per query object: retrieval and the candidate context share one pass. */
  private lastAccumulated: { query: TextQuery; result: Accumulated } | undefined;
  private scratch: { scores: Float64Array; matched: Uint16Array; touched: Int32Array<ArrayBuffer> } = { scores: new Float64Array(0), matched: new Uint16Array(0), touched: new Int32Array(1024) };

  /** Term-frequency scratch of `appendEntry`, indexed by term id (kept between adds: no allocation per doc). */
  private count: CountScratch = newCount(0);
  /** Token buffer of addMany / addTokens: the tokenizer's word ids, then term ids in place. */
  private words: WordIds = { ids: new Int32Array(256), length: 0 };
  /** Tokenizer word id -> term id + 1 (0: not seen yet), valid for the tokenizer's `wordEpoch`. */
  private wordTerms = new Int32Array(0);
  private wordEpoch = -1;

  constructor(
    private readonly params: Bm25Params,
    /** The merge floor (tail postings or dead entries): tests lower it so small cases cross every path. */
    private readonly mergeFloor = MERGE_FLOOR,
  ) {}

  add(doc: number, text: string): void {
    this.addTokens(doc, tokenize(text));
  }

  /** Indexes already tokenized text (see tokenize.ts); replaces the doc's earlier text, if any. */
  addTokens(doc: number, tokens: readonly string[]): void {
    const entry = this.appendEntry(doc, this.internAll(tokens), tokens.length);
    this.pushTail(entry, entry + 1);
    this.changed();
  }

  /**
   * Indexes many documents in one pass (the bulk build of `addFreelancers`): each text is
   * tokenized once and appended to the forward store; then, when the batch would overflow the
   * tail anyway, its postings go straight into one sealed segment by a counting sort over terms
   * (`merge`), with no per-term tail list ever built. A small batch goes to the tail as single
   * adds do. Either way the index equals the one `add` per document gives (same entries, same
   * statistics; merges never change results). Later duplicates of a doc in `docs` win.
   */
  addMany(docs: ArrayLike<number>, text: (i: number) => string): void {
    const firstEntry = this.entryDoc.length;
    const firstPosting = this.poolTerms.length;
    for (let i = 0; i < docs.length; i++) {
      const t = text(i);
      if (tokenizeWordIds(t, this.words)) this.appendEntry(docs[i], this.termsOfWords(this.words), this.words.length);
      else {
        const tokens = tokenize(t);
        this.appendEntry(docs[i], this.internAll(tokens), tokens.length);
      }
    }
    const postings = this.poolTerms.length - firstPosting;
    if (this.tailPostings + postings > this.mergeAt()) this.merge();
    else {
      this.pushTail(firstEntry, this.entryDoc.length);
      this.changed();
    }
    this.lastAccumulated = undefined;
  }

  /** Term ids of `tokens`, in order, in a reused buffer. */
  private internAll(tokens: readonly string[]): Int32Array {
    if (this.words.ids.length < tokens.length) this.words.ids = new Int32Array(tokens.length * 2);
    const ids = this.words.ids;
    for (let k = 0; k < tokens.length; k++) ids[k] = this.intern(tokens[k]);
    return ids;
  }

  /**
   * The tokenizer's word ids turned into term ids, in place: each word is interned once and
   * remembered by its id (many words stem to one term), so a token costs an array read.
   */
  private termsOfWords(words: WordIds): Int32Array {
    if (this.wordEpoch !== wordEpoch()) {
      this.wordEpoch = wordEpoch();
      this.wordTerms = new Int32Array(0);
    }
    if (this.wordTerms.length < wordCount()) {
      const grown = new Int32Array(Math.max(1024, wordCount() * 2));
      grown.set(this.wordTerms);
      this.wordTerms = grown;
    }
    const ids = words.ids;
    for (let k = 0; k < words.length; k++) {
      const w = ids[k];
      let t = this.wordTerms[w] - 1;
      if (t < 0) this.wordTerms[w] = (t = this.intern(wordTerm(w))) + 1;
      ids[k] = t;
    }
    return ids;
  }

  /**
   * Appends the doc's `length` tokens (as term ids) as its new entry (its earlier one, if any,
   * dies) and counts it in the statistics; postings are the caller's (tail or sealed). Term
   * frequencies are counted in a scratch indexed by term id, stamped per entry, with the
   * distinct terms kept in a touched list: no Map and no array per document.
   */
  private appendEntry(doc: number, termIds: Int32Array, length: number): number {
    if (this.docEntry.get(doc) >= 0) this.removeEntry(doc);
    const entry = this.entryDoc.length;
    // Not the entry number: merges renumber entries, and a stale stamp would read as "counted".
    // A loaded index's terms never went through intern, which grows the scratch.
    if (this.count.clock === 0x7fffffff || this.count.stamp.length < this.termStrings.length) this.count = newCount(this.termStrings.length);
    const { stamp: stamps, freq } = this.count;
    const stamp = ++this.count.clock;
    let touched = this.count.touched;
    let distinct = 0;
    for (let k = 0; k < length; k++) {
      const id = termIds[k];
      if (stamps[id] !== stamp) {
        stamps[id] = stamp;
        freq[id] = 1;
        if (distinct === touched.length) touched = this.count.touched = growUint32(touched);
        touched[distinct++] = id;
      } else freq[id]++;
    }
    const terms = touched.subarray(0, distinct).sort();
    const freqs = this.count.freqs.length >= distinct ? this.count.freqs : (this.count.freqs = new Uint16Array(touched.length));
    this.docFreq.extend(this.termStrings.length);
    const docFreq = this.docFreq.view();
    for (let k = 0; k < distinct; k++) {
      const t = terms[k];
      freqs[k] = Math.min(65535, freq[t]);
      docFreq[t]++;
    }
    this.entryDoc.push(doc);
    this.entryStart.push(this.poolTerms.length);
    this.entryTerms.push(distinct);
    this.entryLength.push(length);
    this.entryDead.push(0);
    this.poolTerms.append(terms, 0, distinct);
    this.poolFreqs.append(freqs, 0, distinct);
    this.docEntry.set(doc, entry);
    this.docCount++;
    this.totalLength += length;
    return entry;
  }

  /** Tail postings of entries [from, to) (already in the forward store). */
  private pushTail(from: number, to: number): void {
    const poolTerms = this.poolTerms.view();
    const poolFreqs = this.poolFreqs.view();
    for (let e = from; e < to; e++) {
      const start = this.entryStart.get(e);
      const end = start + this.entryTerms.get(e);
      for (let p = start; p < end; p++) {
        const t = poolTerms[p];
        const tail = (this.tail[t] ??= { entries: Growable.empty(u32, 0, 4), tfs: Growable.empty(u16, 0, 4) });
        tail.entries.push(e);
        tail.tfs.push(poolFreqs[p]);
      }
      this.tailPostings += end - start;
    }
  }

  remove(doc: number): void {
    if (this.docEntry.get(doc) < 0) return;
    this.removeEntry(doc);
    this.changed();
  }

  /** Kills the doc's live entry and takes it out of the statistics; merging is the caller's call. */
  private removeEntry(doc: number): void {
    const entry = this.docEntry.get(doc);
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
    this.lastAccumulated = undefined;
  }

  /** Tail postings past which the tail is folded into the sealed segment. */
  private mergeAt(): number {
    return Math.max(this.mergeFloor, this.sealed.entries.length * MERGE_SHARE);
  }

  private changed(): void {
    this.lastAccumulated = undefined;
    if (this.tailPostings > this.mergeAt() || this.deadEntries > Math.max(this.mergeFloor, this.entryDoc.length * MERGE_SHARE)) this.merge();
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termStrings.length;
      this.termIds.set(term, id);
      this.termStrings.push(term);
      if (id >= this.count.stamp.length) this.count = growCount(this.count);
    }
    return id;
  }

  /**
   * Folds the tail into one sealed segment and drops dead entries (their forward data too).
   * Entries are renumbered in order, so postings stay sorted by entry.
   */
  merge(): void {
    // Plain typed views, not Growable.get per value: a bulk build merges millions of postings.
    const oldDoc = this.entryDoc.view();
    const oldStart = this.entryStart.view();
    const oldTerms = this.entryTerms.view();
    const oldLength = this.entryLength.view();
    const dead = this.entryDead.view();
    const oldPoolTerms = this.poolTerms.view();
    const oldPoolFreqs = this.poolFreqs.view();
    const termCount = this.termStrings.length;
    const offsets = new Uint32Array(termCount + 1);
    let n = 0;
    let pool = 0;
    for (let e = 0; e < oldDoc.length; e++) {
      if (dead[e]) continue;
      n++;
      const start = oldStart[e];
      const end = start + oldTerms[e];
      pool += end - start;
      for (let i = start; i < end; i++) offsets[oldPoolTerms[i] + 1]++;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
    const cursor = offsets.slice(0, termCount);
    const entries = new Uint32Array(pool);
    const tfs = new Uint16Array(pool);
    const poolTerms = new Uint32Array(pool);
    const poolFreqs = new Uint16Array(pool);
    const entryDoc = new Int32Array(n);
    const entryStart = new Uint32Array(n);
    const entryTerms = new Uint32Array(n);
    const entryLength = new Uint32Array(n);
    // Owned, the same length as before (docs past the last live one read -1 either way).
    const docEntry = Growable.empty(i32, -1, Math.max(16, this.docEntry.length));
    docEntry.extend(this.docEntry.length);
    const docEntryView = docEntry.view();
    let at = 0;
    let e = 0;
    for (let old = 0; old < oldDoc.length; old++) {
      if (dead[old]) continue;
      const start = oldStart[old];
      const count = oldTerms[old];
      entryDoc[e] = oldDoc[old];
      entryStart[e] = at;
      entryTerms[e] = count;
      entryLength[e] = oldLength[old];
      docEntryView[oldDoc[old]] = e;
      poolTerms.set(oldPoolTerms.subarray(start, start + count), at);
      poolFreqs.set(oldPoolFreqs.subarray(start, start + count), at);
      for (let i = start; i < start + count; i++) {
        const p = cursor[oldPoolTerms[i]]++;
        entries[p] = e;
        tfs[p] = oldPoolFreqs[i];
      }
      at += count;
      e++;
    }
    this.sealed = { offsets, entries, tfs };
    this.poolTerms = Growable.borrow(u32, poolTerms);
    this.poolFreqs = Growable.borrow(u16, poolFreqs);
    this.entryDoc = Growable.borrow(i32, entryDoc);
    this.entryStart = Growable.borrow(u32, entryStart);
    this.entryTerms = Growable.borrow(u32, entryTerms);
    this.entryLength = Growable.borrow(u32, entryLength);
    this.entryDead = Growable.borrow(u8, new Uint8Array(n));
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
    const avg = this.averageLength;
    const start = this.entryStart.get(entry);
    const end = start + this.entryTerms.get(entry);
    const terms = this.poolTerms.view();
    const freqs = this.poolFreqs.view();
    const length = this.entryLength.get(entry);
    let sum = 0;
    let matched = 0;
    for (let i = 0; i < query.terms.length; i++) {
      const at = binarySearch(terms, query.terms[i], start, end);
      if (at >= 0) {
        sum += bm25TermScore(freqs[at], query.idfs[i], length, avg, this.params);
        matched++;
      }
    }
    return { score: sum, matched };
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
   * ties by doc number. Exact (no approximate index): it reads the same accumulation the
   * query-relative features need, so it costs nothing more.
   */
  retrieve(query: TextQuery, limit: number): number[] {
    if (query.terms.length === 0 || limit <= 0) return [];
    const { docs, scores, matched } = this.accumulate(query);
    const key = new Float64Array(docs.length);
    for (let k = 0; k < docs.length; k++) key[k] = scores[k] * matched[k];
    // Selection before sorting: at 1M profiles a common term touches hundreds of thousands of docs.
    const threshold = docs.length > limit ? kthSmallest(key.slice(), docs.length - limit) : -Infinity;
    const picked: number[] = [];
    for (let k = 0; k < docs.length; k++) if (key[k] >= threshold) picked.push(k);
    picked.sort((a, b) => key[b] - key[a] || docs[a] - docs[b]);
    return picked.slice(0, limit).map((k) => docs[k]);
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

/** `stamp[t]` is the entry (plus one) that last counted term t, `freq[t]` its count there. */
interface CountScratch {
  stamp: Int32Array;
  freq: Uint32Array;
  /** Distinct terms of the entry being counted, then sorted in place. */
  touched: Uint32Array;
  freqs: Uint16Array;
  /** The last stamp handed out. */
  clock: number;
}

function newCount(terms: number): CountScratch {
  const size = Math.max(1024, terms);
  return { stamp: new Int32Array(size), freq: new Uint32Array(size), touched: new Uint32Array(256), freqs: new Uint16Array(256), clock: 0 };
}

function growCount(c: CountScratch): CountScratch {
  const grown = newCount(c.stamp.length * 2);
  grown.stamp.set(c.stamp);
  grown.freq.set(c.freq);
  return { ...grown, touched: c.touched, freqs: c.freqs, clock: c.clock };
}

function growUint32(a: Uint32Array): Uint32Array {
  const grown = new Uint32Array(a.length * 2);
  grown.set(a);
  return grown;
}

function growInt32(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
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
