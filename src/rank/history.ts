/**
 * A freelancer's track record as known at a query's instant, read from the proposals and reviews
 * the engine holds: how much they applied (in all and recently), how often they were hired, how
 * much of that was in the job's skills, and how close their earlier letters are to the job's text.
 *
 * Only proposals submitted before the instant count (undated ones count as past), and never one to
 * the job being ranked: its own proposal is not a track record. A hire is a review that names the
 * job the proposal was for. Computed on demand, so it is always consistent with the records.
 */
import type { Corpus } from "../corpus/corpus.js";
import { type HistoryIndex, historyIndex } from "../corpus/history-index.js";
import type { JobDoc } from "../corpus/normalize.js";
import { bm25TermScore } from "../text/bm25.js";
import { DAY_MS } from "./features/types.js";
import { historyOrders } from "./history-orders.js";

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
  /** The writers whose letters hold a query term (the only ones with a non-zero pastWork). */
  pastWorkWriters: Int32Array;
}

/** Whether proposal `p` is history for the query: before its instant (undated counts as past), not to its own job. */
export function counts(index: HistoryIndex, p: number, q: HistoryQuery): boolean {
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
    pastWorkWriters: new Int32Array(0),
  };
  if (index && terms.length) pastWorkScores(corpus, index, q);
  return q;
}

/** Per-writer history lengths kept between queries: only touched slots are set (NaN = not known yet), and reset after. */
let lengths = new Float64Array(0);

/**
 * Every writer's BM25 of the query against their letters that count, taken as one document, in one
 * pass per query term over that term's letter postings (terms in query order, so each writer's sum
 * is the one a writer-by-writer loop gives). Postings are in proposal order and a writer's proposals
 * are consecutive, so a writer's term frequency is complete when the owner changes. Only writers
 * with a query term in their letters are touched (their history length is summed for them alone).
 */
function pastWorkScores(corpus: Corpus, index: HistoryIndex, q: HistoryQuery): void {
  const writers = index.writerDoc.length;
  if (lengths.length < writers) lengths = new Float64Array(writers).fill(NaN);
  const touched: number[] = [];
  const lengthOf = (w: number): number => {
    if (lengths[w] !== lengths[w]) {
      let sum = 0;
      for (let p = index.from[w]; p < index.to[w]; p++) if (counts(index, p, q)) sum += index.length[p];
      lengths[w] = sum;
      touched.push(w);
    }
    return lengths[w];
  };
  const bm25 = corpus.options.bm25;
  q.terms.forEach((term, i) => {
    const list = index.letterPostings.get(term);
    if (!list) return;
    const { proposals, tfs } = list;
    let writer = -1;
    let tf = 0;
    const flush = () => {
      if (tf > 0) q.pastWork[writer] += bm25TermScore(tf, q.idfs[i], lengthOf(writer), q.averageLength, bm25);
    };
    for (let k = 0; k < proposals.length; k++) {
      const p = proposals[k];
      if (!counts(index, p, q)) continue;
      const w = index.owner[p];
      if (w !== writer) {
        flush();
        writer = w;
        tf = 0;
      }
      tf += tfs[k];
    }
    flush();
  });
  for (const w of touched) lengths[w] = NaN;
  q.pastWorkWriters = Int32Array.from(touched);
}

const EMPTY: TrackRecord = { proposals: 0, recentProposals: 0, hires: 0, skillProposals: 0, skillHires: 0, pastWorkBm25: 0 };

export function trackRecord(corpus: Corpus, q: HistoryQuery, freelancerId: string): TrackRecord {
  if (!corpus.proposalsByFreelancer.has(freelancerId)) return EMPTY;
  const index = historyIndex(corpus);
  return writerTrack(index, q, index.writerOf.get(freelancerId) as number);
}

/** `trackRecord` by freelancer doc: an array lookup instead of two map lookups by id (the bound reads it per candidate). */
export function trackRecordOfDoc(corpus: Corpus, q: HistoryQuery, doc: number): TrackRecord {
  if (!corpus.proposalsByFreelancer.size) return EMPTY;
  const index = historyIndex(corpus);
  const writers = historyOrders(index).writerByDoc;
  const w = doc < writers.length ? writers[doc] : -1;
  return w < 0 ? EMPTY : writerTrack(index, q, w);
}

/** The track record of writer `w` (a HistoryIndex number): typed-array reads only. */
export function writerTrack(index: HistoryIndex, q: HistoryQuery, w: number): TrackRecord {
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

