/**
 * A freelancer's track record as known at a query's instant, read from the proposals and reviews
 * the engine holds: how much they applied (in all and recently), how often they were hired, how
 * much of that was in the job's skills, and how close their earlier letters are to the job's text.
 *
 * Only proposals submitted before the instant count (undated ones count as past), and never one to
 * the job being ranked: its own proposal is not a track record. A hire is a review that names the
 * job the proposal was for. Computed on demand, so it is always consistent with the records.
 */
import type { Corpus, ProposalDoc } from "../corpus/corpus.js";
import type { JobDoc } from "../corpus/normalize.js";
import { bm25TermScore } from "../text/bm25.js";
import { DAY_MS } from "./features/types.js";

/** Window of "recent" activity. */
export const RECENT_ACTIVITY_DAYS = 90;

export interface TrackRecord {
  /** Earlier proposals. */
  proposals: number;
  /** Earlier proposals within RECENT_ACTIVITY_DAYS of the instant. */
  recentProposals: number;
  /** Earlier proposals that led to a hire. */
  hires: number;
  /** Earlier proposals to jobs sharing a required skill with this job. */
  skillProposals: number;
  /** Of those, the ones that led to a hire. */
  skillHires: number;
  /** BM25 of the job's text against the earlier letters taken as one document (0 without letters). */
  pastWorkBm25: number;
}

/** What a query shares across candidates: its instant, skills and text terms. */
export interface HistoryQuery {
  jobId: string | undefined;
  at: number;
  skills: ReadonlySet<number>;
  /** Query terms (stemmed, as in proposal term frequencies) with their IDF. */
  terms: readonly string[];
  idfs: ArrayLike<number>;
  /** Average history length in terms, for BM25's length normalization. */
  averageLength: number;
}

export function historyQuery(corpus: Corpus, job: JobDoc, terms: readonly string[], idfs: ArrayLike<number>): HistoryQuery {
  const posted = job.record.postedAt as number | undefined;
  const writers = corpus.proposalsByFreelancer.size;
  return {
    jobId: job.record.id,
    at: posted ?? corpus.now(),
    skills: new Set(job.required.filter((s) => s >= 0)),
    terms,
    idfs,
    averageLength: writers ? (corpus.averageLetterLength() * corpus.proposals.size) / writers : 0,
  };
}

const EMPTY: TrackRecord = { proposals: 0, recentProposals: 0, hires: 0, skillProposals: 0, skillHires: 0, pastWorkBm25: 0 };

export function trackRecord(corpus: Corpus, q: HistoryQuery, freelancerId: string): TrackRecord {
  const ids = corpus.proposalsByFreelancer.get(freelancerId);
  if (!ids) return EMPTY;
  const hiredFor = hiredJobs(corpus, freelancerId);
  const since = q.at - RECENT_ACTIVITY_DAYS * DAY_MS;
  const out = { ...EMPTY };
  const tf = new Float64Array(q.terms.length);
  let length = 0;
  for (const id of ids) {
    const p = corpus.proposals.get(id) as ProposalDoc;
    const r = p.record;
    const t = r.submittedAt as number | undefined;
    if (r.jobId === q.jobId || (t !== undefined && t >= q.at)) continue;
    const hired = hiredFor.has(r.jobId);
    out.proposals++;
    if (t === undefined || t >= since) out.recentProposals++;
    if (hired) out.hires++;
    if (sharesSkill(corpus, r.jobId, q.skills)) {
      out.skillProposals++;
      if (hired) out.skillHires++;
    }
    for (let i = 0; i < q.terms.length; i++) tf[i] += p.tf.get(q.terms[i]) ?? 0;
    length += p.length;
  }
  for (let i = 0; i < q.terms.length; i++) {
    if (tf[i] > 0) out.pastWorkBm25 += bm25TermScore(tf[i], q.idfs[i], length, q.averageLength, corpus.options.bm25);
  }
  return out;
}

function hiredJobs(corpus: Corpus, freelancerId: string): Set<string> {
  const out = new Set<string>();
  for (const id of corpus.reviewsByFreelancer.get(freelancerId) ?? []) {
    const jobId = corpus.reviews.get(id)?.jobId;
    if (jobId !== undefined) out.add(jobId);
  }
  return out;
}

function sharesSkill(corpus: Corpus, jobId: string, skills: ReadonlySet<number>): boolean {
  if (skills.size === 0) return false;
  const doc = corpus.jobs.table.doc(jobId);
  if (doc === undefined) return false;
  return (corpus.jobs.table.get(doc) as JobDoc).required.some((s) => skills.has(s));
}
