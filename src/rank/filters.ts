/** Hard filters: a candidate that fails one is not ranked at all. Missing data fails a set filter. */
import type { FreelancerFilters, JobFilters, Range } from "../options.js";
import type { Corpus } from "../corpus/corpus.js";
import type { FreelancerDoc, JobDoc } from "../corpus/normalize.js";

const inRange = (v: number | undefined, r: Range | undefined): boolean =>
  r === undefined || (v !== undefined && (r.min === undefined || v >= r.min) && (r.max === undefined || v <= r.max));

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.trim().toLowerCase()));

/** Adds the caller's own predicate over records to a compiled filter. */
function withCustom<R>(keep: ((doc: number) => boolean) | undefined, custom: ((record: R) => boolean) | undefined, record: (doc: number) => R): ((doc: number) => boolean) | undefined {
  if (!custom) return keep;
  return keep ? (doc) => keep(doc) && custom(record(doc)) === true : (doc) => custom(record(doc)) === true;
}

/** Compiles filters once per query into a predicate over freelancer docs; `custom` is the `filter` option. */
export function freelancerFilter(corpus: Corpus, f: FreelancerFilters | undefined, custom?: (record: FreelancerDoc["record"]) => boolean): ((doc: number) => boolean) | undefined {
  return withCustom(builtInFreelancerFilter(corpus, f), custom, (doc) => (corpus.freelancers.table.get(doc) as FreelancerDoc).record);
}

function builtInFreelancerFilter(corpus: Corpus, f: FreelancerFilters | undefined): ((doc: number) => boolean) | undefined {
  if (!f || Object.keys(f).length === 0) return undefined;
  const countries = f.countries ? lower(f.countries) : undefined;
  const languages = f.languages ? [...lower(f.languages)] : undefined;
  const levels = f.experienceLevels ? new Set(f.experienceLevels) : undefined;
  const offset = f.utcOffsetHours ? { min: f.utcOffsetHours.min === undefined ? undefined : f.utcOffsetHours.min * 60, max: f.utcOffsetHours.max === undefined ? undefined : f.utcOffsetHours.max * 60 } : undefined;
  return (doc) => {
    if (!inRange(corpus.hourlyRate.get(doc), f.hourlyRate)) return false;
    if (f.minHoursPerWeek !== undefined && !((corpus.hoursPerWeek.get(doc) ?? -1) >= f.minHoursPerWeek)) return false;
    if (!inRange(corpus.utcOffset.get(doc), offset)) return false;
    const r = (corpus.freelancers.table.get(doc) as FreelancerDoc).record;
    if (levels && !(r.experienceLevel && levels.has(r.experienceLevel))) return false;
    if (countries && !(r.country && countries.has(r.country.toLowerCase()))) return false;
    if (languages) {
      const spoken = lower(r.languages ?? []);
      if (!languages.every((l) => spoken.has(l))) return false;
    }
    return true;
  };
}

export function jobFilter(corpus: Corpus, f: JobFilters | undefined, custom?: (record: JobDoc["record"]) => boolean): ((doc: number) => boolean) | undefined {
  return withCustom(builtInJobFilter(corpus, f), custom, (doc) => (corpus.jobs.table.get(doc) as JobDoc).record);
}

function builtInJobFilter(corpus: Corpus, f: JobFilters | undefined): ((doc: number) => boolean) | undefined {
  if (!f || Object.keys(f).length === 0) return undefined;
  const types = f.budgetTypes ? new Set(f.budgetTypes) : undefined;
  const levels = f.experienceLevels ? new Set(f.experienceLevels) : undefined;
  const after = f.postedAfter === undefined ? undefined : f.postedAfter instanceof Date ? f.postedAfter.getTime() : typeof f.postedAfter === "string" ? Date.parse(f.postedAfter) : f.postedAfter;
  return (doc) => {
    const r = (corpus.jobs.table.get(doc) as JobDoc).record;
    if (types && !(r.budget && types.has(r.budget.type))) return false;
    if (levels && !(r.experienceLevel && levels.has(r.experienceLevel))) return false;
    if (f.paymentVerified !== undefined && r.client?.paymentVerified !== f.paymentVerified) return false;
    if (after !== undefined && !((r.postedAt as number | undefined) !== undefined && (r.postedAt as number) >= after)) return false;
    return true;
  };
}
