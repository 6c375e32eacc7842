/** Best Match freelancers for a job: retrieve, filter, score, explain. */
import { type Corpus, LEVEL_CODES } from "../corpus/corpus.js";
import type { RankFreelancersOptions } from "../options.js";
import type { RankResult } from "./results.js";
import { type FreelancerDoc, type JobDoc, jobText } from "../corpus/normalize.js";
import { isTreesModel, retrievalWeights, type LinearModel } from "./model.js";
import { assemble, checkPaging, type Candidate } from "./assemble.js";
import { availability, levelFit, rateFit } from "./features/fit.js";
import { listingCredibility, skillCoverageValue } from "./features/skills.js";
import { BOUND_EPSILON, scoreByBound, slackOf } from "./prune.js";
import { treesBound, type KnownFeatures } from "./tree-bound.js";
import { jobSuccess, recency, reviewVolume, smoothedRating } from "./features/reputation.js";
import { scoreOnly } from "./score.js";
import { squashBm25 } from "../text/bm25.js";
import { freelancerFilter } from "./filters.js";
import { addContextFeatures, CONTEXT_FEATURES, freelancerFeatures } from "./freelancer-features.js";
import { candidateContext, type CandidateContext, historyOf } from "./candidate-context.js";
import { trackCandidates } from "./track-candidates.js";
import { type JobQuery, prepareJobQuery } from "./job-query.js";
import { externalCandidates, retrieveCandidates } from "./retrieve.js";
import { freelancerPrior } from "./prior.js";

/** Nice-to-have skills count this much of their weight when picking candidates. */
const NICE_TO_HAVE_RETRIEVAL_SHARE = 0.25;

export function rankFreelancers(corpus: Corpus, job: JobDoc, options: RankFreelancersOptions = {}): RankResult {
  const q = prepareJobQuery(corpus, job);
  const table = corpus.freelancers.table;
  const model = corpus.options.models.freelancers;
  const docs = candidateDocs(corpus, q, options);
  const { limit, offset } = checkPaging(options);
  const ctx = rankingContext(corpus, q, options, docs);
  const bound = isTreesModel(model) ? treesBound(model, knownFreelancerFeatures(corpus, q, ctx)) : freelancerBound(corpus, q, model, ctx);
  const candidates = scoreByBound(docs, bound, (doc) => {
    const candidate: Candidate = { id: table.id(doc), ...freelancerFeatures(corpus, q, doc, ctx, false), detailed: () => freelancerFeatures(corpus, q, doc, ctx) };
    return { candidate, score: scoreOnly(model, candidate.features) };
  }, offset + limit);
  return assemble("freelancers", model, candidates, options, q.name, docs.length);
}

/**
 * The query-relative features are read against everyone who passes the filters, not against the pool
 * stage one retrieved: a score then does not depend on retrieval, so two-stage and exhaustive rankings,
 * boosted rankings and gap advice's what-ifs all agree. It costs the early-terminated text top and the
 * writers' maxima (candidate-context.ts), plus one pass over the docs when filtered.
 */
export function rankingContext(corpus: Corpus, q: JobQuery, options: RankFreelancersOptions, scored?: readonly number[]): CandidateContext {
  if (options.exhaustive && scored) return candidateContext(corpus, q, { docs: scored });
  return candidateContext(corpus, q, { keep: freelancerFilter(corpus, options.filters, options.filter) });
}

/** Stage one and the filters: the docs a ranking scores (everyone with `exhaustive`). */
export function candidateDocs(corpus: Corpus, q: JobQuery, options: RankFreelancersOptions = {}): number[] {
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
  if (!options.exhaustive && !source) {
    const seen = pool instanceof Set ? pool : new Set(pool);
    for (const doc of trackCandidates(corpus, historyOf(corpus, q), retrievalWeights(model, "freelancers"), Math.ceil(corpus.options.candidates / 4))) {
      if (!seen.has(doc) && table.alive(doc) && (!keep || keep(doc))) {
        seen.add(doc);
        docs.push(doc);
      }
    }
  }
  return docs;
}

/** Features computed exactly for the bound: the cheap ones, and required skills (the largest weight). */
const BOUND_EXACT = new Set<string>(["requiredSkills", "niceToHaveSkills", "textRelevance", "rateFit", "levelFit", "availability", "rating", "reviewVolume", "recency", "jobSuccess", ...CONTEXT_FEATURES]);

/** Upper bound of a freelancer's score for the job, from the same feature functions and weights. */
function freelancerBound(corpus: Corpus, q: JobQuery, model: LinearModel, ctx: CandidateContext): (doc: number) => number {
  const w = (f: string) => model.weights[f] ?? 0;
  const prior = freelancerPrior(corpus, model.weights);
  const head = model.bias + slackOf(model, BOUND_EXACT) + BOUND_EPSILON;
  const job = q.job.record;
  // Only features with a positive weight can raise the score: the others count 0 (their value is >= 0).
  const positive = (f: string) => w(f) > 0;
  const [required, nice, text, rate, level, hours] = ["requiredSkills", "niceToHaveSkills", "textRelevance", "rateFit", "levelFit", "availability"].map(positive);
  const contextWeights = Float64Array.from(CONTEXT_FEATURES, w);
  return (doc) => {
    const f = required || nice ? (corpus.freelancers.table.get(doc) as FreelancerDoc) : undefined;
    const listed = corpus.listedSkills.get(doc) ?? 0;
    let bound = addContextFeatures(ctx, doc, contextWeights, head + prior(doc));
    // credibleCoverage's value: coverage times the listing's credibility (x * 1 is x).
    if (required) bound += w("requiredSkills") * (skillCoverageValue(q.required, f!.skills, q.related) * listingCredibility(listed));
    if (nice) bound += w("niceToHaveSkills") * (skillCoverageValue(q.niceToHave, f!.skills, q.related) * listingCredibility(listed));
    if (text) bound += w("textRelevance") * squashBm25(ctx.signals(doc).textBm25, q.text.upperBound);
    if (rate) bound += w("rateFit") * rateFit(corpus.hourlyRate.get(doc), job.budget).value;
    if (level) bound += w("levelFit") * levelFit(LEVEL_CODES[corpus.level.get(doc) ?? 0], job.experienceLevel).value;
    if (hours) bound += w("availability") * availability(corpus.hoursPerWeek.get(doc), job.duration).value;
    return bound;
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
      values[at + 1] = reviewVolume(count, corpus.rating.get(doc)).value;
      values[at + 2] = recency(corpus.lastActive.get(doc), now, options.recencyHalfLifeDays).value;
      values[at + 3] = jobSuccess(corpus.jobSuccess.get(doc)).value;
    }
    return values.subarray(at, at + 4);
  };
}

/** Exactly the values freelancerFeatures gives these features (the trees bound is only valid on exact values). */
function knownFreelancerFeatures(corpus: Corpus, q: JobQuery, ctx: CandidateContext): KnownFeatures {
  const job = q.job.record;
  const reputation = reputationOf(corpus);
  return {
    names: KNOWN,
    values: (doc, out) => {
      const f = corpus.freelancers.table.get(doc) as FreelancerDoc;
      const listed = corpus.listedSkills.get(doc) ?? 0;
      out[0] = skillCoverageValue(q.required, f.skills, q.related) * listingCredibility(listed);
      out[1] = skillCoverageValue(q.niceToHave, f.skills, q.related) * listingCredibility(listed);
      out[2] = squashBm25(ctx.signals(doc).textBm25, q.text.upperBound);
      out.set(reputation(doc), 3);
      out[7] = rateFit(corpus.hourlyRate.get(doc), job.budget).value;
      out[8] = levelFit(LEVEL_CODES[corpus.level.get(doc) ?? 0], job.experienceLevel).value;
      out[9] = availability(corpus.hoursPerWeek.get(doc), job.duration).value;
    },
  };
}
