/** Jobs for a freelancer: skill fit seen from both sides, pay, client quality, freshness, competition. */
import type { Corpus, ProposalDoc } from "../corpus/corpus.js";
import { type FreelancerDoc, type JobDoc, freelancerText, jobText } from "../corpus/normalize.js";
import { skillIdf } from "../corpus/doc-table.js";
import type { RecommendJobsOptions } from "../options.js";
import { squashBm25 } from "../text/bm25.js";
import type { RankResult } from "./results.js";
import { assemble, checkPaging, type Candidate } from "./assemble.js";
import { BOUND_EPSILON, NO_BOUND, scoreByBound, slackOf } from "./prune.js";
import { scoreOnly } from "./score.js";
import { jobFilter } from "./filters.js";
import { neighborFn } from "./job-query.js";
import { externalCandidates, retrieveCandidates } from "./retrieve.js";
import { jobPrior } from "./prior.js";
import { defaultModels, isTreesModel, retrievalWeights } from "./model.js";
import { levelFit, rateFit } from "./features/fit.js";
import { clientQuality, competition, freshness } from "./features/job.js";
import { type RelatedTable, relatedTable, skillAlignment, skillCoverage, skillCoverageValue, skillDepth } from "./features/skills.js";
import type { TextQuery } from "../corpus/text-index.js";
import { type FeatureResult, defaulted, measured } from "./features/types.js";
import { rankPercentile, shareOfBest, signalSpread, type SignalSpread } from "./features/relative.js";
import { skillHistory } from "./features/job.js";

/** The job-side features of any job for one freelancer: recommendJobs and the reciprocal score share them. */
export interface JobSide {
  /** The freelancer's prose as a query against the jobs' text statistics. */
  text: TextQuery;
  related: RelatedTable;
  /** IDF weight of a job's required skill among freelancers. */
  freelancerWeight: (skill: number) => number;
  /** BM25 of `text` against the job: its index slot `doc` when indexed, otherwise its text with the index's statistics. */
  bm25Of(job: JobDoc, doc?: number): number;
  /** `doc`: the job's index slot, undefined for a job ranked as a record (not indexed). */
  features(job: JobDoc, doc: number | undefined, detail: boolean): Pick<Candidate, "features" | "coverage">;
  /** The query-relative and past-work features (cheap: the early-stopping bound reads them exactly). */
  contextFeatures(job: JobDoc, doc: number | undefined): Array<[string, FeatureResult]>;
}

/**
 * `pool`: the candidate jobs (index slots) the query-relative features are read against; without it
 * (one job scored on its own, as the reciprocal score does), each job is read against itself.
 */
export function jobSide(
  corpus: Corpus,
  freelancer: FreelancerDoc,
  related: RelatedTable = relatedTable(neighborFn(corpus), corpus.vocabulary.size),
  pool?: readonly number[] | JobPopulation,
  /** The freelancer's prose already prepared as a query (recommendJobs needs it for retrieval first). */
  prepared?: TextQuery,
): JobSide {
  const jobs = corpus.jobs;
  const jobWeight = (s: number): number => skillIdf(jobs.postings.frequency(s), jobs.table.size);
  // From the freelancer's side, their deep skills matter more than ones listed in passing:
  // a claimed depth d (level/years) scales a skill's weight by 0.5 + d; unclaimed skills count 1.
  const alignmentWeight = (s: number): number => jobWeight(s) * (0.5 + (freelancer.depth.get(s) ?? 0.5));
  const freelancerWeight = (s: number): number => skillIdf(corpus.freelancers.postings.frequency(s), corpus.freelancers.table.size);
  const text = prepared ?? jobs.text.prepare(freelancerText(freelancer.record));
  const now = corpus.now();
  const r = freelancer.record;
  const bm25Of = (job: JobDoc, doc?: number): number => (doc !== undefined ? jobs.text.score(text, doc) : jobs.text.scoreText(text, jobText(job.record)));
  // Query-relative text relevance and past work, against the other candidate jobs.
  const past = pastWork(corpus, r.id);
  const pastQuery = jobs.text.prepare(past.text);
  const pastOf = (job: JobDoc, doc?: number): number => (!past.proposals ? 0 : doc !== undefined ? jobs.text.score(pastQuery, doc) : jobs.text.scoreText(pastQuery, jobText(job.record)));
  const textSpread = spreadOver(corpus, pool, text);
  const pastSpread = past.proposals ? spreadOver(corpus, pool, pastQuery) : signalSpread([]);
  const spreadOr = (spread: ReturnType<typeof signalSpread>, own: number) => (pool ? spread : signalSpread([own]));
  const contextFeatures = (job: JobDoc, doc: number | undefined): Array<[string, FeatureResult]> => {
    const bm25 = bm25Of(job, doc);
    const pastScore = pastOf(job, doc);
    return [
      ["textRelevanceShare", measured(shareOfBest(bm25, spreadOr(textSpread, bm25)))],
      ["textRelevanceRank", measured(rankPercentile(bm25, spreadOr(textSpread, bm25)))],
      ["pastWorkRelevance", past.proposals ? measured(shareOfBest(pastScore, spreadOr(pastSpread, pastScore))) : defaulted(0)],
      ["skillHistory", skillHistory(job.required, past.skills, freelancerWeight)],
    ];
  };
  const features = (job: JobDoc, doc: number | undefined, detail: boolean): Pick<Candidate, "features" | "coverage"> => {
    const j = job.record;
    const required = job.required.map((index) => ({ index, weight: freelancerWeight(index) }));
    const coverage = skillCoverage(required, freelancer.skills, related, detail);
    const features = new Map<string, FeatureResult>([
      ["requiredSkills", coverage],
      ["skillAlignment", skillAlignment(freelancer.skills, Int32Array.from([...job.required, ...job.niceToHave]), alignmentWeight, related)],
      ["skillDepth", skillDepth(required, freelancer.skills, freelancer.depth, (i) => corpus.vocabulary.name(i))],
      ["textRelevance", measured(squashBm25(bm25Of(job, doc), text.upperBound))],
      ...contextFeatures(job, doc),
      ["rateFit", rateFit(r.hourlyRate, j.budget)],
      ["levelFit", levelFit(r.experienceLevel, j.experienceLevel)],
      ["clientQuality", clientQuality(j.client)],
      ["freshness", freshness(j.postedAt as number | undefined, now, corpus.options.freshnessHalfLifeDays)],
      ["competition", competition(corpus.proposalsByJob.get(j.id)?.size ?? 0)],
    ]);
    return { features, coverage };
  };
  return { text, related, freelancerWeight, bm25Of, features, contextFeatures };
}

export function recommendJobs(corpus: Corpus, freelancer: FreelancerDoc, options: RecommendJobsOptions = {}): RankResult {
  const jobs = corpus.jobs;
  const neighbors = neighborFn(corpus);
  const jobWeight = (s: number): number => skillIdf(jobs.postings.frequency(s), jobs.table.size);
  const freelancerProse = freelancerText(freelancer.record);
  const related = relatedTable(neighbors, corpus.vocabulary.size);
  const text = jobs.text.prepare(freelancerProse);
  const skills = [...freelancer.skills.skills].map((index) => ({ index, weight: jobWeight(index) }));
  const model = corpus.options.models.jobs;
  const source = corpus.options.candidateSource;
  const skillNames = () => [...freelancer.skills.skills].map((s) => corpus.vocabulary.name(s));
  const pool = options.exhaustive
    ? jobs.table.docs()
    : source
      ? externalCandidates(jobs, source({ task: "jobs", skills: skillNames(), text: freelancerProse, limit: corpus.options.candidates }))
      : retrieveCandidates(
        jobs,
        { skills, text, limit: corpus.options.candidates, skillWeight: retrievalWeights(model, "jobs").requiredSkills ?? 0, prior: jobPrior(corpus, retrievalWeights(model, "jobs")) },
        neighbors,
      );
  const keep = jobFilter(corpus, options.filters, options.filter);
  const r = freelancer.record;
  const docs: number[] = [];
  for (const doc of pool) if (!keep || keep(doc)) docs.push(doc);
  // Query-relative features against every job that passes the filters, not the retrieved pool (see rankingContext).
  const everyone = options.exhaustive ? docs : { keep };
  const side = jobSide(corpus, freelancer, related, everyone, text);
  const { freelancerWeight } = side;
  const jobFeatures = (doc: number, detail: boolean): Pick<Candidate, "features" | "coverage"> =>
    side.features(jobs.table.get(doc) as JobDoc, doc, detail);
  const { limit, offset } = checkPaging(options);
  // Bound: the cheap features exactly (prior = client quality, freshness, competition), the rest at most their weight.
  // Tree models are not bounded (NO_BOUND below): `linear` only keeps this code typed for them.
  const linear = isTreesModel(model) ? defaultModels.jobs : model;
  const w = (f: string) => linear.weights[f] ?? 0;
  const prior = jobPrior(corpus, linear.weights);
  const head = linear.bias + slackOf(linear, BOUND_EXACT) + BOUND_EPSILON;
  const bound = (doc: number): number => {
    const j = (jobs.table.get(doc) as JobDoc);
    const required = j.required.map((index) => ({ index, weight: freelancerWeight(index) }));
    let fromContext = 0;
    for (const [name, result] of side.contextFeatures(j, doc)) fromContext += w(name) * result.value;
    return (
      head +
      fromContext +
      prior(doc) +
      w("requiredSkills") * skillCoverageValue(required, freelancer.skills, related) +
      w("textRelevance") * squashBm25(jobs.text.score(text, doc), text.upperBound) +
      w("rateFit") * rateFit(r.hourlyRate, j.record.budget).value +
      w("levelFit") * levelFit(r.experienceLevel, j.record.experienceLevel).value
    );
  };
  const candidates = scoreByBound(docs, isTreesModel(model) ? NO_BOUND : bound, (doc) => {
    const candidate: Candidate = { id: jobs.table.id(doc), ...jobFeatures(doc, false), detailed: () => jobFeatures(doc, true) };
    return { candidate, score: scoreOnly(model, candidate.features) };
  }, offset + limit);
  return assemble("jobs", model, candidates, options, (i) => corpus.vocabulary.name(i), docs.length);
}

/** Every live job that passes `keep` (all without filters). */
export interface JobPopulation {
  keep: ((doc: number) => boolean) | undefined;
}

/**
 * BM25 of `query` over the pool: a list is scored doc by doc; a whole population is read off the
 * query terms' postings, everyone they do not name counting as a zero.
 */
function spreadOver(corpus: Corpus, pool: readonly number[] | JobPopulation | undefined, query: TextQuery): SignalSpread {
  const jobs = corpus.jobs;
  if (pool === undefined) return signalSpread([]);
  if (Array.isArray(pool)) return signalSpread(pool.map((doc) => jobs.text.score(query, doc)));
  const { keep } = pool as JobPopulation;
  let size = jobs.table.size;
  if (keep) {
    size = 0;
    for (const doc of jobs.table.docs()) if (keep(doc)) size++;
  }
  const acc = jobs.text.accumulate(query);
  const values: number[] = [];
  for (let k = 0; k < acc.docs.length; k++) if (!keep || keep(acc.docs[k])) values.push(acc.scores[k]);
  return signalSpread(values, size - values.length);
}

const BOUND_EXACT = new Set(["requiredSkills", "textRelevance", "textRelevanceShare", "textRelevanceRank", "pastWorkRelevance", "skillHistory", "rateFit", "levelFit", "clientQuality", "freshness", "competition"]);

/** The freelancer's earlier letters (as one text) and the required skills of the jobs they went to. */
function pastWork(corpus: Corpus, freelancerId: string): { proposals: number; text: string; skills: Set<number> } {
  const letters: string[] = [];
  const skills = new Set<number>();
  for (const id of corpus.proposalsByFreelancer.get(freelancerId) ?? []) {
    const p = corpus.proposals.get(id) as ProposalDoc;
    if (p.record.coverLetter) letters.push(p.record.coverLetter);
    const doc = corpus.jobs.table.doc(p.record.jobId);
    if (doc !== undefined) for (const s of (corpus.jobs.table.get(doc) as JobDoc).required) skills.add(s);
  }
  return { proposals: letters.length, text: letters.join("\n"), skills };
}
