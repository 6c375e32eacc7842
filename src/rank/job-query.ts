/** A job prepared once for scoring many freelancers: weighted skills and its text query. */
import type { Corpus } from "../corpus/corpus.js";
import { type JobDoc, jobText } from "../corpus/normalize.js";
import type { TextQuery } from "../corpus/text-index.js";
import { skillIdf } from "../corpus/doc-table.js";
import { type NeighborFn, type RelatedTable, type WeightedSkill, relatedTable, relevantSkills } from "./features/skills.js";

export interface JobQuery {
  job: JobDoc;
  required: WeightedSkill[];
  niceToHave: WeightedSkill[];
  /** Job skills and their related skills, for skill focus. */
  relevant: Set<number>;
  hasSkills: boolean;
  /** Related-skill credit for every wanted skill. */
  related: RelatedTable;
  text: TextQuery;
  /** Display name of any skill index, including unknown names (negative indices). */
  name: (index: number) => string;
  neighbors: NeighborFn;
}

/**
 * Neighbours from the learned+taxonomy similarity; unknown (negative) skills have none. A generic,
 * category-like skill ("Front-End Development") is never a neighbour that gives credit: it says what
 * field someone works in, not that they know the framework the job names.
 */
export function neighborFn(corpus: Corpus): NeighborFn {
  const taxonomy = corpus.vocabulary.taxonomy;
  const concrete = (n: { index: number }) => corpus.vocabulary.isCustom(n.index) || !taxonomy.isGeneric(n.index);
  const cache = new Map<number, ReadonlyArray<{ index: number; similarity: number }>>();
  return (s) => {
    if (s < 0) return [];
    let list = cache.get(s);
    if (!list) cache.set(s, (list = corpus.similarity.neighbors(s).filter(concrete)));
    return list;
  };
}

/** A required skill the job's title names is the core of the job: it weighs this many times its IDF. */
export const TITLE_SKILL_WEIGHT = 2;

export function prepareJobQuery(corpus: Corpus, job: JobDoc): JobQuery {
  const side = corpus.freelancers;
  const n = side.table.size;
  const inTitle = new Set(job.record.title ? corpus.extract(job.record.title).map((e) => e.index) : []);
  const weigh = (s: number): WeightedSkill => ({ index: s, weight: skillIdf(side.postings.frequency(s), n) * (inTitle.has(s) ? TITLE_SKILL_WEIGHT : 1) });
  // Names the vocabulary does not know cannot match, but still count as missing (rarest weight).
  const unknown = job.unknown.map((_, k): WeightedSkill => ({ index: -1 - k, weight: skillIdf(0, n) }));
  const neighbors = neighborFn(corpus);
  const jobSkills = [...job.required, ...job.niceToHave];
  return {
    job,
    required: [...job.required.map(weigh), ...unknown],
    niceToHave: job.niceToHave.map(weigh),
    relevant: relevantSkills(jobSkills, neighbors),
    hasSkills: jobSkills.length + unknown.length > 0,
    related: relatedTable(neighbors, corpus.vocabulary.size),
    text: side.text.prepare(jobText(job.record)),
    name: (i) => (i < 0 ? job.unknown[-1 - i] : corpus.vocabulary.name(i)),
    neighbors,
  };
}
