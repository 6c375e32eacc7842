/** Best Match freelancers for a job: retrieve, filter, score, explain. */
import type { Corpus } from "../corpus/corpus.js";
import type { JobDoc } from "../corpus/normalize.js";
import type { RankFreelancersOptions } from "../options.js";
import type { RankResult } from "./results.js";
import { assemble } from "./assemble.js";
import { freelancerFilter } from "./filters.js";
import { freelancerFeatures } from "./freelancer-features.js";
import { prepareJobQuery } from "./job-query.js";
import { retrieveCandidates } from "./retrieve.js";

export function rankFreelancers(corpus: Corpus, job: JobDoc, options: RankFreelancersOptions = {}): RankResult {
  const q = prepareJobQuery(corpus, job);
  const table = corpus.freelancers.table;
  const pool = options.exhaustive
    ? table.docs()
    : retrieveCandidates(corpus.freelancers, { skills: [...q.required, ...q.niceToHave], text: q.text, limit: corpus.options.candidates }, q.neighbors);
  const keep = freelancerFilter(corpus, options.filters);
  const candidates = [];
  for (const doc of pool) {
    if (keep && !keep(doc)) continue;
    candidates.push({ id: table.id(doc), ...freelancerFeatures(corpus, q, doc) });
  }
  return assemble("freelancers", corpus.options.models.freelancers, candidates, options, q.name);
}
