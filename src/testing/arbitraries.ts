/** fast-check generators of valid records over the small test taxonomy. */
import fc from "fast-check";
import { EXPERIENCE_LEVELS, JOB_DURATIONS, type FreelancerRecord, type JobRecord } from "../model/records.js";
import { SMALL_SKILL_NAMES } from "./small-taxonomy.js";

const WORDS = ["build", "dashboard", "api", "design", "fast", "scalable", "mobile", "landing", "page", "data", "report", "campaign", "store", "backend", "frontend"];
const text = fc.array(fc.constantFrom(...WORDS, ...SMALL_SKILL_NAMES), { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
const skills = fc.uniqueArray(fc.constantFrom(...SMALL_SKILL_NAMES, "Haskell", "Plutus"), { minLength: 1, maxLength: 6 });

export const freelancerArb = (id: string): fc.Arbitrary<FreelancerRecord> =>
  fc.record(
    {
      id: fc.constant(id),
      title: text,
      overview: text,
      skills,
      hourlyRate: fc.integer({ min: 5, max: 200 }),
      experienceLevel: fc.constantFrom(...EXPERIENCE_LEVELS),
      hoursPerWeek: fc.integer({ min: 0, max: 60 }),
      rating: fc.integer({ min: 10, max: 50 }).map((x) => x / 10),
      reviewCount: fc.integer({ min: 0, max: 300 }),
      jobSuccess: fc.integer({ min: 0, max: 100 }),
      lastActiveAt: fc.integer({ min: 1_700_000_000_000, max: 1_760_000_000_000 }),
    },
    { requiredKeys: ["id", "skills"] },
  );

export const freelancersArb = (min: number, max: number): fc.Arbitrary<FreelancerRecord[]> =>
  fc.integer({ min, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => freelancerArb(`f${i}`))));

export const jobArb: fc.Arbitrary<JobRecord> = fc.record(
  {
    id: fc.constant("job"),
    title: text,
    description: text,
    skills,
    niceToHaveSkills: fc.uniqueArray(fc.constantFrom(...SMALL_SKILL_NAMES), { maxLength: 3 }),
    budget: fc.oneof(
      fc.record({ type: fc.constant("hourly" as const), min: fc.integer({ min: 5, max: 50 }), max: fc.integer({ min: 50, max: 150 }) }),
      fc.record({ type: fc.constant("fixed" as const), amount: fc.integer({ min: 50, max: 5000 }) }),
    ),
    experienceLevel: fc.constantFrom(...EXPERIENCE_LEVELS),
    duration: fc.constantFrom(...JOB_DURATIONS),
    postedAt: fc.integer({ min: 1_700_000_000_000, max: 1_760_000_000_000 }),
  },
  { requiredKeys: ["id", "skills"] },
);

/** Between min and max jobs with ids j0, j1, ... */
export const jobsArb = (min: number, max: number): fc.Arbitrary<JobRecord[]> =>
  fc.array(jobArb, { minLength: min, maxLength: max }).map((jobs) => jobs.map((j, i) => ({ ...j, id: `j${i}` })));
