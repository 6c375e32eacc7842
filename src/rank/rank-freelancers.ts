/** Best Match freelancers for a job: retrieve, filter, score, explain. */
import type { Corpus } from "../corpus/corpus.js";
import type { RankFreelancersOptions } from "../options.js";
import type { RankResult } from "./results.js";
import { type FreelancerDoc, type JobDoc, jobText } from "../corpus/normalize.js";
import { isTreesModel, retrievalWeights, type LinearModel } from "./model.js";
import { assemble, checkPaging, type Candidate } from "./assemble.js";
import { availability, levelFit, rateFit } from "./features/fit.js";
import { skillCoverage } from "./features/skills.js";
import { BOUND_EPSILON, scoreByBound, slackOf } from "./prune.js";
import { treesBound, type KnownFeatures } from "./tree-bound.js";
import { jobSuccess, recency, reviewVolume, smoothedRating } from "./features/reputation.js";
import { scoreOnly } from "./score.js";
import { squashBm25 } from "../text/bm25.js";
import { freelancerFilter } from "./filters.js";
import { freelancerFeatures } from "./freelancer-features.js";
import { type JobQuery, prepareJobQuery } from "./job-query.js";
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
      ? externalCandidates(corpus.freelancers, source({ task: "freelancers", skills: [...q.required, ...q.niceToHave].map((s) => q.name(s.index)), text: jobText(q.job.record), limit: corpus.options.candidates }))
      : retrieveCandidates(
        corpus.freelancers,
        { skills, text: q.text, limit: corpus.options.candidates, skillWeight: retrievalWeights(model, "freelancers").requiredSkills ?? 0, prior: freelancerPrior(corpus, retrievalWeights(model, "freelancers")) },
        q.neighbors,
      );
  const keep = freelancerFilter(corpus, options.filters, options.filter);
  const docs: number[] = [];
  for (const doc of pool) if (!keep || keep(doc)) docs.push(doc);
  const { limit, offset } = checkPaging(options);
  const candidates = scoreByBound(docs, isTreesModel(model) ? treesBound(model, knownFreelancerFeatures(corpus, q)) : freelancerBound(corpus, q, model), (doc) => {
    const candidate: Candidate = { id: table.id(doc), ...freelancerFeatures(corpus, q, doc, false), detailed: () => freelancerFeatures(corpus, q, doc) };
    return { candidate, score: scoreOnly(model, candidate.features) };
  }, offset + limit);
  return assemble("freelancers", model, candidates, options, q.name, docs.length);
}

/** Features computed exactly for the bound: the cheap ones, and required skills (the largest weight). */
const BOUND_EXACT = new Set(["requiredSkills", "niceToHaveSkills", "textRelevance", "rateFit", "levelFit", "availability", "rating", "reviewVolume", "recency", "jobSuccess"]);

/** Upper bound of a freelancer's score for the job, from the same feature functions and weights. */
function freelancerBound(corpus: Corpus, q: JobQuery, model: LinearModel): (doc: number) => number {
  const w = (f: string) => model.weights[f] ?? 0;
  const prior = freelancerPrior(corpus, model.weights);
  const head = model.bias + slackOf(model, BOUND_EXACT) + BOUND_EPSILON;
  const job = q.job.record;
  return (doc) => {
    const f = corpus.freelancers.table.get(doc) as FreelancerDoc;
    const r = f.record;
    return (
      head +
      prior(doc) +
      w("requiredSkills") * skillCoverage(q.required, f.skills, q.related, false).value +
      w("niceToHaveSkills") * skillCoverage(q.niceToHave, f.skills, q.related, false).value +
      w("textRelevance") * squashBm25(corpus.freelancers.text.score(q.text, doc), q.text.upperBound) +
      w("rateFit") * rateFit(r.hourlyRate, job.budget).value +
      w("levelFit") * levelFit(r.experienceLevel, job.experienceLevel).value +
      w("availability") * availability(r.hoursPerWeek, job.duration).value
    );
  };
}

/** For a trees model's bound (tree-bound.ts): the BOUND_EXACT features' values, by the same feature functions. */
const KNOWN = ["requiredSkills", "niceToHaveSkills", "textRelevance", "rating", "reviewVolume", "recency", "jobSuccess", "rateFit", "levelFit", "availability"] as const;

/** The query-independent four (rating .. jobSuccess) per doc, cached until the corpus changes (as prior.ts caches their weighted sum). */
const reputationCache = new WeakMap<Corpus, { version: number; values: Float64Array }>();

function reputationOf(corpus: Corpus): (doc: number) => Float64Array {
  const capacity = corpus.freelancers.table.capacity;
  let cached = reputationCache.get(corpus);
  if (!cached || cached.version !== corpus.version || cached.values.length < capacity * 4) {
    cached = { version: corpus.version, values: new Float64Array(capacity * 4).fill(NaN) };
    reputationCache.set(corpus, cached);
  }
  const { values } = cached;
  const { options } = corpus;
  const now = corpus.now();
  return (doc) => {
    const at = doc * 4;
    if (values[at] !== values[at]) {
      const count = corpus.reviewCount.get(doc);
      values[at] = smoothedRating(corpus.rating.get(doc), count, options.ratingPrior).value;
      values[at + 1] = reviewVolume(count).value;
      values[at + 2] = recency(corpus.lastActive.get(doc), now, options.recencyHalfLifeDays).value;
      values[at + 3] = jobSuccess((corpus.freelancers.table.get(doc) as FreelancerDoc).record.jobSuccess).value;
    }
    return values.subarray(at, at + 4);
  };
}

function knownFreelancerFeatures(corpus: Corpus, q: JobQuery): KnownFeatures {
  const job = q.job.record;
  const reputation = reputationOf(corpus);
  return {
    names: KNOWN,
    values: (doc, out) => {
      const f = corpus.freelancers.table.get(doc) as FreelancerDoc;
      const r = f.record;
      out[0] = skillCoverage(q.required, f.skills, q.related, false).value;
      out[1] = skillCoverage(q.niceToHave, f.skills, q.related, false).value;
      out[2] = squashBm25(corpus.freelancers.text.score(q.text, doc), q.text.upperBound);
      out.set(reputation(doc), 3);
      out[7] = rateFit(r.hourlyRate, job.budget).value;
      out[8] = levelFit(r.experienceLevel, job.experienceLevel).value;
      out[9] = availability(r.hoursPerWeek, job.duration).value;
    },
  };
}
