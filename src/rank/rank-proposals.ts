/** Proposals for a job: the sender's fit for the job plus the proposal's own quality. */
import type { Corpus, ProposalDoc } from "../corpus/corpus.js";
import type { JobDoc } from "../corpus/normalize.js";
import type { RankProposalsOptions } from "../options.js";
import type { RankResult } from "./results.js";
import { assemble, type Candidate } from "./assemble.js";
import { candidateContext } from "./candidate-context.js";
import { freelancerFeatures } from "./freelancer-features.js";
import { type JobQuery, prepareJobQuery } from "./job-query.js";
import { bidFit } from "./features/fit.js";
import { letterLength, letterSkills, letterStructure, personalization, responseTime, screeningAnswers } from "./features/proposal.js";
import { rankPercentile, shareOfBest, signalSpread } from "./features/relative.js";
import { relatedTable, skillCoverage } from "./features/skills.js";
import { type FeatureResult, defaulted, measured, NEUTRAL } from "./features/types.js";
import { TASK_FEATURES } from "./model.js";
import { bm25Idf, bm25TermScore, bm25UpperBound, squashBm25 } from "../text/bm25.js";
import { tokenize } from "../text/tokenize.js";
import { jobText } from "../corpus/normalize.js";

/** A letter should name what the job asks for: no related-skill credit. */
const EXACT_ONLY = relatedTable(() => []);

/**
 * BM25+ of the job's text (as the query) against one letter, with IDF over the letters (the corpus
 * the letter belongs to), and the number of distinct job terms it contains.
 */
function letterMatch(corpus: Corpus, terms: readonly string[], weights: readonly number[], p: ProposalDoc): { score: number; matched: number } {
  const avg = corpus.averageLetterLength();
  let score = 0;
  let matched = 0;
  terms.forEach((t, i) => {
    const tf = p.tf.get(t);
    if (tf) {
      score += bm25TermScore(tf, weights[i], p.length, avg, corpus.options.bm25);
      matched++;
    }
  });
  return { score, matched };
}

/** The job's terms with their letter IDF times their count in the job text. */
function letterQuery(corpus: Corpus, q: JobQuery): { terms: string[]; weights: number[]; upperBound: number } {
  const counts = new Map<string, number>();
  for (const t of tokenize(jobText(q.job.record))) counts.set(t, (counts.get(t) ?? 0) + 1);
  const terms = [...counts.keys()].filter((t) => corpus.letterDocFreq.has(t)).sort();
  const weights = terms.map((t) => (counts.get(t) as number) * bm25Idf(corpus.letterDocFreq.get(t) as number, corpus.proposals.size));
  return { terms, weights, upperBound: bm25UpperBound(weights, corpus.options.bm25) };
}

function letterSkillShare(q: JobQuery, p: ProposalDoc): number | undefined {
  if (!q.required.length) return undefined;
  const skills = Int32Array.from([...p.skills].sort((a, b) => a - b));
  return skillCoverage(q.required, { skills, via: new Uint8Array(skills.length) }, EXACT_ONLY).value;
}

const timeOf = (p: ProposalDoc): number | undefined => p.record.submittedAt as number | undefined;

export function rankProposals(corpus: Corpus, job: JobDoc, options: RankProposalsOptions = {}): RankResult {
  const q = prepareJobQuery(corpus, job);
  const lq = letterQuery(corpus, q);
  const own = [...(corpus.proposalsByJob.get(job.record.id) ?? [])].map((pid) => corpus.proposals.get(pid) as ProposalDoc);
  const senders = own.map((p) => corpus.freelancers.table.doc(p.record.freelancerId) as number);
  const ctx = candidateContext(corpus, q, [...new Set(senders)]);
  // Query-relative letter signals: against the other proposals of the same job.
  const matches = own.map((p) => letterMatch(corpus, lq.terms, lq.weights, p));
  // Coordinated (BM25 x distinct terms matched) for the query-relative forms, as for profiles.
  const coordinated = matches.map((m) => m.score * m.matched);
  const bm25Spread = signalSpread(coordinated);
  const longest = Math.max(0, ...own.map((p) => p.record.coverLetter?.length ?? 0));
  const dated = own.every((p) => timeOf(p) !== undefined);
  // Earlier is better: rank the negated submission time.
  const arrivalSpread = signalSpread(dated ? own.map((p) => -(timeOf(p) as number)) : []);
  const candidates: Candidate[] = own.map((p, n) => {
    const doc = senders[n];
    const { features: all, coverage } = freelancerFeatures(corpus, q, doc, ctx);
    const letter = p.record.coverLetter;
    const others = [...(corpus.proposalsByFreelancer.get(p.record.freelancerId) ?? [])]
      .map((id) => corpus.proposals.get(id) as ProposalDoc)
      .filter((o) => o.record.id !== p.record.id && o.record.jobId !== p.record.jobId)
      .map((o) => o.shingles);
    const relevance: FeatureResult = letter ? measured(squashBm25(matches[n].score, lq.upperBound)) : defaulted(0);
    all.set("letterRelevance", relevance);
    all.set("letterRelevanceShare", letter ? measured(shareOfBest(coordinated[n], bm25Spread)) : defaulted(0));
    all.set("letterRelevanceRank", letter ? measured(rankPercentile(coordinated[n], bm25Spread)) : defaulted(0));
    all.set("letterSkills", letterSkills(!!letter, letterSkillShare(q, p)));
    all.set("letterLength", letterLength(letter?.length ?? 0, longest));
    all.set("letterStructure", letterStructure(letter));
    all.set("personalization", personalization(p.shingles, others));
    all.set("bidFit", bidFit(p.record.bid, job.record.budget));
    all.set("responseTime", responseTime(job.record.postedAt as number | undefined, timeOf(p)));
    all.set("arrivalRank", dated ? measured(rankPercentile(-(timeOf(p) as number), arrivalSpread)) : defaulted(NEUTRAL));
    all.set("screeningAnswers", screeningAnswers(p.record.screeningAnswers));
    const features = new Map(TASK_FEATURES.proposals.map((name) => [name, all.get(name)!]));
    return { id: p.record.id, freelancerId: p.record.freelancerId, features, coverage };
  });
  return assemble("proposals", corpus.options.models.proposals, candidates, options, q.name);
}
