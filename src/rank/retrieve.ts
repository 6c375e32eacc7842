/**
 * Stage one: cheap candidates. Skill postings (with related-skill expansion) give each doc
 * its exact weighted skill coverage; text hits come from flexsearch. The union goes to
 * full scoring. A `CandidateSource` can replace this stage (e.g. an external search engine).
 */
import type { Side } from "../corpus/corpus.js";
import type { TextQuery } from "../corpus/text-index.js";
import type { NeighborFn, WeightedSkill } from "./features/skills.js";

export interface CandidateQuery {
  skills: readonly WeightedSkill[];
  text: TextQuery;
  /** How many candidates each source may return. */
  limit: number;
}

/** The seam for external retrieval: returns doc numbers worth full scoring. */
export type CandidateSource = <T>(side: Side<T>, query: CandidateQuery) => Iterable<number>;

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
  touched.sort((a, b) => coverage[b] - coverage[a] || (table.id(a) < table.id(b) ? -1 : 1));
  const out = new Set<number>(touched.slice(0, query.limit));
  for (const doc of side.text.retrieve(query.text, query.limit)) if (table.alive(doc)) out.add(doc);
  return out;
}
