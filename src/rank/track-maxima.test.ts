import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../corpus/corpus.js";
import { historyIndex } from "../corpus/history-index.js";
import { prepareJobQuery } from "./job-query.js";
import { historyQuery, writerTrack } from "./history.js";
import { trackMaxima } from "./track-maxima.js";
import { HISTORY_SKILLS, historyCorpus, historyJobsArb, historyProposalsArb } from "../testing/history-arbitraries.js";
import { bm25TermScore } from "../text/bm25.js";

/** Every writer's track record, the slow way: the maxima trackMaxima must equal. */
function bruteMaxima(corpus: Corpus, q: ReturnType<typeof historyQuery>, keep: (doc: number) => boolean) {
  const index = historyIndex(corpus);
  const best = { proposals: 0, recentProposals: 0, skillProposals: 0, pastWorkBm25: 0 };
  for (let w = 0; w < index.writerDoc.length; w++) {
    if (index.writerDoc[w] < 0 || !keep(index.writerDoc[w])) continue;
    const t = writerTrack(index, q, w);
    for (const f of Object.keys(best) as (keyof typeof best)[]) best[f] = Math.max(best[f], t[f]);
  }
  return best;
}

/** A writer's past-work BM25 the slow way: their counted letters as one document, terms in query order. */
function slowPastWork(corpus: Corpus, q: ReturnType<typeof historyQuery>, w: number): number {
  const index = historyIndex(corpus);
  const counted = (p: number) => index.job[p] !== q.jobDoc && !(index.at[p] >= q.at);
  let length = 0;
  for (let p = index.from[w]; p < index.to[w]; p++) if (counted(p)) length += index.length[p];
  let sum = 0;
  q.terms.forEach((term, i) => {
    const list = index.letterPostings.get(term);
    let tf = 0;
    if (list) for (let k = 0; k < list.proposals.length; k++) if (index.owner[list.proposals[k]] === w && counted(list.proposals[k])) tf += list.tfs[k];
    if (tf > 0) sum += bm25TermScore(tf, q.idfs[i], length, q.averageLength, corpus.options.bm25);
  });
  return sum;
}

describe("track maxima", () => {
  it("and every writer's past-work BM25 equal the slow, writer-by-writer values; the maxima of every writer's track record, for any proposals, dates and filter (property)", () => {
    fc.assert(
      fc.property(historyJobsArb(8), historyProposalsArb(11, 8, 60), fc.nat(3), (jobs, proposals, mod) => {
        const corpus = historyCorpus(Array.from({ length: 11 }, (_, i) => ({ title: "developer", skills: [HISTORY_SKILLS[i % HISTORY_SKILLS.length]] })), jobs, proposals);
        if (!corpus.proposalsByFreelancer.size) return;
        const keep = (doc: number) => doc % (mod + 1) === 0;
        for (let j = 0; j < jobs.length; j++) {
          const job = corpus.jobs.table.get(corpus.jobs.table.doc(`j${j}`) as number)!;
          const jq = prepareJobQuery(corpus, job);
          const q = historyQuery(corpus, job, corpus.freelancers.text.termsOf(jq.text), jq.text.idfs);
          expect(trackMaxima(corpus, historyIndex(corpus), q, keep)).toEqual(bruteMaxima(corpus, q, keep));
          const index = historyIndex(corpus);
          for (let w = 0; w < index.writerDoc.length; w++) expect(q.pastWork[w]).toBe(slowPastWork(corpus, q, w));
          expect(trackMaxima(corpus, historyIndex(corpus), q, undefined)).toEqual(bruteMaxima(corpus, q, () => true));
        }
      }),
      { numRuns: 60 },
    );
  });
});
