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
 * The sealed arrays are what snapshot v2 stores (corpus-codec.ts): loading maps them, no tokenizing.
 * Documents are dense integers handed out by the doc table. This file owns the arrays, the add
 * paths and the caches; the merge is text-merge.ts, the read side text-read.ts (match,
 * accumulate) and text-top.ts (MaxScore), all over `reader()`.
 */
import type { Bm25Params } from "../options.js";
import { bm25Idf, bm25TermScore, bm25UpperBound } from "../text/bm25.js";
import { type WordIds, tokenize, tokenizeWordIds, wordCount, wordEpoch, wordTerm } from "../text/tokenize.js";
import { Growable, i32, u16, u32, u8 } from "./growable.js";
import { type TopMatches, topMatches } from "./text-top.js";
import { accumulate, matchEntry, type PostingRange, type TextReader, termBound } from "./text-read.js";
import { type ForwardStore, mergeEntries } from "./text-merge.js";
import { TermCounter } from "./term-counter.js";

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
export interface TextIndexState extends ForwardStore {
  terms: string[];
  docFreq: Uint32Array;
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
  /** The read side's view, for this generation and segment layout. */
  private cachedReader: TextReader | undefined;

  /** Term frequencies of `appendEntry` (kept between adds: no allocation per doc). */
  private readonly counter = new TermCounter();
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
    this.invalidate();
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
   * frequencies come from the reused counter (term-counter.ts).
   */
  private appendEntry(doc: number, termIds: Int32Array, length: number): number {
    if (this.docEntry.get(doc) >= 0) this.removeEntry(doc);
    const entry = this.entryDoc.length;
    this.counter.reserve(this.termStrings.length);
    const { terms, freqs } = this.counter.count(termIds, length);
    const distinct = terms.length;
    this.docFreq.extend(this.termStrings.length);
    const docFreq = this.docFreq.view();
    for (let k = 0; k < distinct; k++) docFreq[terms[k]]++;
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
    this.invalidate();
  }

  /** Tail postings past which the tail is folded into the sealed segment. */
  private mergeAt(): number {
    return Math.max(this.mergeFloor, this.sealed.entries.length * MERGE_SHARE);
  }

  /** Whatever is cached from the postings (accumulations, tops, term bounds) is stale after any edit. */
  private invalidate(): void {
    this.generation++;
    this.cachedReader = undefined;
    this.lastAccumulated = undefined;
    this.lastTop = undefined;
  }

  private changed(): void {
    this.invalidate();
    if (this.tailPostings > this.mergeAt() || this.deadEntries > Math.max(this.mergeFloor, this.entryDoc.length * MERGE_SHARE)) this.merge();
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
   * Folds the tail into one sealed segment and drops dead entries (their forward data too);
   * entries are renumbered in order (text-merge.ts). Results never depend on when it runs.
   */
  merge(): void {
    const m = mergeEntries(
      { entryDoc: this.entryDoc.view(), entryStart: this.entryStart.view(), entryTerms: this.entryTerms.view(), entryLength: this.entryLength.view(), poolTerms: this.poolTerms.view(), poolFreqs: this.poolFreqs.view() },
      this.entryDead.view(),
      this.termStrings.length,
      this.docEntry.length,
    );
    this.sealed = m.sealed;
    this.adoptForward(m);
    // Owned (not borrowed): the next add writes it, and a copy of it would be wasted.
    this.docEntry = new Growable(i32, m.docEntry, m.docEntry.length, false, -1);
    this.tail = [];
    this.tailPostings = 0;
    this.deadEntries = 0;
    // Entry numbers changed: the reader's views are stale (cached results hold docs, which did not).
    this.cachedReader = undefined;
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
    matchEntry(this.reader(), query, entry, out);
    return { score: out[0], matched: out[1] };
  }

  /**
   * `match` for every live document that contains a query term, in one pass over the query terms'
   * postings (text-read.ts). The last result is kept per query object: retrieval and the candidate
   * context share one pass.
   */
  accumulate(query: TextQuery): Accumulated {
    if (this.lastAccumulated?.query !== query) this.lastAccumulated = { query, result: accumulate(this.reader(), query) };
    return this.lastAccumulated.result;
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

  /** The narrow view the read side (text-read.ts, text-top.ts) works on. Valid until the next edit or merge. */
  reader(): TextReader {
    if (this.cachedReader) return this.cachedReader;
    const { offsets, entries, tfs } = this.sealed;
    const reader: TextReader = {
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
      termBound: (term) => {
        const { values } = this.termBounds;
        return values[term] === values[term] ? values[term] : (values[term] = termBound(reader, term));
      },
    };
    if (this.termBounds.generation !== this.generation) this.termBounds = { generation: this.generation, values: new Float64Array(this.termStrings.length).fill(NaN) };
    return (this.cachedReader = reader);
  }

  /** Takes a forward store's arrays as they are (copied on first write), every entry alive. */
  private adoptForward(f: ForwardStore): void {
    this.entryDoc = Growable.borrow(i32, f.entryDoc);
    this.entryStart = Growable.borrow(u32, f.entryStart);
    this.entryTerms = Growable.borrow(u32, f.entryTerms);
    this.entryLength = Growable.borrow(u32, f.entryLength);
    this.entryDead = Growable.borrow(u8, new Uint8Array(f.entryDoc.length));
    this.poolTerms = Growable.borrow(u32, f.poolTerms);
    this.poolFreqs = Growable.borrow(u16, f.poolFreqs);
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
    index.adoptForward(s);
    index.docEntry = Growable.borrow(i32, s.docEntry, -1);
    index.sealed = s.sealed;
    index.docCount = s.docCount;
    index.totalLength = s.totalLength;
    return index;
  }
}

/** A top cut to a smaller depth: everything at least the new depth-th best value, ties included. */
function cutTop(top: TopMatches, depth: number): TopMatches {
  if (top.docs.length <= depth) return top;
  const floor = top.values[depth - 1];
  let n = depth;
  while (n < top.values.length && top.values[n] === floor) n++;
  return { docs: top.docs.subarray(0, n), values: top.values.subarray(0, n), complete: false, postings: top.postings };
}
