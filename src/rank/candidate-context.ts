/**
 * What the query-relative features of one job's ranking need to know about all of its candidates:
 * each candidate's raw signals (BM25 of the profile, track record) and their spread over the
 * candidate set. Computed once per ranking, before any candidate is scored, so the features stay
 * pure functions of (raw value, spread) and the early-stopping bound can use them exactly.
 */
import type { Corpus } from "../corpus/corpus.js";
import type { JobQuery } from "./job-query.js";
import { historyIndex } from "../corpus/history-index.js";
import { historyQuery, type HistoryQuery, trackRecord, type TrackRecord, writerTrack } from "./history.js";
import { type BestOf, signalSpread, type SignalSpread } from "./features/relative.js";

export interface CandidateSignals {
  /** BM25 of the job's text against the profile. */
  textBm25: number;
  /** BM25 x distinct query terms matched (the coordinated score MiniSearch ranks by). */
  textMatch: number;
  /** Total stars: rating x review count (0 without reviews), the evidence a reputation rests on. */
  stars: number;
  track: TrackRecord;
}

export interface CandidateContext {
  history: HistoryQuery;
  signals: (doc: number) => CandidateSignals;
  /** Text is ranked (a full spread); the other signals are read as shares of the best (their best only). */
  spreads: {
    textMatch: SignalSpread;
    stars: BestOf;
    proposals: BestOf;
    recentProposals: BestOf;
    skillProposals: BestOf;
    pastWorkBm25: BestOf;
  };
}

/**
 * Who a ranking's query-relative features are read against: an explicit list of docs, or every
 * live freelancer that passes `keep` (all of them without filters).
 */
export type Population = { docs: readonly number[] } | { keep: ((doc: number) => boolean) | undefined };

/**
 * Raw signals of the population and their spreads; other docs are computed on demand.
 * For a whole population only the docs with a non-zero signal are visited (those a query term's
 * postings name, those with reviews, those with proposals); everyone else counts as a zero.
 */
export function candidateContext(corpus: Corpus, q: JobQuery, population: Population | readonly number[]): CandidateContext {
  const history = historyQuery(corpus, q.job, corpus.freelancers.text.termsOf(q.text), q.text.idfs);
  const compute = (doc: number): CandidateSignals => {
    const text = corpus.freelancers.text.match(q.text, doc);
    return signalsOf(corpus, history, doc, text.score, text.matched);
  };
  const known = new Map<number, CandidateSignals>();
  const pop: Population = Array.isArray(population) ? { docs: population } : (population as Population);
  let size: number;
  let bestStars = 0;
  const textMatch: number[] = [];
  const tracks: TrackRecord[] = [];
  if ("docs" in pop) {
    for (const doc of pop.docs) known.set(doc, compute(doc));
    size = known.size;
    for (const s of known.values()) {
      bestStars = Math.max(bestStars, s.stars);
      textMatch.push(s.textMatch);
      tracks.push(s.track);
    }
  } else {
    // Signals are made per doc only when a doc is scored; the spreads need just the text scores,
    // the writers' track records and the most stars.
    ({ size, bestStars } = populationFacts(corpus, pop.keep));
    const acc = corpus.freelancers.text.accumulate(q.text);
    const keep = pop.keep;
    for (let k = 0; k < acc.docs.length; k++) if (!keep || keep(acc.docs[k])) textMatch.push(acc.scores[k] * acc.matched[k]);
    if (corpus.proposalsByFreelancer.size) {
      const index = historyIndex(corpus);
      for (let w = 0; w < index.writerDoc.length; w++) {
        const doc = index.writerDoc[w];
        if (doc >= 0 && (!keep || keep(doc))) tracks.push(writerTrack(index, history, w));
      }
    }
  }
  const best = (pick: (t: TrackRecord) => number): BestOf => ({ max: tracks.reduce((m, t) => Math.max(m, pick(t)), 0) });
  // Docs not listed have no query term: they enter the text spread as counted zeros.
  const nonZero = textMatch.filter((v) => v !== 0);
  return {
    history,
    signals: (doc) => {
      let s = known.get(doc);
      if (!s) known.set(doc, (s = compute(doc)));
      return s;
    },
    spreads: {
      textMatch: signalSpread(nonZero, size - nonZero.length),
      stars: { max: bestStars },
      proposals: best((t) => t.proposals),
      recentProposals: best((t) => t.recentProposals),
      skillProposals: best((t) => t.skillProposals),
      pastWorkBm25: best((t) => t.pastWorkBm25),
    },
  };
}

function signalsOf(corpus: Corpus, history: HistoryQuery, doc: number, score: number, matched: number): CandidateSignals {
  return {
    textBm25: score,
    textMatch: score * matched,
    stars: starsOf(corpus, doc),
    track: trackRecord(corpus, history, corpus.freelancers.table.id(doc)),
  };
}

const starsOf = (corpus: Corpus, doc: number) => (corpus.rating.get(doc) ?? 0) * (corpus.reviewCount.get(doc) ?? 0);

/** Keyed by the freelancer side, which boosted views of a corpus share (see boostedCorpus). */
const mostStarsCache = new WeakMap<object, { version: number; max: number }>();

/**
 * How many are in the population and the most stars any of them has, in one pass over the docs when
 * filtered; unfiltered, the size is the table's and the most stars are cached until the records change.
 */
function populationFacts(corpus: Corpus, keep: ((doc: number) => boolean) | undefined): { size: number; bestStars: number } {
  const table = corpus.freelancers.table;
  const cached = keep ? undefined : mostStarsCache.get(corpus.freelancers);
  if (cached?.version === corpus.version) return { size: table.size, bestStars: cached.max };
  let size = 0;
  let max = 0;
  for (const doc of table.docs()) {
    if (keep && !keep(doc)) continue;
    size++;
    max = Math.max(max, starsOf(corpus, doc));
  }
  if (!keep) mostStarsCache.set(corpus.freelancers, { version: corpus.version, max });
  return { size, bestStars: max };
}
