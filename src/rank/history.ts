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
  /** The job's doc on the jobs side, -1 when it is not indexed (then no proposal is to it). */
  jobDoc: number;
  at: number;
  skills: ReadonlySet<number>;
  /** Per job doc, 1 when the job requires one of `skills`: the skill-history test as a lookup. */
  sharesSkill: Uint8Array;
  /** Query terms (stemmed, as in proposal term frequencies) with their IDF. */
  terms: readonly string[];
  idfs: ArrayLike<number>;
  /** Average history length in terms, for BM25's length normalization. */
  averageLength: number;
  /** Per writer (HistoryIndex number): BM25 of the query against their letters that count (0 without any). */
  pastWork: Float64Array;
}

/**
 * The proposals as arrays, grouped by writer, with what a track record needs of each (its job's
 * doc, time, whether it led to a hire, length) and the letters' terms as postings. Built once per
 * state of the records: a query then reads typed arrays, and only the postings of its own terms.
 */
export interface HistoryIndex {
  /** Writer number by freelancer id; per writer their freelancer doc and proposal range. */
  writerOf: Map<string, number>;
  writerDoc: Int32Array;
  from: Uint32Array;
  to: Uint32Array;
  /** Per proposal. */
  job: Int32Array;
  at: Float64Array;
  hired: Uint8Array;
  length: Uint32Array;
  owner: Int32Array;
  letterPostings: Map<string, { proposals: Int32Array; tfs: Float64Array }>;
}

/** Keyed by the proposal map, which boosted views of a corpus share (see boostedCorpus). */
const indexes = new WeakMap<object, { version: number; index: HistoryIndex }>();

export function historyIndex(corpus: Corpus): HistoryIndex {
  const cached = indexes.get(corpus.proposals);
  if (cached?.version === corpus.version) return cached.index;
  const size = corpus.proposals.size;
  const writers = corpus.proposalsByFreelancer.size;
  const index: HistoryIndex = {
    writerOf: new Map(),
    writerDoc: new Int32Array(writers),
    from: new Uint32Array(writers),
    to: new Uint32Array(writers),
    job: new Int32Array(size),
    at: new Float64Array(size),
    hired: new Uint8Array(size),
    length: new Uint32Array(size),
    owner: new Int32Array(size),
    letterPostings: new Map(),
  };
  const postings = new Map<string, { proposals: number[]; tfs: number[] }>();
  let n = 0;
  let w = 0;
  for (const [freelancerId, ids] of corpus.proposalsByFreelancer) {
    const hiredFor = hiredJobs(corpus, freelancerId);
    index.writerOf.set(freelancerId, w);
    index.writerDoc[w] = corpus.freelancers.table.doc(freelancerId) ?? -1;
    index.from[w] = n;
    for (const id of ids) {
      const p = corpus.proposals.get(id) as ProposalDoc;
      const r = p.record;
      index.job[n] = corpus.jobs.table.doc(r.jobId) ?? -1;
      index.at[n] = r.submittedAt === undefined ? NaN : (r.submittedAt as number);
      index.hired[n] = hiredFor.has(r.jobId) ? 1 : 0;
      index.length[n] = p.length;
      index.owner[n] = w;
      for (const [term, tf] of p.tf) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = { proposals: [], tfs: [] }));
        list.proposals.push(n);
        list.tfs.push(tf);
      }
      n++;
    }
    index.to[w++] = n;
  }
  for (const [term, list] of postings) index.letterPostings.set(term, { proposals: Int32Array.from(list.proposals), tfs: Float64Array.from(list.tfs) });
  indexes.set(corpus.proposals, { version: corpus.version, index });
  return index;
}

/** Whether proposal `p` is history for the query: before its instant (undated counts as past), not to its own job. */
function counts(index: HistoryIndex, p: number, q: HistoryQuery): boolean {
  return index.job[p] !== q.jobDoc && !(index.at[p] >= q.at);
}

export function historyQuery(corpus: Corpus, job: JobDoc, terms: readonly string[], idfs: ArrayLike<number>): HistoryQuery {
  const posted = job.record.postedAt as number | undefined;
  const writers = corpus.proposalsByFreelancer.size;
  const skills = new Set(job.required.filter((s) => s >= 0));
  const jobs = corpus.jobs;
  const sharesSkill = new Uint8Array(writers ? jobs.table.capacity : 0);
  if (writers) for (const s of skills) for (const d of jobs.postings.docs(s)) sharesSkill[d] = 1;
  const index = writers ? historyIndex(corpus) : undefined;
  const q: HistoryQuery = {
    jobId: job.record.id,
    jobDoc: jobs.table.doc(job.record.id) ?? -1,
    at: posted ?? corpus.now(),
    skills,
    sharesSkill,
    terms,
    idfs,
    averageLength: writers ? (corpus.averageLetterLength() * corpus.proposals.size) / writers : 0,
    pastWork: new Float64Array(writers),
  };
  if (index && terms.length) pastWorkScores(corpus, index, q);
  return q;
}

/**
 * Every writer's BM25 of the query against their letters that count, taken as one document, in one
 * pass per query term over that term's letter postings (terms in query order, so each writer's sum
 * is the one a writer-by-writer loop gives). Writers without a query term in their letters stay 0.
 */
function pastWorkScores(corpus: Corpus, index: HistoryIndex, q: HistoryQuery): void {
  const writers = index.writerDoc.length;
  const length = new Float64Array(writers);
  for (let w = 0; w < writers; w++) for (let p = index.from[w]; p < index.to[w]; p++) if (counts(index, p, q)) length[w] += index.length[p];
  const tf = new Float64Array(writers);
  const bm25 = corpus.options.bm25;
  q.terms.forEach((term, i) => {
    const list = index.letterPostings.get(term);
    if (!list) return;
    const { proposals, tfs } = list;
    for (let k = 0; k < proposals.length; k++) if (counts(index, proposals[k], q)) tf[index.owner[proposals[k]]] += tfs[k];
    for (let k = 0; k < proposals.length; k++) {
      const w = index.owner[proposals[k]];
      if (tf[w] > 0) {
        q.pastWork[w] += bm25TermScore(tf[w], q.idfs[i], length[w], q.averageLength, bm25);
        tf[w] = 0;
      }
    }
  });
}

const EMPTY: TrackRecord = { proposals: 0, recentProposals: 0, hires: 0, skillProposals: 0, skillHires: 0, pastWorkBm25: 0 };

export function trackRecord(corpus: Corpus, q: HistoryQuery, freelancerId: string): TrackRecord {
  if (!corpus.proposalsByFreelancer.has(freelancerId)) return EMPTY;
  const index = historyIndex(corpus);
  return writerTrack(corpus, index, q, index.writerOf.get(freelancerId) as number);
}

/** The track record of writer `w` (a HistoryIndex number): typed-array reads only. */
export function writerTrack(corpus: Corpus, index: HistoryIndex, q: HistoryQuery, w: number): TrackRecord {
  const since = q.at - RECENT_ACTIVITY_DAYS * DAY_MS;
  let proposals = 0;
  let recentProposals = 0;
  let hires = 0;
  let skillProposals = 0;
  let skillHires = 0;
  const shares = q.sharesSkill;
  for (let p = index.from[w]; p < index.to[w]; p++) {
    if (!counts(index, p, q)) continue;
    const hired = index.hired[p];
    proposals++;
    if (!(index.at[p] < since)) recentProposals++;
    hires += hired;
    const job = index.job[p];
    if (job >= 0 && shares[job] === 1) {
      skillProposals++;
      skillHires += hired;
    }
  }
  return { proposals, recentProposals, hires, skillProposals, skillHires, pastWorkBm25: q.pastWork[w] ?? 0 };
}

function hiredJobs(corpus: Corpus, freelancerId: string): Set<string> {
  const out = new Set<string>();
  for (const id of corpus.reviewsByFreelancer.get(freelancerId) ?? []) {
    const jobId = corpus.reviews.get(id)?.jobId;
    if (jobId !== undefined) out.add(jobId);
  }
  return out;
}
