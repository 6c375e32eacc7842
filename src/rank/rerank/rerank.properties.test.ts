/** Invariants of the re-ranking stage and the reciprocal score, on generated records (fast-check). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../engine.js";
import type { FreelancerRecord, JobRecord } from "../../model/records.js";
import { SMALL_TAXONOMY } from "../../testing/small-taxonomy.js";
import { freelancersArb, jobsArb } from "../../testing/arbitraries.js";
import type { RerankOptions } from "./options.js";

const build = (freelancers: FreelancerRecord[], jobs: JobRecord[]) => {
  const e = createEngine({ taxonomy: SMALL_TAXONOMY });
  e.addFreelancers(freelancers);
  e.addJobs(jobs);
  return e;
};

const rulesArb: fc.Arbitrary<Partial<RerankOptions>> = fc.record(
  {
    pool: fc.integer({ min: 1, max: 30 }),
    diversity: fc.record({ lambda: fc.double({ min: 0, max: 1, noNaN: true }), window: fc.integer({ min: 1, max: 12 }) }),
    exposure: fc.record(
      {
        maxTop: fc.integer({ min: 0, max: 4 }),
        depth: fc.integer({ min: 1, max: 3 }),
        newcomerShare: fc.double({ min: 0, max: 1, noNaN: true }),
        newcomerWindow: fc.integer({ min: 1, max: 10 }),
        newcomerReviews: fc.integer({ min: 0, max: 100 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

describe("re-ranking invariants", () => {
  it("with every rule off, each list of the batch is exactly rankFreelancers' list", () => {
    fc.assert(
      fc.property(freelancersArb(1, 14), jobsArb(1, 5), fc.integer({ min: 1, max: 8 }), fc.boolean(), fc.boolean(), (fs, jobs, limit, exhaustive, reciprocal) => {
        const e = build(fs, jobs);
        const options = { limit, exhaustive, reciprocal };
        const batch = e.rankFreelancersBatch(jobs.map((j) => j.id), { ...options, rerank: { pool: 50, diversity: { lambda: 1 } } });
        batch.lists.forEach((list, n) => {
          const single = e.rankFreelancers(jobs[n].id, options);
          expect(list.items).toEqual(single.items);
          expect(list.total).toBe(single.total);
          for (const a of list.audit.items) expect(a).toMatchObject({ before: a.after, movedBy: [] });
        });
        expect(batch.audit.before).toEqual(batch.audit.after);
      }),
      { numRuns: 40 },
    );
  });

  it("the audit's before and after ranks are the item's positions in the model's list and in the re-ranked list", () => {
    fc.assert(
      fc.property(freelancersArb(1, 14), jobsArb(1, 5), rulesArb, (fs, jobs, rerank) => {
        const e = build(fs, jobs);
        const pool = rerank.pool ?? 100;
        const batch = e.rankFreelancersBatch(jobs.map((j) => j.id), { exhaustive: true, limit: pool, rerank });
        batch.lists.forEach((list, n) => {
          const model = e.rankFreelancers(jobs[n].id, { exhaustive: true, limit: pool }).items.map((i) => i.id);
          const after = list.items.map((i) => i.id);
          expect(list.audit.items.map((a) => a.id)).toEqual(after);
          expect([...after].sort()).toEqual([...model].sort());
          for (const a of list.audit.items) {
            expect(model[a.before - 1]).toBe(a.id);
            expect(after[a.after - 1]).toBe(a.id);
            if (a.before !== a.after) expect(a.movedBy.length).toBeGreaterThan(0);
          }
          // The score shown stays the model's, with its exact contributions.
          for (const item of list.items) expect(Math.abs(item.contributions.reduce((s, c) => s + c.contribution, 0) - item.score)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("with the exposure cap set to k, no freelancer tops more than k lists of a batch", () => {
    fc.assert(
      fc.property(freelancersArb(1, 10), jobsArb(1, 8), fc.integer({ min: 1, max: 3 }), rulesArb, (fs, jobs, k, rules) => {
        const e = build(fs, jobs);
        const rerank = { ...rules, exposure: { ...rules.exposure, maxTop: k, depth: 1 } };
        const batch = e.rankFreelancersBatch(jobs.map((j) => j.id), { exhaustive: true, limit: 5, rerank });
        const tops = new Map<string, number>();
        // A list whose pool holds nobody under the cap says so (capUnmet); every other list respects the cap.
        for (const list of batch.lists) if (list.items.length && !list.audit.capUnmet) tops.set(list.items[0].id, (tops.get(list.items[0].id) ?? 0) + 1);
        for (const count of tops.values()) expect(count).toBeLessThanOrEqual(k);
        expect(batch.audit.capUnmet).toBe(batch.lists.filter((l) => l.audit.capUnmet).length);
        // With everyone pooled for every job, k * freelancers >= lists always leaves someone under the cap.
        if ((rules.pool ?? 100) >= fs.length && k * fs.length >= jobs.length) {
          expect(batch.audit.capUnmet).toBe(0);
          expect(batch.audit.after.mostTopped!.lists).toBeLessThanOrEqual(k);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("a batch ranked one job at a time equals the batch ranked at once", () => {
    fc.assert(
      fc.property(freelancersArb(1, 12), jobsArb(1, 6), rulesArb, (fs, jobs, rerank) => {
        const e = build(fs, jobs);
        const options = { limit: 6, rerank };
        const all = e.rankFreelancersBatch(jobs.map((j) => j.id), options);
        const stream = e.startFreelancerBatch(options);
        expect(jobs.map((j) => stream.rank(j.id))).toEqual(all.lists);
        expect(stream.audit()).toEqual(all.audit);
      }),
      { numRuns: 30 },
    );
  });
});

describe("reciprocal score", () => {
  it("the contributions of both sides add up to the score (1e-9), and each side's to its own score", () => {
    fc.assert(
      fc.property(freelancersArb(1, 12), jobsArb(1, 3), fc.double({ min: 0, max: 1, noNaN: true }), (fs, jobs, weight) => {
        const e = build(fs, jobs);
        for (const job of jobs) {
          const r = e.rankFreelancers(job.id, { exhaustive: true, limit: 50, reciprocal: { weight } });
          for (let i = 1; i < r.items.length; i++) {
            const [a, b] = [r.items[i - 1], r.items[i]];
            expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
          }
          for (const item of r.items) {
            const sum = (group?: string) => item.contributions.filter((c) => group === undefined || c.group === group).reduce((s, c) => s + c.contribution, 0);
            expect(Math.abs(sum() - item.score)).toBeLessThan(1e-9);
            expect(item.contributions.every((c) => c.group === "freelancerFitsJob" || c.group === "jobFitsFreelancer")).toBe(true);
            const sides = item.sides!;
            expect(Math.abs(sum("freelancerFitsJob") - (1 - weight) * sides.freelancerFitsJob)).toBeLessThan(1e-9);
            expect(Math.abs(sum("jobFitsFreelancer") - weight * sides.jobFitsFreelancer)).toBeLessThan(1e-9);
            for (const c of item.contributions) expect(Math.abs(c.contribution - c.value * c.weight!)).toBeLessThan(1e-12);
            for (const reason of item.reasons) expect(reason).toMatch(/^for the (job|freelancer): /);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("with weight 0 the order and scores are the one-sided ranking's", () => {
    fc.assert(
      fc.property(freelancersArb(1, 12), jobsArb(1, 2), (fs, jobs) => {
        const e = build(fs, jobs);
        const one = e.rankFreelancers(jobs[0].id, { exhaustive: true, limit: 20 });
        const two = e.rankFreelancers(jobs[0].id, { exhaustive: true, limit: 20, reciprocal: { weight: 0 } });
        expect(two.items.map((i) => i.id)).toEqual(one.items.map((i) => i.id));
        two.items.forEach((item, n) => expect(Math.abs(item.score - one.items[n].score)).toBeLessThan(1e-12));
      }),
      { numRuns: 30 },
    );
  });
});
