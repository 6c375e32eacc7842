/**
 * Similarity between skills, from two sources blended by `blendSimilarity`:
 * the taxonomy's related links and vectors learned from co-occurrence in the indexed records.
 * Neighbour lists are computed on demand and cached until the next relearn.
 *
 * Learned similarity alone relates two skills only when a recruiter would accept it
 * (learnedScope "taxonomy"): the taxonomy links them, or they share a taxonomy category and
 * the records show it (at least minPairCount records with both, PPMI at least minPpmi).
 * Latent vectors relate skills that merely share neighbours ("Git" and "Caching" both sit
 * next to "Python"); the evidence rule asks for the pair itself.
 */
import type { SimilarityOptions } from "../options.js";
import type { SkillVocabulary } from "./vocabulary.js";
import { CooccurrenceCounts, blendSimilarity, pairKey, pairPpmi, pairMarginals, ppmiMatrix, truncatedSvdEmbedding, unitCosine } from "./similarity.js";

/** Neighbours kept per skill: the most similar ones are all coverage and retrieval ever use. */
export const MAX_NEIGHBORS = 50;

export interface SkillNeighbor {
  index: number;
  similarity: number;
}

export class SkillSimilarity {
  readonly cooccurrence = new CooccurrenceCounts();
  /** What was learned from one state of the counts: unit vectors (only skills seen often enough) and neighbour lists. */
  private learned: Learned = { fingerprint: undefined, vectors: new Map(), neighbors: new Map(), marginals: { bySkill: new Float64Array(0), total: 0 } };
  /** The state before the current one: a change tried and undone (gap advice) costs no relearn. */
  private previous: Learned | undefined;
  private seenVersion = -1;

  constructor(
    private readonly vocabulary: SkillVocabulary,
    private readonly options: SimilarityOptions,
  ) {}

  /** What was learned, as arrays (skills ascending, vectors row by row), for a snapshot; learned first if stale. */
  learnedState(): LearnedState {
    this.ensureLearned();
    const skills = [...this.learned.vectors.keys()].sort((a, b) => a - b);
    const dims = skills.length ? (this.learned.vectors.get(skills[0]) as Float64Array).length : 0;
    const vectors = new Float64Array(skills.length * dims);
    skills.forEach((s, i) => vectors.set(this.learned.vectors.get(s) as Float64Array, i * dims));
    return { fingerprint: this.learned.fingerprint, skills: Int32Array.from(skills), dims, vectors };
  }

  /** Takes a snapshot's learned state as is: the counts it was learned from are restored beside it, so nothing is relearned. */
  restoreLearned(s: LearnedState): void {
    const vectors = new Map<number, Float64Array>();
    s.skills.forEach((skill, i) => vectors.set(skill, s.vectors.subarray(i * s.dims, (i + 1) * s.dims)));
    this.learned = { fingerprint: s.fingerprint, vectors, neighbors: new Map(), marginals: pairMarginals(this.cooccurrence.pairs) };
    this.previous = undefined;
    this.seenVersion = this.cooccurrence.version;
  }

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
    this.learned = { fingerprint, vectors: this.learnVectors(), neighbors: new Map(), marginals: pairMarginals(this.cooccurrence.pairs) };
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
    const linked = this.taxonomyLinked(a, b);
    const tax = linked ? this.options.taxonomyRelated : 0;
    const va = this.vectors.get(a);
    const vb = this.vectors.get(b);
    const learned = va && vb && (linked || this.learnedMayRelate(a, b)) ? unitCosine(va, vb) : undefined;
    return blendSimilarity(tax, learned, this.options.learnedWeight);
  }

  /** Learned similarity alone (cosine), when the pair may have one (see the header); undefined otherwise. */
  learnedSimilarity(a: number, b: number): number | undefined {
    this.ensureLearned();
    const va = this.vectors.get(a);
    const vb = this.vectors.get(b);
    return va && vb && a !== b && (this.taxonomyLinked(a, b) || this.learnedMayRelate(a, b)) ? unitCosine(va, vb) : undefined;
  }

  /** Skills with learned vectors, ascending. */
  learnedSkills(): number[] {
    this.ensureLearned();
    return [...this.vectors.keys()].sort((x, y) => x - y);
  }

  /** An unlinked pair: same taxonomy category and enough co-occurrence evidence (see the header). */
  learnedMayRelate(a: number, b: number): boolean {
    if (this.options.learnedScope === "any") return true;
    const tax = this.vocabulary.taxonomy;
    if (this.vocabulary.isCustom(a) || this.vocabulary.isCustom(b) || tax.category(a) !== tax.category(b)) return false;
    const count = this.cooccurrence.pairs.get(pairKey(a, b)) ?? 0;
    return count >= this.options.minPairCount && count > 0 && pairPpmi(count, a, b, this.learned.marginals) >= this.options.minPpmi;
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

export interface LearnedState {
  fingerprint: string | undefined;
  skills: Int32Array;
  dims: number;
  vectors: Float64Array;
}

interface Learned {
  fingerprint: string | undefined;
  vectors: Map<number, Float64Array>;
  neighbors: Map<number, SkillNeighbor[]>;
  marginals: ReturnType<typeof pairMarginals>;
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
