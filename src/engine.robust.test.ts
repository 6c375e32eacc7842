/** Issue 14: hostile and messy input through the API (clock, atomic batches, limits, unknown keys, policy). */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEngine } from "./engine.js";
import { BestMatchError } from "./errors.js";
import type { Engine } from "./engine-types.js";
import { SMALL_TAXONOMY } from "./testing/small-taxonomy.js";
import type { FreelancerRecord, JobRecord } from "./model/records.js";
import { RECORD_LIMITS } from "./model/limits.js";
import { CLOCK_MARGIN_MS, CLOCK_MIN_DATES, clockCeiling, readClock } from "./corpus/clock.js";
import { DocTable, NumberColumn, SkillPostings } from "./corpus/doc-table.js";
import { TextIndex } from "./corpus/text-index.js";
import { Corpus } from "./corpus/corpus.js";
import { CooccurrenceCounts } from "./skills/similarity.js";
import { SkillVocabulary } from "./skills/vocabulary.js";

const taxonomy = SMALL_TAXONOMY;
const DAY = 86_400_000;
const job: JobRecord = { id: "j1", title: "Next.js dashboard", skills: ["Next.js", "TypeScript"], budget: { type: "hourly", max: 60 }, postedAt: "2025-03-01" };
const people: FreelancerRecord[] = [
  { id: "a", title: "Next.js developer", skills: ["Next.js", "TypeScript"], lastActiveAt: "2025-03-01", hourlyRate: 50 },
  { id: "b", title: "React developer", skills: ["React", "TypeScript"], lastActiveAt: "2025-02-27" },
  { id: "c", title: "TypeScript developer", skills: ["TypeScript"], lastActiveAt: "2024-11-01" },
];

function engine(options = {}): Engine {
  const e = createEngine({ taxonomy, ...options });
  e.addFreelancers(people);
  e.addJobs([job]);
  return e;
}

function thrown(fn: () => unknown): BestMatchError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BestMatchError) return e;
    throw e;
  }
  throw new Error("expected a BestMatchError, nothing was thrown");
}

const recencyOf = (e: Engine, id: string): number => {
  const item = e.rankFreelancers("j1", { exhaustive: true, limit: 100 }).items.find((i) => i.id === id);
  return item?.contributions.find((c) => c.feature === "recency")?.value ?? NaN;
};

describe("the data clock (issue 14, bug 1)", () => {
  it("when one freelancer is dated 2099 then the others keep their recency and the outlier is reported", () => {
    const e = engine();
    const before = recencyOf(e, "b");
    const reasonsBefore = e.rankFreelancers("j1", { exhaustive: true }).items.find((i) => i.id === "b")?.reasons;
    e.addFreelancers([{ id: "future", title: "Plumber", lastActiveAt: "2099-01-01" }]);
    expect(recencyOf(e, "b")).toBe(before);
    expect(e.rankFreelancers("j1", { exhaustive: true }).items.find((i) => i.id === "b")?.reasons).toEqual(reasonsBefore);
    expect(reasonsBefore).toContain("active in the last week");
    expect(e.stats().futureDates).toEqual([{ kind: "freelancer", id: "future", field: "lastActiveAt", date: "2099-01-01T00:00:00.000Z" }]);
    expect(e.stats().futureDateCount).toBe(1);
    expect(e.stats().now).toBe("2025-03-01T00:00:00.000Z");
  });

  it("when a job is posted in 2030 then the clock stays with the data", () => {
    const e = engine();
    e.addJobs([{ id: "late", title: "Plumbing", postedAt: "2030-06-01" }]);
    expect(e.stats().now).toBe("2025-03-01T00:00:00.000Z");
  });

  it("when futureDates is reject then a batch with an outlier fails naming the record and changes nothing", () => {
    const e = engine({ futureDates: "reject" });
    const err = thrown(() => e.addFreelancers([{ id: "ok", title: "x", lastActiveAt: "2025-01-01" }, { id: "future", title: "Plumber", lastActiveAt: "2099-01-01" }]));
    expect(err).toMatchObject({ code: "INVALID_RECORD", recordId: "future", field: "lastActiveAt" });
    expect(e.stats().freelancers).toBe(3);
  });

  it("when futureDates is keep then the latest date is the clock (the old behaviour, by choice)", () => {
    const e = engine({ futureDates: "keep" });
    e.addFreelancers([{ id: "future", title: "Plumber", lastActiveAt: "2099-01-01" }]);
    expect(e.stats().now).toBe("2099-01-01T00:00:00.000Z");
    expect(e.stats().futureDates).toEqual([]);
  });

  it("an explicit now wins over the data clock", () => {
    const e = engine({ now: "2026-01-01" });
    e.addFreelancers([{ id: "future", title: "Plumber", lastActiveAt: "2099-01-01" }]);
    expect(e.stats().now).toBe("2026-01-01T00:00:00.000Z");
  });

  it("property: one added date moves the clock by at most the margin, so no other record's recency falls below what its own date implies", () => {
    const wall = Date.UTC(2026, 6, 1);
    // Base data without outliers: every date within one margin of the others.
    // With fewer than CLOCK_MIN_DATES dates only the wall clock bounds the clock (tested below).
    const base = fc.array(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 11, 31) }), { minLength: CLOCK_MIN_DATES, maxLength: 300 });
    const extra = fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(base, extra, (dates, added) => {
        const before = readClock(Float64Array.from(dates), wall, "clamp").now;
        const after = readClock(Float64Array.from([...dates, added]), wall, "clamp").now;
        // Every base date is before the wall clock and within a margin of the rest, so `before` is the latest of them.
        expect(before).toBe(Math.max(...dates));
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after).toBeLessThanOrEqual(Math.min(wall, before + CLOCK_MARGIN_MS));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) }), { maxLength: 120 }), (dates) => {
        const { now } = readClock(Float64Array.from(dates), wall, "clamp");
        // The wall clock is a ceiling unless most of the data lies after it.
        if (dates.filter((d) => d <= wall).length * 2 >= dates.length) expect(now).toBeLessThanOrEqual(wall);
        expect(now).toBe(Math.max(0, ...dates.filter((d) => d <= readClock(Float64Array.from(dates), wall, "clamp").ceiling)));
      }),
      { numRuns: 300 },
    );
  });

  it("property (engine): adding a freelancer with any date leaves the others' recency within the margin's worth of decay", () => {
    const halfLife = 180;
    // Enough dated records (CLOCK_MIN_DATES) for a bulk; below that only the wall clock is a ceiling.
    const crowd: FreelancerRecord[] = Array.from({ length: CLOCK_MIN_DATES + 20 }, (_, i) => ({ id: `p${i}`, title: "Next.js developer", skills: ["Next.js"], lastActiveAt: new Date(Date.UTC(2025, 0, 1) + i * 2 * DAY).toISOString() }));
    const market = () => {
      const e = createEngine({ taxonomy });
      e.addFreelancers(crowd);
      e.addJobs([job]);
      return e;
    };
    const recencies = (e: Engine) => new Map(e.rankFreelancers("j1", { exhaustive: true, limit: 1000 }).items.map((i) => [i.id, i.contributions.find((c) => c.feature === "recency")?.value ?? NaN]));
    const before = recencies(market());
    const floor = Math.pow(0.5, CLOCK_MARGIN_MS / DAY / halfLife);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2199, 0, 1) }), (at) => {
        const e = market();
        e.addFreelancers([{ id: "x", title: "Anything", lastActiveAt: new Date(at).toISOString() }]);
        const after = recencies(e);
        for (const [id, r] of before) {
          expect(after.get(id)).toBeGreaterThanOrEqual(r * floor - 1e-12);
          expect(after.get(id)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("the ceiling is the wall clock or the 99th percentile plus the margin, whichever is earlier", () => {
    const dates = Float64Array.from({ length: 200 }, (_, i) => Date.UTC(2024, 0, 1) + i * DAY);
    expect(clockCeiling(dates, Date.UTC(2030, 0, 1))).toBe(dates[Math.floor(0.99 * 199)] + CLOCK_MARGIN_MS);
    expect(clockCeiling(dates, Date.UTC(2024, 5, 1))).toBe(Date.UTC(2024, 5, 1));
    // Most dates after the wall clock (a wrong machine clock, data dated ahead): the wall clock is not used.
    const ahead = Float64Array.from({ length: 150 }, (_, i) => Date.UTC(2031, 0, 1) + i * DAY);
    expect(readClock(ahead, Date.UTC(2026, 0, 1), "clamp")).toMatchObject({ now: ahead[149], outliers: 0 });
    expect(readClock(Float64Array.from([Date.UTC(2031, 0, 1), Date.UTC(2032, 0, 1)]), Date.UTC(2026, 0, 1), "clamp").now).toBe(Date.UTC(2032, 0, 1));
    // Too few dates for a bulk: the wall clock only ([2020, 1970] must not make 2020 the outlier).
    expect(readClock(Float64Array.from([Date.UTC(2020, 0, 1), 0]), Date.UTC(2026, 0, 1), "clamp").now).toBe(Date.UTC(2020, 0, 1));
  });
});

/** The engine's observable state: what a user can see of it. */
function observe(e: Engine): unknown {
  const payload = (e as unknown as { toPayload(): unknown }).toPayload();
  return {
    stats: e.stats(),
    payload,
    ranking: e.rankFreelancers("j1", { exhaustive: true, limit: 100 }),
    recs: e.recommendJobs("a", { exhaustive: true }),
    proposals: e.rankProposals("j1"),
  };
}

/** Component methods indexing goes through: a throw at any call of any of them must leave no trace. */
const STAGES: Array<[string, { prototype: object }, string]> = [
  ["DocTable.insert", DocTable, "insert"],
  ["DocTable.replace", DocTable, "replace"],
  ["TextIndex.add", TextIndex, "add"],
  ["TextIndex.remove", TextIndex, "remove"],
  ["SkillPostings.add", SkillPostings, "add"],
  ["SkillPostings.replace", SkillPostings, "replace"],
  ["CooccurrenceCounts.add", CooccurrenceCounts, "add"],
  ["NumberColumn.set", NumberColumn, "set"],
  ["SkillVocabulary.resolve", SkillVocabulary, "resolve"],
  ["Corpus.addReview", Corpus, "addReview"],
  ["Corpus.addProposal", Corpus, "addProposal"],
];

/** Makes the n-th call (1-based) of `method` throw a RangeError, once; returns whether it fired. */
function failOnCall(owner: { prototype: object }, method: string, n: number): () => boolean {
  const proto = owner.prototype as Record<string, (...args: unknown[]) => unknown>;
  const original = proto[method];
  let calls = 0;
  let fired = false;
  vi.spyOn(proto, method as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
    if (!fired && ++calls === n) {
      fired = true;
      throw new RangeError(`injected at call ${n}`);
    }
    return original.apply(this, args);
  } as never);
  return () => fired;
}

describe("atomic batches under internal errors (issue 14, bug 2)", () => {
  afterEach(() => vi.restoreAllMocks());

  const batches: Array<[string, (e: Engine) => void]> = [
    ["freelancers (new and replaced, custom skills)", (e) => e.addFreelancers([{ id: "n1", title: "Elixir dev", skills: ["Elixir", "Phoenix LiveView", "TypeScript"], lastActiveAt: "2025-03-02" }, { id: "b", title: "Now Next.js", skills: ["Next.js", "Brand-new tool"] }, { id: "n2", title: "Go dev", skills: ["Go"] }])],
    ["jobs (new and replaced)", (e) => e.addJobs([{ id: "j2", title: "Rust", skills: ["Rust", "Tokio-ish"] }, { id: "j1", title: "Next.js dashboard v2", skills: ["Next.js", "GraphQL"] }])],
    ["reviews", (e) => e.addReviews([{ id: "r1", freelancerId: "c", rating: 5, createdAt: "2025-03-01" }, { id: "r0", freelancerId: "a", rating: 2 }])],
    ["proposals", (e) => e.addProposals([{ id: "p2", jobId: "j1", freelancerId: "b", coverLetter: "TypeScript every day", bid: 40 }, { id: "p1", jobId: "j1", freelancerId: "c", coverLetter: "replaced letter" }])],
  ];

  for (const [name, batch] of batches) {
    it(`when any stage of indexing ${name} throws then the engine is exactly as before and the error is INTERNAL_ERROR`, () => {
      let injected = 0;
      for (const [stage, owner, method] of STAGES) {
        for (let n = 1; n <= 12; n++) {
          const e = engine();
          e.addReviews([{ id: "r0", freelancerId: "a", rating: 4 }]);
          e.addProposals([{ id: "p1", jobId: "j1", freelancerId: "a", coverLetter: "Next.js is what I do" }]);
          const before = observe(e);
          const fired = failOnCall(owner, method, n);
          let error: unknown;
          try {
            batch(e);
          } catch (err) {
            error = err;
          }
          const didFire = fired();
          vi.restoreAllMocks();
          if (!didFire) {
            expect(error, `${stage} call ${n}`).toBeUndefined();
            break;
          }
          injected++;
          expect(error, `${stage} call ${n}`).toBeInstanceOf(BestMatchError);
          expect((error as BestMatchError).code).toBe("INTERNAL_ERROR");
          expect((error as BestMatchError).message).toMatch(/bug/);
          expect(((error as Error).cause as Error).message).toBe(`injected at call ${n}`);
          expect(observe(e), `${stage} call ${n}`).toEqual(before);
        }
      }
      expect(injected).toBeGreaterThanOrEqual(2);
    });
  }

  it("when a profile lists 10,000 custom skills then it is rejected before indexing and the vocabulary is unchanged", () => {
    const e = engine();
    const before = observe(e);
    const skills = Array.from({ length: 10_000 }, (_, i) => `tool-${i}`);
    expect(thrown(() => e.addFreelancers([{ id: "ok", title: "fine" }, { id: "many", title: "Dev", skills }]))).toMatchObject({ code: "INVALID_RECORD", recordId: "many", field: "skills" });
    expect(observe(e)).toEqual(before);
  });

  it("when a 1.2 MB skill-dense overview is indexed then it works (no push(...spread) stack overflow)", () => {
    const e = engine({ oversized: "truncate" });
    const overview = "TypeScript React Next.js GraphQL ".repeat(40_000);
    e.addFreelancers([{ id: "dense", title: "Dev", overview }]);
    expect(e.stats().freelancers).toBe(4);
  });
});

describe("limits per record (issue 14, bug 3)", () => {
  it("when a record is over a limit then the error names the field and the limit; truncate keeps the first part", () => {
    const long = "x".repeat(RECORD_LIMITS.textChars + 1);
    expect(thrown(() => createEngine({ taxonomy }).addFreelancers([{ id: "f", title: "t", overview: long }]))).toMatchObject({ code: "INVALID_RECORD", field: "overview" });
    const e = createEngine({ taxonomy, oversized: "truncate" });
    const skills = Array.from({ length: RECORD_LIMITS.skillsPerRecord + 5 }, (_, i) => `s${i}`);
    e.addFreelancers([{ id: "f", title: "t", overview: long, skills }]);
    const saved = (e as unknown as { toPayload(): { freelancers: FreelancerRecord[] } }).toPayload().freelancers[0];
    expect(saved.overview?.length).toBe(RECORD_LIMITS.textChars);
    expect(saved.skills?.length).toBe(RECORD_LIMITS.skillsPerRecord);
  });

  it("when a profile lists many skills then the co-occurrence work per record is linear (pairs counted only for short lists)", () => {
    const counts = new CooccurrenceCounts();
    counts.add(Int32Array.from({ length: 1000 }, (_, i) => i));
    expect(counts.pairs.size).toBe(0);
    expect(counts.counts.size).toBe(1000);
    counts.add(Int32Array.from([1, 2, 3]));
    expect(counts.pairs.size).toBe(3);
  });
});

describe("one validation policy (issue 14, messy input)", () => {
  it("a fixed-price job without an amount is indexed and ranks with budget fit defaulted (bug 5)", () => {
    const e = engine();
    e.addJobs([{ id: "fx", title: "Next.js fix", skills: ["Next.js"], budget: { type: "fixed" } }]);
    e.addProposals([{ id: "p", jobId: "fx", freelancerId: "a", bid: 500 }]);
    const bid = e.rankProposals("fx").items[0].contributions.find((c) => c.feature === "bidFit");
    expect(bid?.defaulted ?? true).toBe(true);
  });

  it("unknown keys are rejected everywhere, naming the closest valid key", () => {
    const e = engine();
    expect(thrown(() => e.rankFreelancers("j1", { lmit: 3 } as never))).toMatchObject({ code: "INVALID_OPTION", field: "lmit", expected: expect.stringContaining('"limit"') });
    expect(thrown(() => e.rankFreelancers("j1", { filters: { hourlyRat: { max: 3 } } } as never))).toMatchObject({ code: "INVALID_OPTION", field: "filters.hourlyRat", expected: expect.stringContaining('"hourlyRate"') });
    expect(thrown(() => e.rankFreelancers("j1", { filters: { hourlyRate: { maximum: 3 } } } as never))).toMatchObject({ field: "filters.hourlyRate.maximum" });
    expect(thrown(() => e.recommendJobs("a", { filters: { budgetType: ["fixed"] } } as never))).toMatchObject({ field: "filters.budgetType", expected: expect.stringContaining('"budgetTypes"') });
    expect(thrown(() => e.rankProposals("j1", { exhaustive: true } as never))).toMatchObject({ field: "exhaustive" });
    expect(thrown(() => e.gapAdvice("a", "j1", { limt: 2 } as never))).toMatchObject({ field: "limt", expected: expect.stringContaining('"limit"') });
    expect(thrown(() => e.draftJobPost("React app", { similarJob: 3 } as never))).toMatchObject({ field: "similarJob", expected: expect.stringContaining('"similarJobs"') });
    expect(thrown(() => createEngine({ candidats: 3 } as never))).toMatchObject({ field: "candidats", expected: expect.stringContaining('"candidates"') });
    expect(thrown(() => createEngine({ similarity: { learnd: false } } as never))).toMatchObject({ field: "similarity.learnd", expected: expect.stringContaining('"learned"') });
    expect(thrown(() => e.addFreelancers([{ id: "x", title: "t", hourly_rate: 5 } as never]))).toMatchObject({ code: "INVALID_RECORD", recordId: "x", field: "hourly_rate", expected: expect.stringContaining('"hourlyRate"') });
    expect(thrown(() => e.addJobs([{ id: "x", title: "t", budget: { type: "fixed", amout: 5 } } as never]))).toMatchObject({ field: "budget.amout" });
    expect(thrown(() => e.addFreelancers([{ id: "x", skills: [{ name: "Go", yeras: 3 }] } as never]))).toMatchObject({ field: "yeras" });
  });

  it("experienceLevel is case-insensitive and hourlyRate has a plausible maximum, as in the CLI", () => {
    const e = createEngine({ taxonomy });
    e.addFreelancers([{ id: "x", title: "t", experienceLevel: "Expert" as never }]);
    expect((e as unknown as { toPayload(): { freelancers: FreelancerRecord[] } }).toPayload().freelancers[0].experienceLevel).toBe("expert");
    expect(thrown(() => e.addFreelancers([{ id: "y", title: "t", hourlyRate: 1e12 }]))).toMatchObject({ code: "INVALID_RECORD", field: "hourlyRate", expected: expect.stringContaining("10000") });
    expect(thrown(() => e.addFreelancers([{ id: "y", title: "t", lastActiveAt: "20245-01-01" }]))).toMatchObject({ field: "lastActiveAt" });
  });
});

describe("total has one meaning in both modes (issue 14)", () => {
  it("property: paging up to total walks the whole ranked list, exactly once, exhaustive or two-stage", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.option(fc.integer({ min: 40, max: 100 }), { nil: undefined }), (candidates, page, exhaustive, maxRate) => {
        const e = createEngine({ taxonomy, candidates });
        e.addFreelancers(Array.from({ length: 15 }, (_, i) => ({ id: `f${i}`, title: i % 2 ? "TypeScript developer" : "Next.js developer", skills: i % 3 ? ["TypeScript"] : ["Next.js"], hourlyRate: 30 + 5 * i })));
        e.addJobs([job]);
        const filters = maxRate === undefined ? undefined : { hourlyRate: { max: maxRate } };
        const first = e.rankFreelancers("j1", { exhaustive, filters, limit: page });
        const seen: string[] = [];
        for (let offset = 0; offset < first.total + page; offset += page) {
          const r = e.rankFreelancers("j1", { exhaustive, filters, limit: page, offset });
          expect(r.total).toBe(first.total);
          seen.push(...r.items.map((i) => i.id));
        }
        expect(seen.length).toBe(first.total);
        expect(new Set(seen).size).toBe(first.total);
        if (exhaustive) expect(first.total).toBe(maxRate === undefined ? 15 : Array.from({ length: 15 }, (_, i) => 30 + 5 * i).filter((r) => r <= maxRate).length);
        else expect(first.total).toBeLessThanOrEqual(2 * candidates);
      }),
      { numRuns: 60 },
    );
  });
});
