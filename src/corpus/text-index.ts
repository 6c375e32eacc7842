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

  /** Unique known query terms with their IDF; unknown terms cannot match and are dropped. */
  prepare(text: string): TextQuery {
    const ids = new Set<number>();
    for (const t of tokenize(text)) {
      const id = this.termIds.get(t);
      if (id !== undefined && this.docFreq[id] > 0) ids.add(id);
    }
    const terms = Uint32Array.from([...ids].sort((a, b) => a - b));
    const idfs = Float64Array.from(terms, (t) => bm25Idf(this.docFreq[t], this.docCount));
    return { terms, idfs, upperBound: bm25UpperBound(idfs, this.params) };
  }

  /** BM25 of a prepared query against one document (0 when the doc has no text). */
  score(query: TextQuery, doc: number): number {
    const d = this.docs[doc];
    if (!d || query.terms.length === 0) return 0;
    const avg = this.totalLength / Math.max(1, this.docCount);
    let sum = 0;
    // Both term lists are sorted: one merge pass.
    let i = 0;
    let j = 0;
    while (i < query.terms.length && j < d.terms.length) {
      const q = query.terms[i];
      const t = d.terms[j];
      if (q === t) {
        sum += bm25TermScore(d.freqs[j], query.idfs[i], d.length, avg, this.params);
        i++;
        j++;
      } else if (q < t) i++;
      else j++;
    }
    return sum;
  }

  /** The query's `n` most informative terms (highest IDF, ties by term id). */
  topTerms(query: TextQuery, n: number): string[] {
    const order = [...query.terms.keys()].sort((a, b) => query.idfs[b] - query.idfs[a] || query.terms[a] - query.terms[b]);
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
