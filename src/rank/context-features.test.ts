import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import type { Corpus } from "../corpus/corpus.js";
import type { JobDoc } from "../corpus/normalize.js";
import { prepareJobQuery } from "./job-query.js";
import { candidateContext } from "./candidate-context.js";
import { addContextFeatures, CONTEXT_FEATURES, contextFeatures } from "./freelancer-features.js";
import { SMALL_TAXONOMY } from "../testing/small-taxonomy.js";

const SKILLS = ["React", "Python", "Node.js", "GraphQL", "TypeScript"];
const WORDS = ["react", "python", "api", "dashboard", "data", "node", "tests"];
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

const jobArb = fc.record({ skills: fc.subarray(SKILLS, { maxLength: 2 }), day: fc.option(fc.nat(400)), words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }) });
const proposalArb = fc.record({ freelancer: fc.nat(9), job: fc.nat(5), day: fc.option(fc.nat(400)), words: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }), hired: fc.boolean() });
// Zero weights are skipped by addContextFeatures: they must be drawn often.
const weightArb = fc.oneof(fc.constant(0), fc.double({ min: -3, max: 3, noNaN: true }));

describe("addContextFeatures (the score bound's sum of the context features)", () => {
  it("equals folding contextFeatures' values times their weights in order, bit for bit, for any track records and weights (property)", () => {
    fc.assert(
      fc.property(fc.array(jobArb, { minLength: 6, maxLength: 6 }), fc.array(proposalArb, { maxLength: 40 }), fc.array(weightArb, { minLength: CONTEXT_FEATURES.length, maxLength: CONTEXT_FEATURES.length }), fc.double({ min: -5, max: 5, noNaN: true }), (jobs, proposals, weights, start) => {
        const e = createEngine({ taxonomy: SMALL_TAXONOMY });
        e.addFreelancers(Array.from({ length: 10 }, (_, i) => ({ id: `f${i}`, title: `${WORDS[i % WORDS.length]} developer`, skills: [SKILLS[i % SKILLS.length]], rating: 3 + (i % 3), reviewCount: i })));
        e.addJobs(jobs.map((j, i) => ({ id: `j${i}`, title: j.words.join(" "), description: j.words.join(" "), skills: j.skills, postedAt: j.day === null ? undefined : new Date(T0 + j.day * DAY).toISOString() })));
        e.addProposals(proposals.map((p, i) => ({ id: `p${i}`, jobId: `j${p.job}`, freelancerId: `f${p.freelancer}`, coverLetter: p.words.join(" "), submittedAt: p.day === null ? undefined : new Date(T0 + p.day * DAY).toISOString() })));
        e.addReviews(proposals.filter((p) => p.hired).map((p, i) => ({ id: `r${i}`, freelancerId: `f${p.freelancer}`, jobId: `j${p.job}`, rating: 5 })));
        const corpus = (e as unknown as { corpus: Corpus }).corpus;
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
