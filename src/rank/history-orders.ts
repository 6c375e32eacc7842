/**
 * Lookups derived from a history index that queries read but the snapshot does not store: built
 * once per index (per state of the records), on first use, in one place.
 */
import type { HistoryIndex } from "../corpus/history-index.js";

export interface HistoryOrders {
  /** Writers by total proposals, most first (ties by writer number). */
  byVolume: Int32Array;
  /** Each job doc's proposals, as CSR over job docs. */
  jobOffsets: Uint32Array;
  jobProposals: Int32Array;
  /** Per freelancer doc, its writer number (-1 without proposals). */
  writerByDoc: Int32Array;
  /** Dated proposals by submission time (undated ones are left out: their recency is unknown). */
  byTime: Int32Array;
}

const cache = new WeakMap<HistoryIndex, HistoryOrders>();

export function historyOrders(index: HistoryIndex): HistoryOrders {
  let o = cache.get(index);
  if (!o) cache.set(index, (o = { byVolume: byVolume(index), ...proposalsByJob(index), writerByDoc: writerByDoc(index), byTime: byTime(index) }));
  return o;
}

function byVolume(index: HistoryIndex): Int32Array {
  const volume = (w: number) => index.to[w] - index.from[w];
  return Int32Array.from({ length: index.writerDoc.length }, (_, w) => w).sort((a, b) => volume(b) - volume(a) || a - b);
}

function proposalsByJob(index: HistoryIndex): { jobOffsets: Uint32Array; jobProposals: Int32Array } {
  let jobs = 0;
  for (let p = 0; p < index.job.length; p++) jobs = Math.max(jobs, index.job[p] + 1);
  const jobOffsets = new Uint32Array(jobs + 1);
  for (let p = 0; p < index.job.length; p++) if (index.job[p] >= 0) jobOffsets[index.job[p] + 1]++;
  for (let j = 0; j < jobs; j++) jobOffsets[j + 1] += jobOffsets[j];
  const cursor = jobOffsets.slice(0, jobs);
  const jobProposals = new Int32Array(jobOffsets[jobs]);
  for (let p = 0; p < index.job.length; p++) if (index.job[p] >= 0) jobProposals[cursor[index.job[p]]++] = p;
  return { jobOffsets, jobProposals };
}

function writerByDoc(index: HistoryIndex): Int32Array {
  let capacity = 0;
  for (const doc of index.writerDoc) capacity = Math.max(capacity, doc + 1);
  const out = new Int32Array(capacity).fill(-1);
  index.writerDoc.forEach((doc, w) => {
    if (doc >= 0) out[doc] = w;
  });
  return out;
}

function byTime(index: HistoryIndex): Int32Array {
  const dated: number[] = [];
  for (let p = 0; p < index.at.length; p++) if (index.at[p] === index.at[p]) dated.push(p);
  return Int32Array.from(dated).sort((a, b) => index.at[a] - index.at[b] || a - b);
}
