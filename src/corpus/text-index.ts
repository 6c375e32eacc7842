/**
 * Text side of one record kind: BM25 term statistics (our own, so scores are exact and
 * explainable) and a flexsearch index used only to retrieve candidates by text.
 * Documents are dense integers handed out by the store.
 */
import { Index } from "flexsearch";
import type { Bm25Params } from "../options.js";
import { bm25Idf, bm25TermScore, bm25UpperBound } from "../text/bm25.js";
import { tokenize } from "../text/tokenize.js";

interface DocTerms {
  /** Sorted term ids. */
  terms: Uint32Array;
  freqs: Uint16Array;
  length: number;
}

/** A query prepared once and scored against many documents. */
export interface TextQuery {
  terms: Uint32Array;
  idfs: Float64Array;
  upperBound: number;
}

export class TextIndex {
  private readonly termIds = new Map<string, number>();
  private readonly termStrings: string[] = [];
  private docFreq = new Uint32Array(1024);
  private readonly docs: Array<DocTerms | undefined> = [];
  private docCount = 0;
  private totalLength = 0;
  private readonly retrieval = new Index({ tokenize: "strict", encode: (s: string) => s.split(" ") });

  constructor(private readonly params: Bm25Params) {}

  add(doc: number, text: string): void {
    const tokens = tokenize(text);
    const tf = new Map<number, number>();
    for (const t of tokens) {
      const id = this.intern(t);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const terms = Uint32Array.from([...tf.keys()].sort((a, b) => a - b));
    const freqs = Uint16Array.from(terms, (t) => Math.min(65535, tf.get(t) as number));
    for (const t of terms) this.docFreq[t]++;
    this.docs[doc] = { terms, freqs, length: tokens.length };
    this.docCount++;
    this.totalLength += tokens.length;
    if (tf.size) this.retrieval.add(doc, [...tf.keys()].map((t) => this.termStrings[t]).join(" "));
  }

  remove(doc: number): void {
    const d = this.docs[doc];
    if (!d) return;
    for (const t of d.terms) this.docFreq[t]--;
    this.docs[doc] = undefined;
    this.docCount--;
    this.totalLength -= d.length;
    this.retrieval.remove(doc);
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termStrings.length;
      this.termIds.set(term, id);
      this.termStrings.push(term);
      if (id >= this.docFreq.length) {
        const grown = new Uint32Array(this.docFreq.length * 2);
        grown.set(this.docFreq);
        this.docFreq = grown;
      }
    }
    return id;
  }

  /**
   * Unique known query terms with their IDF, ordered by the term itself (not its id), so a
   * score's floating-point sum does not depend on the order documents were added in.
   * Unknown terms cannot match and are dropped.
   */
  prepare(text: string): TextQuery {
    const ids = new Set<number>();
    for (const t of tokenize(text)) {
      const id = this.termIds.get(t);
      if (id !== undefined && this.docFreq[id] > 0) ids.add(id);
    }
    const ordered = [...ids].sort((a, b) => (this.termStrings[a] < this.termStrings[b] ? -1 : 1));
    const terms = Uint32Array.from(ordered);
    const idfs = Float64Array.from(terms, (t) => bm25Idf(this.docFreq[t], this.docCount));
    return { terms, idfs, upperBound: bm25UpperBound(idfs, this.params) };
  }

  /** BM25 of a prepared query against one document (0 when the doc has no text). */
  score(query: TextQuery, doc: number): number {
    const d = this.docs[doc];
    if (!d || query.terms.length === 0) return 0;
    const avg = this.totalLength / Math.max(1, this.docCount);
    let sum = 0;
    for (let i = 0; i < query.terms.length; i++) {
      const at = binarySearch(d.terms, query.terms[i]);
      if (at >= 0) sum += bm25TermScore(d.freqs[at], query.idfs[i], d.length, avg, this.params);
    }
    return sum;
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
    const avg = this.totalLength / Math.max(1, this.docCount);
    let sum = 0;
    for (let i = 0; i < query.terms.length; i++) if (tf[i] > 0) sum += bm25TermScore(Math.min(65535, tf[i]), query.idfs[i], tokens.length, avg, this.params);
    return sum;
  }

  /** The query's terms as strings, in query order (aligned with `query.idfs`). */
  termsOf(query: TextQuery): string[] {
    return Array.from(query.terms, (t) => this.termStrings[t]);
  }

  /** The query's `n` most informative terms (highest IDF, ties by term). */
  topTerms(query: TextQuery, n: number): string[] {
    const order = [...query.terms.keys()].sort((a, b) => query.idfs[b] - query.idfs[a] || a - b);
    return order.slice(0, n).map((i) => this.termStrings[query.terms[i]]);
  }

  /**
   * Candidate documents by text (flexsearch), using the query's most informative terms.
   * Order is flexsearch's; callers rescore.
   */
  retrieve(query: TextQuery, limit: number, maxTerms = 16): number[] {
    if (query.terms.length === 0) return [];
    const words = this.topTerms(query, maxTerms);
    return this.retrieval.search(words.join(" "), { limit, suggest: true }) as number[];
  }
}

function binarySearch(sorted: Uint32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return mid;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
