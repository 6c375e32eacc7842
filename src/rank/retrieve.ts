/**
 * Stage one: cheap candidates. Skill postings (with related-skill expansion) give each doc
 * its exact weighted skill coverage; text hits come from flexsearch. The union goes to
 * full scoring. The `candidateSource` option replaces this stage (e.g. an external search engine).
 */
import type { Side } from "../corpus/corpus.js";
import type { TextQuery } from "../corpus/text-index.js";
import type { NeighborFn, WeightedSkill } from "./features/skills.js";

export interface CandidateQuery {
  skills: readonly WeightedSkill[];
  text: TextQuery;
  /** How many candidates each source may return. */
  limit: number;
  /** Model weight of skill coverage: scales coverage (0-1) into score units for the cheap score. */
  skillWeight: number;
  /** Query-independent part of the score (reputation, client quality...), to order equal skill matches. */
  prior?: (doc: number) => number;
}

/** Docs of the ids an external source returned; unknown ids are skipped, duplicates kept once. */
export function externalCandidates<T>(side: Side<T>, ids: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    const doc = typeof id === "string" ? side.table.doc(id) : undefined;
    if (doc !== undefined) out.add(doc);
  }
  return out;
}

/** Related skills followed per wanted skill: enough for recall, bounded for speed. */
export const EXPANSION_PER_SKILL = 8;

export function retrieveCandidates<T>(side: Side<T>, query: CandidateQuery, neighbors: NeighborFn): Set<number> {
  const { table, postings } = side;
  const coverage = new Float64Array(table.capacity);
  const credited = new Int32Array(table.capacity).fill(-1);
  const seen = new Uint8Array(table.capacity);
  const touched: number[] = [];
  query.skills.forEach(({ index, weight }, k) => {
    if (index < 0) return;
    const sources = [{ index, similarity: 1 }, ...neighbors(index).slice(0, EXPANSION_PER_SKILL)];
    // Most similar first, so a doc's first credit for this wanted skill is its best.
    for (const { index: s, similarity } of sources) {
      for (const doc of postings.docs(s)) {
        if (credited[doc] === k || !table.alive(doc)) continue;
        if (!seen[doc]) {
          seen[doc] = 1;
          touched.push(doc);
        }
        credited[doc] = k;
        coverage[doc] += weight * similarity;
      }
    }
  });
  // Cheap score: the model's share for skill coverage plus the candidate's query-independent
  // score. Thousands of profiles often share a common skill exactly; the prior keeps the best of them.
  const total = query.skills.reduce((sum, s) => sum + s.weight, 0) || 1;
  const key = new Float64Array(touched.length);
  touched.forEach((doc, i) => (key[i] = (query.skillWeight * coverage[doc]) / total + (query.prior?.(doc) ?? 0)));
  const out = new Set<number>(topK(touched, key, query.limit, (d) => table.id(d)));
  for (const doc of side.text.retrieve(query.text, query.limit)) if (table.alive(doc)) out.add(doc);
  return out;
}

/**
 * The `limit` items with the largest keys, ties broken by id (so the choice does not depend on
 * insertion order). Finds the threshold with a native numeric sort instead of sorting items.
 */
export function topK(items: readonly number[], key: Float64Array, limit: number, id: (item: number) => string): number[] {
  if (items.length <= limit) return [...items];
  if (limit <= 0) return [];
  const threshold = Float64Array.from(key).sort()[key.length - limit];
  const above: number[] = [];
  const tied: number[] = [];
  items.forEach((item, i) => {
    if (key[i] > threshold) above.push(item);
    else if (key[i] === threshold) tied.push(item);
  });
  tied.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  return above.concat(tied.slice(0, limit - above.length));
}
