/** Best Match freelancers for a job: retrieve, filter, score, explain. */
import type { Corpus } from "../corpus/corpus.js";
import type { JobDoc } from "../corpus/normalize.js";
import type { RankFreelancersOptions } from "../options.js";
import type { RankResult } from "./results.js";
import { assemble } from "./assemble.js";
import { freelancerFilter } from "./filters.js";
import { freelancerFeatures } from "./freelancer-features.js";
import { prepareJobQuery } from "./job-query.js";
import { externalCandidates, retrieveCandidates } from "./retrieve.js";
import { freelancerPrior } from "./prior.js";

/** Nice-to-have skills count this much of their weight when picking candidates. */
const NICE_TO_HAVE_RETRIEVAL_SHARE = 0.25;

export function rankFreelancers(corpus: Corpus, job: JobDoc, options: RankFreelancersOptions = {}): RankResult {
  const q = prepareJobQuery(corpus, job);
  const table = corpus.freelancers.table;
  const model = corpus.options.models.freelancers;
  const skills = [...q.required, ...q.niceToHave.map((s) => ({ ...s, weight: s.weight * NICE_TO_HAVE_RETRIEVAL_SHARE }))];
  const source = corpus.options.candidateSource;
  const pool = options.exhaustive
    ? table.docs()
    : source
      ? externalCandidates(corpus.freelancers, source({ task: "freelancers", skills: [...q.required, ...q.niceToHave].map((s) => q.name(s.index)), text: q.job.text, limit: corpus.options.candidates }))
      : retrieveCandidates(
        corpus.freelancers,
        { skills, text: q.text, limit: corpus.options.candidates, skillWeight: model.weights.requiredSkills ?? 0, prior: freelancerPrior(corpus, model.weights) },
        q.neighbors,
      );
  const keep = freelancerFilter(corpus, options.filters);
  const candidates = [];
  for (const doc of pool) {
    if (keep && !keep(doc)) continue;
    candidates.push({ id: table.id(doc), ...freelancerFeatures(corpus, q, doc, false), detailed: () => freelancerFeatures(corpus, q, doc) });
  }
  return assemble("freelancers", model, candidates, options, q.name);
}
