/**
 * Stage one's third source: freelancers whose track record for this job is strong. Skill postings
 * and text find profiles that look right; the shipped model also weighs how much someone applied
 * recently and how close their earlier letters are to the job, which neither source sees, so
 * two-stage ranking missed such people (recall@20 against exhaustive 0.90 at 100k). A heuristic
 * for recall only: scores never depend on it, and the page is still exactly re-ranked.
 */
import type { Corpus } from "../corpus/corpus.js";
import { historyIndex } from "../corpus/history-index.js";
import { counts, type HistoryQuery, RECENT_ACTIVITY_DAYS } from "./history.js";
import { DAY_MS } from "./features/types.js";
import { kthSmallest } from "../util/select.js";
import { historyOrders } from "./history-orders.js";

/**
 * Up to `limit` freelancer docs with the best past-work BM25 and up to `limit` with the most
 * proposals in the recent window, each only when the model gives that signal a positive weight.
 */
export function trackCandidates(corpus: Corpus, q: HistoryQuery, weights: Readonly<Record<string, number>>, limit: number): number[] {
  if (!corpus.proposalsByFreelancer.size || limit <= 0) return [];
  const index = historyIndex(corpus);
  const out: number[] = [];
  const pick = (writers: ArrayLike<number>, key: (w: number) => number) => {
    for (const w of best(writers, key, limit)) if (index.writerDoc[w] >= 0) out.push(index.writerDoc[w]);
  };
  if ((weights.pastWorkRelevance ?? 0) > 0) pick(q.pastWorkWriters, (w) => q.pastWork[w]);
  if ((weights.recentActivity ?? 0) > 0) {
    const { writers, count } = recentCounts(index, q);
    pick(writers, (w) => count[w]);
    for (const w of writers) count[w] = 0;
  }
  return out;
}

/** The `limit` items with the largest keys, ties by item number (writer numbers are fixed per state of the records). */
function best(items: ArrayLike<number>, key: (item: number) => number, limit: number): number[] {
  if (items.length <= limit) return Array.from(items);
  // A plain loop: Float64Array.from with a map function goes through the iterator protocol.
  const keys = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) keys[i] = key(items[i]);
  const floor = kthSmallest(keys.slice(), keys.length - limit);
  const above: number[] = [];
  const tied: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (keys[i] > floor) above.push(items[i]);
    else if (keys[i] === floor) tied.push(items[i]);
  }
  tied.sort((a, b) => a - b);
  return above.concat(tied.slice(0, limit - above.length));
}

/** Per-writer counters kept between queries (zeroed by the caller after use). */
let recent = new Int32Array(0);
/** The writers those counters name, as a list (scratch too: a number[] of up to every writer was made per query). */
let recentWriters = new Int32Array(0);

/** Proposals per writer that count for the query and fall in its recent window (dated ones: a time-sorted scan of the window). */
function recentCounts(index: ReturnType<typeof historyIndex>, q: HistoryQuery): { writers: Int32Array; count: Int32Array } {
  if (recent.length < index.writerDoc.length) {
    recent = new Int32Array(index.writerDoc.length);
    recentWriters = new Int32Array(index.writerDoc.length);
  }
  const { byTime } = historyOrders(index);
  const since = q.at - RECENT_ACTIVITY_DAYS * DAY_MS;
  let n = 0;
  for (let k = lowerBound(index.at, byTime, since); k < byTime.length && index.at[byTime[k]] < q.at; k++) {
    const p = byTime[k];
    if (counts(index, p, q) && recent[index.owner[p]]++ === 0) recentWriters[n++] = index.owner[p];
  }
  return { writers: recentWriters.subarray(0, n), count: recent };
}

function lowerBound(at: Float64Array, order: Int32Array, x: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[order[mid]] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
