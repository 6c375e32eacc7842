/**
 * Indexed jobs like a brief: BM25 of the brief against each job's text (squashed to 0-1 as
 * the textRelevance feature does) blended with the share of the brief's skills the job requires.
 * Candidates come from the same two sources stage one uses: the text index and skill postings.
 */
import type { Corpus } from "../corpus/corpus.js";
import type { JobDoc } from "../corpus/normalize.js";
import { squashBm25 } from "../text/bm25.js";

export interface SimilarJob {
  doc: JobDoc;
  /** In (0, 1]. */
  similarity: number;
}

/** Text candidates looked at before rescoring. */
const TEXT_CANDIDATES = 1000;

export function similarJobs(corpus: Corpus, brief: string, briefSkills: readonly number[], limit: number): SimilarJob[] {
  const side = corpus.jobs;
  const query = side.text.prepare(brief);
  const pool = new Set<number>(side.text.retrieve(query, TEXT_CANDIDATES));
  for (const s of briefSkills) for (const d of side.postings.docs(s)) pool.add(d);
  const wanted = new Set(briefSkills);
  const scored: Array<SimilarJob & { id: string }> = [];
  for (const d of pool) {
    if (!side.table.alive(d)) continue;
    const doc = side.table.get(d) as JobDoc;
    const text = squashBm25(side.text.score(query, d), query.upperBound);
    const shared = wanted.size ? doc.required.filter((s) => wanted.has(s)).length / wanted.size : 0;
    const similarity = wanted.size ? (text + shared) / 2 : text;
    if (similarity > 0) scored.push({ doc, similarity, id: doc.record.id });
  }
  scored.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, limit).map(({ doc, similarity }) => ({ doc, similarity }));
}
