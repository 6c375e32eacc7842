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

/** A letter should name what the job asks for: no related-skill credit. */
const EXACT_ONLY = relatedTable(() => []);
import { TASK_FEATURES } from "./model.js";

/** The job's distinctive terms a letter should echo. */
const JOB_TERMS = 20;

function letterCoverage(q: JobQuery, p: ProposalDoc, jobTerms: string[]) {
  const letter = p.record.coverLetter;
  const skills = Int32Array.from([...p.skills].sort((a, b) => a - b));
  const skillShare = q.required.length ? skillCoverage(q.required, { skills, via: new Uint8Array(skills.length) }, EXACT_ONLY).value : undefined;
  const termShare = jobTerms.length ? jobTerms.filter((t) => p.terms.has(t)).length / jobTerms.length : 0;
  return coverLetterCoverage(!!letter, skillShare, termShare);
}

export function rankProposals(corpus: Corpus, job: JobDoc, options: RankProposalsOptions = {}): RankResult {
  const q = prepareJobQuery(corpus, job);
  const jobTerms = topTerms(corpus, q);
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
    all.set("coverLetterCoverage", letterCoverage(q, p, jobTerms));
    all.set("personalization", personalization(p.shingles, others));
    all.set("bidFit", bidFit(p.record.bid, job.record.budget));
    all.set("responseTime", responseTime(job.record.postedAt as number | undefined, p.record.submittedAt as number | undefined));
    all.set("screeningAnswers", screeningAnswers(p.record.screeningAnswers));
    const features = new Map(TASK_FEATURES.proposals.map((name) => [name, all.get(name)!]));
    candidates.push({ id: pid, freelancerId: p.record.freelancerId, features, coverage });
  }
  return assemble("proposals", corpus.options.models.proposals, candidates, options, q.name);
}

/** The job's highest-IDF terms (stems), a fixed number, ties by term. */
function topTerms(corpus: Corpus, q: JobQuery): string[] {
  return corpus.freelancers.text.topTerms(q.text, JOB_TERMS);
}
