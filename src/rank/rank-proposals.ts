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
import { bm25TermScore, squashBm25 } from "../text/bm25.js";

/** A letter should name what the job asks for: no related-skill credit. */
const EXACT_ONLY = relatedTable(() => []);

/** BM25 of the job's text (as the query) against one letter. */
function letterBm25(corpus: Corpus, q: JobQuery, terms: readonly string[], p: ProposalDoc): number {
  const avg = corpus.averageLetterLength();
  let score = 0;
  terms.forEach((t, i) => {
    const tf = p.tf.get(t);
    if (tf) score += bm25TermScore(tf, q.text.idfs[i], p.length, avg, corpus.options.bm25);
  });
  return score;
}

function letterSkillShare(q: JobQuery, p: ProposalDoc): number | undefined {
  if (!q.required.length) return undefined;
  const skills = Int32Array.from([...p.skills].sort((a, b) => a - b));
  return skillCoverage(q.required, { skills, via: new Uint8Array(skills.length) }, EXACT_ONLY).value;
}

const timeOf = (p: ProposalDoc): number | undefined => p.record.submittedAt as number | undefined;

export function rankProposals(corpus: Corpus, job: JobDoc, options: RankProposalsOptions = {}): RankResult {
  const q = prepareJobQuery(corpus, job);
  const jobTerms = corpus.freelancers.text.termsOf(q.text);
  const own = [...(corpus.proposalsByJob.get(job.record.id) ?? [])].map((pid) => corpus.proposals.get(pid) as ProposalDoc);
  const senders = own.map((p) => corpus.freelancers.table.doc(p.record.freelancerId) as number);
  const ctx = candidateContext(corpus, q, [...new Set(senders)]);
  // Query-relative letter signals: against the other proposals of the same job.
  const bm25 = own.map((p) => letterBm25(corpus, q, jobTerms, p));
  const bm25Spread = signalSpread(bm25);
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
    const relevance: FeatureResult = letter ? measured(squashBm25(bm25[n], q.text.upperBound)) : defaulted(0);
    all.set("letterRelevance", relevance);
    all.set("letterRelevanceShare", letter ? measured(shareOfBest(bm25[n], bm25Spread)) : defaulted(0));
    all.set("letterRelevanceRank", letter ? measured(rankPercentile(bm25[n], bm25Spread)) : defaulted(0));
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
