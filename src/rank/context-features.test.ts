import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JobDoc } from "../corpus/normalize.js";
import { prepareJobQuery } from "./job-query.js";
import { candidateContext } from "./candidate-context.js";
import { addContextFeatures, CONTEXT_FEATURES, contextFeatures } from "./freelancer-features.js";
import { HISTORY_SKILLS, HISTORY_WORDS, historyCorpus, historyJobsArb, historyProposalsArb } from "../testing/history-arbitraries.js";

// Zero weights are skipped by addContextFeatures: they must be drawn often.
const weightArb = fc.oneof(fc.constant(0), fc.double({ min: -3, max: 3, noNaN: true }));

describe("addContextFeatures (the score bound's sum of the context features)", () => {
  it("equals folding contextFeatures' values times their weights in order, bit for bit, for any track records and weights (property)", () => {
    fc.assert(
      fc.property(historyJobsArb(6), historyProposalsArb(10, 6, 40), fc.array(weightArb, { minLength: CONTEXT_FEATURES.length, maxLength: CONTEXT_FEATURES.length }), fc.double({ min: -5, max: 5, noNaN: true }), (jobs, proposals, weights, start) => {
        const corpus = historyCorpus(Array.from({ length: 10 }, (_, i) => ({ title: `${HISTORY_WORDS[i % HISTORY_WORDS.length]} developer`, skills: [HISTORY_SKILLS[i % HISTORY_SKILLS.length]], rating: 3 + (i % 3), reviewCount: i })), jobs, proposals);
        for (let j = 0; j < jobs.length; j++) {
          const q = prepareJobQuery(corpus, corpus.jobs.table.get(corpus.jobs.table.doc(`j${j}`) as number) as JobDoc);
          const ctx = candidateContext(corpus, q, { keep: undefined });
          for (const doc of corpus.freelancers.table.docs()) {
            const features = contextFeatures(ctx, doc);
            expect(features.map(([name]) => name)).toEqual([...CONTEXT_FEATURES]);
            let folded = start;
            features.forEach(([, result], i) => {
              if (weights[i] !== 0) folded += weights[i] * result.value;
            });
            expect(addContextFeatures(ctx, doc, weights, start)).toBe(folded);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
