/** Proposals for a job: the sender's fit for the job plus the proposal's own quality. */
import type { Corpus, ProposalDoc } from "../corpus/corpus.js";
import type { JobDoc } from "../corpus/normalize.js";
import type { RankProposalsOptions } from "../options.js";
import type { RankResult } from "./results.js";
import { assemble, type Candidate } from "./assemble.js";
import { freelancerFeatures } from "./freelancer-features.js";
import { type JobQuery, prepareJobQuery } from "./job-query.js";
import { bidFit } from "./features/fit.js";
import { coverLetterCoverage, personalization, responseTime, screeningAnswers } from "./features/proposal.js";
import { relatedTable, skillCoverage } from "./features/skills.js";
import { TASK_FEATURES } from "./model.js";
import { bm25TermScore, squashBm25 } from "../text/bm25.js";

/** A letter should name what the job asks for: no related-skill credit. */
const EXACT_ONLY = relatedTable(() => []);

/** BM25 of the job's text (as the query) against one letter, squashed to [0, 1]. */
function letterRelevance(corpus: Corpus, q: JobQuery, terms: readonly string[], p: ProposalDoc): number {
  const avg = corpus.averageLetterLength();
  let score = 0;
  terms.forEach((t, i) => {
    const tf = p.tf.get(t);
    if (tf) score += bm25TermScore(tf, q.text.idfs[i], p.length, avg, corpus.options.bm25);
  });
  return squashBm25(score, q.text.upperBound);
}

function letterCoverage(corpus: Corpus, q: JobQuery, terms: readonly string[], p: ProposalDoc) {
  const skills = Int32Array.from([...p.skills].sort((a, b) => a - b));
  const skillShare = q.required.length ? skillCoverage(q.required, { skills, via: new Uint8Array(skills.length) }, EXACT_ONLY).value : undefined;
  return coverLetterCoverage(!!p.record.coverLetter, skillShare, letterRelevance(corpus, q, terms, p));
}

export function rankProposals(corpus: Corpus, job: JobDoc, options: RankProposalsOptions = {}): RankResult {
  const q = prepareJobQuery(corpus, job);
  const jobTerms = corpus.freelancers.text.termsOf(q.text);
  const candidates: Candidate[] = [];
  for (const pid of corpus.proposalsByJob.get(job.record.id) ?? []) {
    const p = corpus.proposals.get(pid) as ProposalDoc;
    const doc = corpus.freelancers.table.doc(p.record.freelancerId) as number;
    const { features: all, coverage } = freelancerFeatures(corpus, q, doc);
    const others = [...(corpus.proposalsByFreelancer.get(p.record.freelancerId) ?? [])]
      .filter((id) => id !== pid)
      .map((id) => corpus.proposals.get(id) as ProposalDoc)
      .filter((o) => o.record.jobId !== p.record.jobId)
      .map((o) => o.shingles);
    all.set("coverLetterCoverage", letterCoverage(corpus, q, jobTerms, p));
    all.set("personalization", personalization(p.shingles, others));
    all.set("bidFit", bidFit(p.record.bid, job.record.budget));
    all.set("responseTime", responseTime(job.record.postedAt as number | undefined, p.record.submittedAt as number | undefined));
    all.set("screeningAnswers", screeningAnswers(p.record.screeningAnswers));
    const features = new Map(TASK_FEATURES.proposals.map((name) => [name, all.get(name)!]));
    candidates.push({ id: pid, freelancerId: p.record.freelancerId, features, coverage });
  }
  return assemble("proposals", corpus.options.models.proposals, candidates, options, q.name);
}
