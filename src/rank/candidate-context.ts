/**
 * What the query-relative features of one job's ranking need to know about all of its candidates:
 * each candidate's raw signals (BM25 of the profile, track record) and their spread over the
 * candidate set. Computed once per ranking, before any candidate is scored, so the features stay
 * pure functions of (raw value, spread) and the early-stopping bound can use them exactly.
 */
import type { Corpus } from "../corpus/corpus.js";
import type { JobQuery } from "./job-query.js";
import { historyIndex } from "../corpus/history-index.js";
import { historyQuery, type HistoryQuery, trackRecordOfDoc, type TrackRecord } from "./history.js";
import { type TrackMaxima, trackMaxima } from "./track-maxima.js";
import { type BestOf, RANK_DEPTH, topSpread, type TopSpread } from "./features/relative.js";

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
  /** Text is ranked (its best RANK_DEPTH); the other signals are read as shares of the best (their best only). */
  spreads: {
    textMatch: TopSpread;
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
 * For a whole population, text is read from the early-terminated top (only the best RANK_DEPTH
 * matter, TextIndex.top) and the track records from the writers; everyone else counts as a zero.
 */
export function candidateContext(corpus: Corpus, q: JobQuery, population: Population | readonly number[]): CandidateContext {
  const history = historyOf(corpus, q);
  const compute = (doc: number): CandidateSignals => {
    const text = corpus.freelancers.text.match(q.text, doc);
    return signalsOf(corpus, history, doc, text.score, text.matched);
  };
  const known = new Map<number, CandidateSignals>();
  const pop: Population = Array.isArray(population) ? { docs: population } : (population as Population);
  let size: number;
  let bestStars = 0;
  let textMatch: TopSpread;
  let track: TrackMaxima = { proposals: 0, recentProposals: 0, skillProposals: 0, pastWorkBm25: 0 };
  if ("docs" in pop) {
    for (const doc of pop.docs) known.set(doc, compute(doc));
    size = known.size;
    for (const s of known.values()) {
      bestStars = Math.max(bestStars, s.stars);
      for (const field of TRACK_FIELDS) track[field] = Math.max(track[field], s.track[field]);
    }
    textMatch = topSpread(Array.from(known.values(), (s) => s.textMatch), size);
  } else {
    // Signals are made per doc only when a doc is scored; the spreads need just the best text
    // scores, the writers' best track record and the most stars.
    ({ size, bestStars } = populationFacts(corpus, pop.keep));
    const top = corpus.freelancers.text.top(q.text, RANK_DEPTH, pop.keep);
    textMatch = { max: top.values.length ? top.values[0] : 0, top: top.values.slice().reverse(), complete: top.complete, size };
    if (corpus.proposalsByFreelancer.size) track = trackMaxima(corpus, historyIndex(corpus), history, pop.keep);
  }
  return {
    history,
    signals: (doc) => {
      let s = known.get(doc);
      if (!s) known.set(doc, (s = compute(doc)));
      return s;
    },
    spreads: {
      textMatch,
      stars: { max: bestStars },
      proposals: { max: track.proposals },
      recentProposals: { max: track.recentProposals },
      skillProposals: { max: track.skillProposals },
      pastWorkBm25: { max: track.pastWorkBm25 },
    },
  };
}

const histories = new WeakMap<JobQuery, { corpus: Corpus; history: HistoryQuery }>();

/** The job's history query, made once per prepared query and corpus (stage one and the context share it). */
export function historyOf(corpus: Corpus, q: JobQuery): HistoryQuery {
  const cached = histories.get(q);
  if (cached?.corpus === corpus) return cached.history;
  const history = historyQuery(corpus, q.job, corpus.freelancers.text.termsOf(q.text), q.text.idfs);
  histories.set(q, { corpus, history });
  return history;
}

function signalsOf(corpus: Corpus, history: HistoryQuery, doc: number, score: number, matched: number): CandidateSignals {
  return {
    textBm25: score,
    textMatch: score * matched,
    stars: starsOf(corpus, doc),
    track: trackRecordOfDoc(corpus, history, doc),
  };
}

const TRACK_FIELDS = ["proposals", "recentProposals", "skillProposals", "pastWorkBm25"] as const;

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
