/**
 * Similarity between skills, from two sources blended by `blendSimilarity`:
 * the taxonomy's related links and vectors learned from co-occurrence in the indexed records.
 * Neighbour lists are computed on demand and cached until the next relearn.
 */
import type { SimilarityOptions } from "../options.js";
import type { SkillVocabulary } from "./vocabulary.js";
import { CooccurrenceCounts, blendSimilarity, ppmiMatrix, truncatedSvdEmbedding, unitCosine } from "./similarity.js";

/** Neighbours kept per skill: the most similar ones are all coverage and retrieval ever use. */
export const MAX_NEIGHBORS = 50;

export interface SkillNeighbor {
  index: number;
  similarity: number;
}

export class SkillSimilarity {
  readonly cooccurrence = new CooccurrenceCounts();
  /** What was learned from one state of the counts: unit vectors (only skills seen often enough) and neighbour lists. */
  private learned: Learned = { fingerprint: undefined, vectors: new Map(), neighbors: new Map() };
  /** The state before the current one: a change tried and undone (gap advice) costs no relearn. */
  private previous: Learned | undefined;
  private seenVersion = -1;

  constructor(
    private readonly vocabulary: SkillVocabulary,
    private readonly options: SimilarityOptions,
  ) {}

  private get vectors(): Map<number, Float64Array> {
    return this.learned.vectors;
  }

  /** Relearns only when the co-occurrence counts differ from what was learned (reviews, rates and the like never do). */
  private ensureLearned(): void {
    // Called for every neighbour lookup: the edit counter answers "unchanged" without hashing.
    if (this.seenVersion === this.cooccurrence.version) return;
    this.seenVersion = this.cooccurrence.version;
    const fingerprint = this.cooccurrence.fingerprint;
    if (this.learned.fingerprint === fingerprint) return;
    if (this.previous?.fingerprint === fingerprint) {
      [this.learned, this.previous] = [this.previous, this.learned];
      return;
    }
    this.previous = this.learned;
    this.learned = { fingerprint, vectors: this.learnVectors(), neighbors: new Map() };
  }

  private learnVectors(): Map<number, Float64Array> {
    const vectors = new Map<number, Float64Array>();
    if (!this.options.learned) return vectors;
    // Order rows by stable skill key so the result does not depend on insertion order.
    const keep = [...this.cooccurrence.counts]
      .filter(([, c]) => c >= this.options.minCount)
      .map(([s]) => s)
      .sort((a, b) => cmp(this.vocabulary.key(a), this.vocabulary.key(b)));
    if (keep.length < 3) return vectors;
    const rows = truncatedSvdEmbedding(ppmiMatrix(this.cooccurrence.pairs, keep), this.options.dimensions);
    keep.forEach((s, i) => vectors.set(s, rows[i]));
    return vectors;
  }

  private taxonomyLinked(a: number, b: number): boolean {
    return this.vocabulary.related(a).includes(b);
  }

  /** Blended similarity in [0, 1]; 1 for the same skill. */
  similarity(a: number, b: number): number {
    if (a === b) return 1;
    this.ensureLearned();
    const tax = this.taxonomyLinked(a, b) ? this.options.taxonomyRelated : 0;
    const va = this.vectors.get(a);
    const vb = this.vectors.get(b);
    const learned = va && vb ? unitCosine(va, vb) : undefined;
    return blendSimilarity(tax, learned, this.options.learnedWeight);
  }

  /** Up to MAX_NEIGHBORS skills related to `index` at or above minSimilarity, most similar first (ties by key). */
  neighbors(index: number): readonly SkillNeighbor[] {
    this.ensureLearned();
    const cached = this.learned.neighbors.get(index);
    if (cached) return cached;
    const candidates = new Set<number>(this.vocabulary.related(index));
    if (this.vectors.has(index)) for (const s of this.vectors.keys()) if (s !== index) candidates.add(s);
    const out: SkillNeighbor[] = [];
    for (const s of candidates) {
      if (s === index) continue;
      const similarity = this.similarity(index, s);
      if (similarity >= this.options.minSimilarity) out.push({ index: s, similarity });
    }
    out.sort((x, y) => y.similarity - x.similarity || cmp(this.vocabulary.key(x.index), this.vocabulary.key(y.index)));
    const kept = out.slice(0, MAX_NEIGHBORS);
    this.learned.neighbors.set(index, kept);
    return kept;
  }
}

interface Learned {
  fingerprint: string | undefined;
  vectors: Map<number, Float64Array>;
  neighbors: Map<number, SkillNeighbor[]>;
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
