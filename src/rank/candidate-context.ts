/**
 * What the query-relative features of one job's ranking need to know about all of its candidates:
 * each candidate's raw signals (BM25 of the profile, track record) and their spread over the
 * candidate set. Computed once per ranking, before any candidate is scored, so the features stay
 * pure functions of (raw value, spread) and the early-stopping bound can use them exactly.
 */
import type { Corpus } from "../corpus/corpus.js";
import type { JobQuery } from "./job-query.js";
import { historyQuery, type HistoryQuery, trackRecord, type TrackRecord } from "./history.js";
import { signalSpread, type SignalSpread } from "./features/relative.js";

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
  spreads: {
    textBm25: SignalSpread;
    textMatch: SignalSpread;
    stars: SignalSpread;
    proposals: SignalSpread;
    recentProposals: SignalSpread;
    skillProposals: SignalSpread;
    pastWorkBm25: SignalSpread;
  };
}

/** Raw signals of every doc in `docs` and their spreads; other docs are computed on demand. */
export function candidateContext(corpus: Corpus, q: JobQuery, docs: readonly number[]): CandidateContext {
  const history = historyQuery(corpus, q.job, corpus.freelancers.text.termsOf(q.text), q.text.idfs);
  const compute = (doc: number): CandidateSignals => {
    const text = corpus.freelancers.text.match(q.text, doc);
    return {
    textBm25: text.score,
    textMatch: text.score * text.matched,
    stars: (corpus.rating.get(doc) ?? 0) * (corpus.reviewCount.get(doc) ?? 0),
    track: trackRecord(corpus, history, corpus.freelancers.table.id(doc)),
    };
  };
  const known = new Map<number, CandidateSignals>();
  for (const doc of docs) known.set(doc, compute(doc));
  const all = [...known.values()];
  const spread = (pick: (s: CandidateSignals) => number) => signalSpread(all.map(pick));
  return {
    history,
    signals: (doc) => known.get(doc) ?? compute(doc),
    spreads: {
      textBm25: spread((s) => s.textBm25),
      textMatch: spread((s) => s.textMatch),
      stars: spread((s) => s.stars),
      proposals: spread((s) => s.track.proposals),
      recentProposals: spread((s) => s.track.recentProposals),
      skillProposals: spread((s) => s.track.skillProposals),
      pastWorkBm25: spread((s) => s.track.pastWorkBm25),
    },
  };
}
