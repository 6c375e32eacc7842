/**
 * A temporary engine state: a freelancer profile put into the corpus exactly as addFreelancers
 * would (skill IDF, BM25 statistics and learned similarity all see it), scored by the real
 * ranking code, then the previous state put back. Scores are therefore those of re-ranking
 * with the change applied, not of a second formula.
 */
import type { Corpus } from "../corpus/corpus.js";
import { type FreelancerDoc, type JobDoc, freelancerDoc } from "../corpus/normalize.js";
import type { FreelancerRecord } from "../model/records.js";
import { freelancerFeatures } from "../rank/freelancer-features.js";
import { prepareJobQuery } from "../rank/job-query.js";
import { rankFreelancers, rankingContext } from "../rank/rank-freelancers.js";
import { scoreOnly } from "../rank/score.js";
import type { RankResult } from "../rank/results.js";

export interface Standing {
  score: number;
  /** 1-based rank among the job's candidates (the profile counted even if stage one skips it); null beyond the window. */
  rank: number | null;
  /** Candidates in the job's ranking. */
  total: number;
  /** The ranking's top `window` items, with the profile's own item when it is among them. */
  ranking: RankResult;
}

/** Runs `fn` with `record` indexed in place of any profile of the same id, then restores the corpus. */
export function withFreelancer<T>(corpus: Corpus, record: FreelancerRecord, fn: (doc: number) => T): T {
  const table = corpus.freelancers.table;
  const before = table.doc(record.id);
  const previous = before === undefined ? undefined : (table.get(before) as FreelancerDoc);
  corpus.addFreelancer(freelancerDoc(record, corpus.vocabulary, corpus.extract, true));
  try {
    return fn(table.doc(record.id) as number);
  } finally {
    if (previous) corpus.addFreelancer(previous);
    else corpus.removeFreelancerDoc(record.id);
  }
}

/** Where the indexed profile `doc` stands for `job`, by rankFreelancers itself. */
export function standing(corpus: Corpus, job: JobDoc, doc: number, window: number): Standing {
  const id = corpus.freelancers.table.id(doc);
  const ranking = rankFreelancers(corpus, job, { limit: window });
  const own = ranking.items.find((item) => item.id === id);
  if (own) return { score: own.score, rank: own.rank, total: ranking.total, ranking };
  // Not retrieved by stage one, or below the window: the same features and model give its score.
  const q = prepareJobQuery(corpus, job);
  const ctx = rankingContext(corpus, q, {});
  const score = scoreOnly(corpus.options.models.freelancers, freelancerFeatures(corpus, q, doc, ctx, false).features);
  const above = ranking.items.filter((item) => item.score > score || (item.score === score && item.id < id)).length;
  const listedAll = ranking.items.length >= ranking.total;
  return { score, rank: above < ranking.items.length || listedAll ? above + 1 : null, total: ranking.total, ranking };
}
