import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skillCoverage } from "../../src/generate/preference.js";
import { FreelancerPool } from "../../src/generate/pool.js";
import { JobGrader, coverage, dcg, ndcg, rebuildTruth } from "./quality.js";

const truth = rebuildTruth(3, 300, [0, 1, 2, 3, 4]);

describe("hidden-preference grading", () => {
  it("coverage gives the generator's skillCoverage credit (1 exact, 0.5 related) for any skill sets", () => {
    const n = truth.model.skills.length;
    fc.assert(
      fc.property(fc.array(fc.nat(n - 1), { maxLength: 6 }), fc.array(fc.nat(n - 1), { maxLength: 12 }), (wanted, held) => {
        const marks = wanted.map((w) => {
          const m = new Uint8Array(n);
          for (let k = truth.model.relatedStart[w]; k < truth.model.relatedStart[w + 1]; k++) m[truth.model.relatedIds[k]] = 1;
          m[w] = 2;
          return m;
        });
        expect(coverage(marks, held)).toBeCloseTo(skillCoverage(truth.model, wanted, held), 12);
      }),
      { numRuns: 200 },
    );
  });

  it("ideal grades are the corpus' best grades, descending, and no freelancer beats the last of them", () => {
    for (const job of truth.jobs.values()) {
      const grader = new JobGrader(truth, job);
      const ideal = grader.idealGrades(20);
      expect(ideal).toEqual([...ideal].sort((a, b) => b - a));
      const all = Array.from({ length: truth.pool.size }, (_, f) => grader.grade(f)).sort((a, b) => b - a);
      expect(ideal).toEqual(all.slice(0, 20));
      expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
    }
  });

  it("a freelancer holding all of a job's required skills is worth 3 more than one holding nothing related, other things equal", () => {
    const job = truth.jobs.get("j1")!;
    const m = truth.model;
    const near = (w: number, s: number) => w === s || m.relatedIds.subarray(m.relatedStart[w], m.relatedStart[w + 1]).includes(s);
    const unrelated = m.skills.findIndex((_, s) => ![...job.required, ...job.niceToHave].some((w) => near(w, s)));
    const p = truth.pool;
    const base = { role: p.role[0], rate: p.rate[0], rating: p.rating[0], reviewCount: p.reviewCount[0], level: p.levelOf(0), years: p.years[0], boilerplate: false };
    const pool = new FreelancerPool(2);
    pool.add({ ...base, skills: job.required });
    pool.add({ ...base, skills: [unrelated] });
    const grader = new JobGrader({ ...truth, pool }, job);
    expect(grader.utility(0) - grader.utility(1)).toBeCloseTo(3 + skillCoverage(m, job.niceToHave, job.required), 10);
  });
});

describe("NDCG@20", () => {
  it("is 1 for the ideal order, below 1 for any other order of distinct grades, and 0 with no gain", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 30 }), (raw) => {
        const grades = raw.map((g) => g / 10);
        const ideal = [...grades].sort((a, b) => b - a);
        expect(ndcg(ideal, grades)).toBeCloseTo(1, 12);
        const worst = [...ideal].reverse();
        if (ideal.slice(0, 20).some((g, i) => g !== worst[i])) expect(ndcg(worst, grades)).toBeLessThan(1);
        expect(ndcg(grades.map(() => 0), grades)).toBe(ideal[0] === 0 ? 1 : 0);
      }),
    );
  });

  it("uses gain 2^grade - 1 and a log2(rank + 1) discount", () => {
    expect(dcg([1, 2])).toBeCloseTo(1 / 1 + 3 / Math.log2(3), 12);
  });
});
