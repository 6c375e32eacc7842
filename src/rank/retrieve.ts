/**
 * Stage one: cheap candidates. Skill postings (with related-skill expansion) give each doc
 * its exact weighted skill coverage; text hits are the best by BM25 over our own postings. The union goes to
 * full scoring. The `candidateSource` option replaces this stage (e.g. an external search engine).
 */
import type { Side } from "../corpus/corpus.js";
import type { TextQuery } from "../corpus/text-index.js";
import type { NeighborFn, WeightedSkill } from "./features/skills.js";
import { kthSmallest } from "../util/select.js";
import { RANK_DEPTH } from "./features/relative.js";

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

/** Per-doc working arrays of stage one, kept between queries: only touched entries are reset. */
interface Scratch {
  coverage: Float64Array;
  credited: Int32Array;
}

const scratches = new WeakMap<object, Scratch>();

function scratchFor(side: object, capacity: number): Scratch {
  let s = scratches.get(side);
  if (!s || s.coverage.length < capacity) {
    const size = Math.max(capacity, Math.ceil((s?.coverage.length ?? 0) * 1.5));
    s = { coverage: new Float64Array(size), credited: new Int32Array(size).fill(-1) };
    scratches.set(side, s);
  }
  return s;
}

export function retrieveCandidates<T>(side: Side<T>, query: CandidateQuery, neighbors: NeighborFn): Set<number> {
  const { table, postings } = side;
  const { coverage, credited } = scratchFor(side, table.capacity);
  const touched: number[] = [];
  query.skills.forEach(({ index, weight }, k) => {
    if (index < 0) return;
    const sources = [{ index, similarity: 1 }, ...neighbors(index).slice(0, EXPANSION_PER_SKILL)];
    // Most similar first, so a doc's first credit for this wanted skill is its best.
    for (const { index: s, similarity } of sources) {
      const docs = postings.docs(s);
      const credit = weight * similarity;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i];
        if (credited[doc] >= k) continue;
        if (credited[doc] === -1) {
          if (!table.alive(doc)) continue;
          touched.push(doc);
        }
        credited[doc] = k;
        coverage[doc] += credit;
      }
    }
  });
  // Cheap score: the model's share for skill coverage plus the candidate's query-independent
  // score. Thousands of profiles often share a common skill exactly; the prior keeps the best of them.
  const total = query.skills.reduce((sum, s) => sum + s.weight, 0) || 1;
  const key = new Float64Array(touched.length);
  const prior = query.prior;
  for (let i = 0; i < touched.length; i++) {
    const doc = touched[i];
    key[i] = (query.skillWeight * coverage[doc]) / total + (prior ? prior(doc) : 0);
    coverage[doc] = 0;
    credited[doc] = -1;
  }
  const out = new Set<number>(topK(touched, key, query.limit, (d) => table.id(d)));
  // Asked as deep as the text rank feature reads, so ranking the page reuses this one search (TextIndex.top).
  const budget = textBudget(out.size, query.limit);
  const top = side.text.top(query.text, Math.max(budget, RANK_DEPTH));
  for (let k = 0; k < Math.min(budget, top.docs.length); k++) out.add(top.docs[k]);
  return out;
}

/**
 * How many text candidates stage one takes (the best by coordinated BM25, exact: see
 * TextIndex.retrieve). When skill postings already fill the candidate budget, text hits only
 * complement them (a quarter as many); when skills give fewer candidates (a job without known
 * skills, or skills nobody lists), text fills the rest of the budget.
 */
export function textBudget(skillCandidates: number, limit: number): number {
  const complement = Math.ceil(limit / 4);
  return skillCandidates >= limit ? complement : Math.max(complement, limit - skillCandidates);
}

/**
 * The `limit` items with the largest keys, ties broken by id (so the choice does not depend on
 * insertion order). Finds the threshold by selection (linear time) instead of sorting: stage one
 * ranks hundreds of thousands of touched docs at 1M profiles.
 */
export function topK(items: readonly number[], key: Float64Array, limit: number, id: (item: number) => string): number[] {
  if (items.length <= limit) return [...items];
  if (limit <= 0) return [];
  const threshold = kthSmallest(Float64Array.from(key), key.length - limit);
  const above: number[] = [];
  const tied: number[] = [];
  items.forEach((item, i) => {
    if (key[i] > threshold) above.push(item);
    else if (key[i] === threshold) tied.push(item);
  });
  tied.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  return above.concat(tied.slice(0, limit - above.length));
}
