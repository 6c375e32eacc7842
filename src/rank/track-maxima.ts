/**
 * The best track record of a query's population, field by field (the share-of-best features'
 * denominators), without a track record for every writer:
 * - proposals and recent proposals: writers by total proposals, most first; a writer can have at
 *   most their total before the query's instant, so the scan stops at the first writer whose total
 *   cannot beat the best recent count found (recent proposals are a subset of proposals);
 * - proposals in the job's skills: only the proposals to jobs that share a skill are read (jobs by
 *   the skill postings, their proposals by an inverse index);
 * - past-work BM25: only the writers whose letters hold a query term (HistoryQuery.pastWorkWriters).
 * Each maximum is exactly the one `writerTrack` over every writer gives (property-tested).
 */
import type { Corpus } from "../corpus/corpus.js";
import type { HistoryIndex } from "../corpus/history-index.js";
import { counts, type HistoryQuery, RECENT_ACTIVITY_DAYS } from "./history.js";
import { DAY_MS } from "./features/types.js";
import { historyOrders } from "./history-orders.js";

export interface TrackMaxima {
  proposals: number;
  recentProposals: number;
  skillProposals: number;
  pastWorkBm25: number;
}

/** Writers counted: they have a freelancer doc and pass the population's filter. */
type WriterFilter = (w: number) => boolean;

export function trackMaxima(corpus: Corpus, index: HistoryIndex, q: HistoryQuery, keep: ((doc: number) => boolean) | undefined): TrackMaxima {
  const member: WriterFilter = (w) => index.writerDoc[w] >= 0 && (!keep || keep(index.writerDoc[w]));
  return { ...mostProposals(index, q, member), skillProposals: mostSkillProposals(corpus, index, q, member), pastWorkBm25: bestPastWork(q, member) };
}

function mostProposals(index: HistoryIndex, q: HistoryQuery, member: WriterFilter): { proposals: number; recentProposals: number } {
  const { byVolume } = historyOrders(index);
  const since = q.at - RECENT_ACTIVITY_DAYS * DAY_MS;
  let proposals = 0;
  let recentProposals = 0;
  for (let k = 0; k < byVolume.length; k++) {
    const w = byVolume[k];
    if (index.to[w] - index.from[w] <= recentProposals) break;
    if (!member(w)) continue;
    let all = 0;
    let recent = 0;
    for (let p = index.from[w]; p < index.to[w]; p++) {
      if (!counts(index, p, q)) continue;
      all++;
      if (!(index.at[p] < since)) recent++;
    }
    if (all > proposals) proposals = all;
    if (recent > recentProposals) recentProposals = recent;
  }
  return { proposals, recentProposals };
}

/** Per-writer counters kept between queries (zeroed after each use). */
let skillCounts = new Int32Array(0);

function mostSkillProposals(corpus: Corpus, index: HistoryIndex, q: HistoryQuery, member: WriterFilter): number {
  const { jobOffsets, jobProposals } = historyOrders(index);
  if (skillCounts.length < index.writerDoc.length) skillCounts = new Int32Array(index.writerDoc.length);
  const touched: number[] = [];
  const seenJob = new Set<number>();
  let best = 0;
  try {
    for (const s of q.skills) {
      for (const job of corpus.jobs.postings.docs(s)) {
        if (seenJob.has(job) || job + 1 >= jobOffsets.length) continue;
        seenJob.add(job);
        for (let k = jobOffsets[job]; k < jobOffsets[job + 1]; k++) {
          const p = jobProposals[k];
          if (!counts(index, p, q)) continue;
          const w = index.owner[p];
          if (skillCounts[w]++ === 0) touched.push(w);
        }
      }
    }
    for (const w of touched) if (skillCounts[w] > best && member(w)) best = skillCounts[w];
  } finally {
    for (const w of touched) skillCounts[w] = 0;
  }
  return best;
}

function bestPastWork(q: HistoryQuery, member: WriterFilter): number {
  let best = 0;
  for (const w of q.pastWorkWriters) if (q.pastWork[w] > best && member(w)) best = q.pastWork[w];
  return best;
}
