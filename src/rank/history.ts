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
  /** Per freelancer with a letter naming a query term: each term's frequency over the letters that count. */
  letterTf: Map<string, Float64Array>;
}

/**
 * The proposals as arrays, grouped by freelancer, with what a track record needs of each (its
 * job, time, whether it led to a hire, the job's required skills) and the letters' terms as
 * postings. Built once per state of the records: a query then reads only the proposals of the
 * freelancers it asks about, and the postings of its own terms.
 */
interface HistoryIndex {
  byFreelancer: Map<string, { from: number; to: number }>;
  jobId: string[];
  at: Float64Array;
  hired: Uint8Array;
  length: Uint32Array;
  jobSkills: Array<readonly number[]>;
  /** Owner (freelancer id) of each proposal, for the letter postings. */
  owner: string[];
  letterPostings: Map<string, { proposals: Int32Array; tfs: Float64Array }>;
}

/** Keyed by the proposal map, which boosted views of a corpus share (see boostedCorpus). */
const indexes = new WeakMap<object, { version: number; index: HistoryIndex }>();

function historyIndex(corpus: Corpus): HistoryIndex {
  const cached = indexes.get(corpus.proposals);
  if (cached?.version === corpus.version) return cached.index;
  const index: HistoryIndex = { byFreelancer: new Map(), jobId: [], at: new Float64Array(corpus.proposals.size), hired: new Uint8Array(corpus.proposals.size), length: new Uint32Array(corpus.proposals.size), jobSkills: [], owner: [], letterPostings: new Map() };
  const postings = new Map<string, { proposals: number[]; tfs: number[] }>();
  let n = 0;
  for (const [freelancerId, ids] of corpus.proposalsByFreelancer) {
    const hiredFor = hiredJobs(corpus, freelancerId);
    const from = n;
    for (const id of ids) {
      const p = corpus.proposals.get(id) as ProposalDoc;
      const r = p.record;
      const jobDoc = corpus.jobs.table.doc(r.jobId);
      index.jobId.push(r.jobId);
      index.at[n] = r.submittedAt === undefined ? NaN : (r.submittedAt as number);
      index.hired[n] = hiredFor.has(r.jobId) ? 1 : 0;
      index.length[n] = p.length;
      index.jobSkills.push(jobDoc === undefined ? [] : (corpus.jobs.table.get(jobDoc) as JobDoc).required);
      index.owner.push(freelancerId);
      for (const [term, tf] of p.tf) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = { proposals: [], tfs: [] }));
        list.proposals.push(n);
        list.tfs.push(tf);
      }
      n++;
    }
    index.byFreelancer.set(freelancerId, { from, to: n });
  }
  for (const [term, list] of postings) index.letterPostings.set(term, { proposals: Int32Array.from(list.proposals), tfs: Float64Array.from(list.tfs) });
  indexes.set(corpus.proposals, { version: corpus.version, index });
  return index;
}

/** Whether proposal `p` is history for the query: before its instant (undated counts as past), not to its own job. */
function counts(index: HistoryIndex, p: number, q: HistoryQuery): boolean {
  const t = index.at[p];
  return index.jobId[p] !== q.jobId && !(t >= q.at);
}

export function historyQuery(corpus: Corpus, job: JobDoc, terms: readonly string[], idfs: ArrayLike<number>): HistoryQuery {
  const posted = job.record.postedAt as number | undefined;
  const writers = corpus.proposalsByFreelancer.size;
  const q: HistoryQuery = {
    jobId: job.record.id,
    at: posted ?? corpus.now(),
    skills: new Set(job.required.filter((s) => s >= 0)),
    terms,
    idfs,
    averageLength: writers ? (corpus.averageLetterLength() * corpus.proposals.size) / writers : 0,
    letterTf: new Map(),
  };
  // Each writer's query-term frequencies over the letters that count, from the terms' postings.
  if (writers && terms.length) {
    const index = historyIndex(corpus);
    terms.forEach((term, i) => {
      const list = index.letterPostings.get(term);
      if (!list) return;
      for (let k = 0; k < list.proposals.length; k++) {
        const p = list.proposals[k];
        if (!counts(index, p, q)) continue;
        const owner = index.owner[p];
        let tf = q.letterTf.get(owner);
        if (!tf) q.letterTf.set(owner, (tf = new Float64Array(terms.length)));
        tf[i] += list.tfs[k];
      }
    });
  }
  return q;
}

const EMPTY: TrackRecord = { proposals: 0, recentProposals: 0, hires: 0, skillProposals: 0, skillHires: 0, pastWorkBm25: 0 };

export function trackRecord(corpus: Corpus, q: HistoryQuery, freelancerId: string): TrackRecord {
  if (!corpus.proposalsByFreelancer.has(freelancerId)) return EMPTY;
  const index = historyIndex(corpus);
  const range = index.byFreelancer.get(freelancerId) as { from: number; to: number };
  const since = q.at - RECENT_ACTIVITY_DAYS * DAY_MS;
  const out = { ...EMPTY };
  let length = 0;
  for (let p = range.from; p < range.to; p++) {
    if (!counts(index, p, q)) continue;
    const t = index.at[p];
    const hired = index.hired[p] === 1;
    out.proposals++;
    if (!(t < since)) out.recentProposals++;
    if (hired) out.hires++;
    if (q.skills.size > 0 && index.jobSkills[p].some((s) => q.skills.has(s))) {
      out.skillProposals++;
      if (hired) out.skillHires++;
    }
    length += index.length[p];
  }
  const tf = q.letterTf.get(freelancerId);
  if (tf) for (let i = 0; i < q.terms.length; i++) if (tf[i] > 0) out.pastWorkBm25 += bm25TermScore(tf[i], q.idfs[i], length, q.averageLength, corpus.options.bm25);
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
