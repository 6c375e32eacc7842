/**
 * Validation at the edge: every record handed to the engine passes through here.
 * A bad field throws BestMatchError("INVALID_RECORD") naming the record id, the field,
 * the value and what was expected. null and undefined both mean "absent".
 * Returns a clean copy: strings trimmed, absent fields dropped, dates as epoch ms, enum values
 * lower-cased ("Expert" -> "expert", as the CSV reader always did).
 * The policy is one for the API and the CLI: unknown fields are rejected (naming the closest
 * valid one), numbers must lie in NUMBER_RANGES and sizes within RECORD_LIMITS (limits.ts).
 */
import { BestMatchError } from "../errors.js";
import { EXPERIENCE_LEVELS, JOB_DURATIONS } from "./records.js";
import { utcOffsetMinutes } from "./timezone.js";
import type { Budget, ClientInfo, FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord, SkillClaim } from "./records.js";
import { DATE_RANGE, NUMBER_RANGES, type NumberRange, type OversizedPolicy, RECORD_LIMITS } from "./limits.js";
import { BUDGET_KEYS, CLIENT_KEYS, FREELANCER_KEYS, JOB_KEYS, PROPOSAL_KEYS, REVIEW_KEYS, SKILL_CLAIM_KEYS, rejectUnknownKeys } from "../option-keys.js";

/** How validation treats a record over a size limit. */
export interface ValidateOptions {
  /** "reject" (INVALID_RECORD) or "truncate" to the limit. Default "reject". */
  oversized?: OversizedPolicy;
}

const ID_FIELDS = new Set(["id", "freelancerId", "jobId"]);
const MIN_DATE = Date.UTC(DATE_RANGE.minYear, 0, 1);
const MAX_DATE = Date.UTC(DATE_RANGE.maxYear + 1, 0, 1) - 1;

type Raw = Record<string, unknown>;

class Checker {
  constructor(
    private readonly raw: Raw,
    readonly recordId: string | undefined,
    private readonly kind: string,
    readonly oversized: OversizedPolicy = "reject",
  ) {}

  /** Rejects keys of the object at `field` ("" = the record itself) that are not in `valid`. */
  keys(field: string, valid: readonly string[]): void {
    const v = field === "" ? this.raw : this.get(field);
    rejectUnknownKeys(v, valid, field, "INVALID_RECORD", this.recordId);
  }

  /** A string or list over its limit: an error, or cut to the limit under "truncate". */
  private capped<T extends string | unknown[]>(field: string, v: T, limit: number, unit: string): T {
    if (v.length <= limit) return v;
    // Ids are never cut: two long ids could become one.
    if (this.oversized === "truncate" && !ID_FIELDS.has(field)) return v.slice(0, limit) as T;
    return this.fail(field, `has ${v.length} ${unit}, over the limit`, undefined, `at most ${limit} ${unit} (RECORD_LIMITS), or the engine option oversized: "truncate"`);
  }

  range(field: string, r: NumberRange): number | undefined {
    return this.number(field, r.min, r.max, r.integer ?? false);
  }

  fail(field: string, message: string, value: unknown, expected: string): never {
    throw new BestMatchError("INVALID_RECORD", `${this.kind} ${message}`, { recordId: this.recordId, field, value, expected });
  }

  private get(field: string): unknown {
    const v = field.split(".").reduce<unknown>((o, k) => (o == null ? undefined : (o as Raw)[k]), this.raw);
    return v === null ? undefined : v;
  }

  string(field: string, required = false): string | undefined {
    const v = this.get(field);
    if (v === undefined) return required ? this.fail(field, "is missing a required field", v, "a non-empty string") : undefined;
    if (typeof v !== "string") return this.fail(field, "has a non-string value", v, "a string");
    const s = this.capped(field, v, RECORD_LIMITS.textChars, "characters").trim();
    if (s === "") return required ? this.fail(field, "has an empty required field", v, "a non-empty string") : undefined;
    return s;
  }

  number(field: string, min: number, max = Infinity, integer = false): number | undefined {
    const v = this.get(field);
    if (v === undefined) return undefined;
    const expected = `${integer ? "an integer" : "a number"} in [${min}, ${max === Infinity ? "inf" : max}]`;
    if (typeof v !== "number" || !Number.isFinite(v)) return this.fail(field, "has a non-numeric value", v, expected);
    if (v < min || v > max || (integer && !Number.isInteger(v))) return this.fail(field, "is out of range", v, expected);
    return v;
  }

  timezone(field: string): string | undefined {
    const zone = this.string(field);
    if (zone !== undefined && utcOffsetMinutes(zone) === undefined) {
      this.fail(field, "has an unknown time zone", zone, 'an IANA zone ("Europe/Berlin") or a UTC offset ("UTC+05:30")');
    }
    return zone;
  }

  boolean(field: string): boolean | undefined {
    const v = this.get(field);
    if (v === undefined) return undefined;
    if (typeof v !== "boolean") return this.fail(field, "has a non-boolean value", v, "true or false");
    return v;
  }

  oneOf<T extends string>(field: string, values: readonly T[]): T | undefined {
    const v = this.get(field);
    if (v === undefined) return undefined;
    const found = typeof v === "string" ? values.find((x) => x === v.trim().toLowerCase()) : undefined;
    if (found === undefined) return this.fail(field, "has an unknown value", v, `one of ${values.join(", ")}`);
    return found;
  }

  date(field: string): number | undefined {
    const v = this.get(field);
    if (v === undefined) return undefined;
    const ms = v instanceof Date ? v.getTime() : typeof v === "number" ? v : typeof v === "string" ? Date.parse(v) : NaN;
    const expected = `an ISO 8601 date, a Date or epoch milliseconds, in the years ${DATE_RANGE.minYear}-${DATE_RANGE.maxYear}`;
    if (!Number.isFinite(ms)) return this.fail(field, "has an invalid date", v, expected);
    if (ms < MIN_DATE || ms > MAX_DATE) return this.fail(field, "has an implausible date", v, expected);
    return ms;
  }

  stringList(field: string, limit: number = RECORD_LIMITS.listItems): string[] | undefined {
    const v = this.get(field);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return this.fail(field, "is not a list", v, "an array of strings");
    const out: string[] = [];
    this.capped(field, v, limit, "items").forEach((item, i) => {
      if (typeof item !== "string") this.fail(`${field}[${i}]`, "has a non-string item", item, "a string");
      const s = this.capped(`${field}[${i}]`, item, RECORD_LIMITS.textChars, "characters").trim();
      if (s !== "") out.push(s);
    });
    // slice(): exactly sized (a pushed-to array keeps room for 17 items); records keep these lists.
    return out.slice();
  }

  skillClaims(field: string): SkillClaim[] | undefined {
    const v = this.get(field);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return this.fail(field, "is not a list", v, "an array of skill names or { name, level?, years? }");
    const out: SkillClaim[] = [];
    this.capped(field, v, RECORD_LIMITS.skillsPerRecord, "skills").forEach((item, i) => {
      if (typeof item === "string") {
        const name = this.capped(`${field}[${i}]`, item, RECORD_LIMITS.textChars, "characters").trim();
        if (name !== "") out.push(name);
        return;
      }
      if (typeof item !== "object" || item === null || Array.isArray(item)) this.fail(`${field}[${i}]`, "has a bad skill", item, "a name or { name, level?, years? }");
      const sub = new Checker(item as Raw, this.recordId, this.kind, this.oversized);
      sub.keys("", SKILL_CLAIM_KEYS);
      const name = sub.string("name", true) as string;
      const claim: { name: string; level?: (typeof EXPERIENCE_LEVELS)[number]; years?: number } = { name };
      const level = sub.oneOf("level", EXPERIENCE_LEVELS);
      const years = sub.range("years", NUMBER_RANGES.skillYears);
      if (level !== undefined) claim.level = level;
      if (years !== undefined) claim.years = years;
      out.push(claim);
    });
    return out.slice();
  }
}

/** Drops keys whose value is undefined, so clean records compare and serialize simply. */
/*
 * A copy with the defined fields, in order: `delete` would put every record with a gap before
 * its last field into dictionary mode, a hash table of ~800 B per record the engine keeps.
 */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  // for-in, not Object.entries: no [key, value] array per field of every record read.
  for (const k in o) {
    const v = o[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}

function start(raw: unknown, kind: string, valid: readonly string[], options: ValidateOptions): Checker {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new BestMatchError("INVALID_RECORD", `${kind} must be an object`, { value: raw, expected: "an object with an id" });
  }
  const id = (raw as Raw).id;
  const c = new Checker(raw as Raw, typeof id === "string" ? id : undefined, kind, options.oversized);
  c.string("id", true);
  c.keys("", valid);
  return c;
}

export function validateFreelancer(raw: unknown, options: ValidateOptions = {}): FreelancerRecord {
  const c = start(raw, "freelancer", FREELANCER_KEYS, options);
  const r = compact<FreelancerRecord>({
    id: c.recordId as string,
    title: c.string("title"),
    overview: c.string("overview"),
    skills: c.skillClaims("skills"),
    hourlyRate: c.range("hourlyRate", NUMBER_RANGES.hourlyRate),
    experienceLevel: c.oneOf("experienceLevel", EXPERIENCE_LEVELS),
    hoursPerWeek: c.range("hoursPerWeek", NUMBER_RANGES.hoursPerWeek),
    country: c.string("country"),
    timezone: c.timezone("timezone"),
    languages: c.stringList("languages"),
    rating: c.range("rating", NUMBER_RANGES.rating),
    reviewCount: c.range("reviewCount", NUMBER_RANGES.reviewCount),
    jobSuccess: c.range("jobSuccess", NUMBER_RANGES.jobSuccess),
    completedJobs: c.range("completedJobs", NUMBER_RANGES.completedJobs),
    totalEarnings: c.range("totalEarnings", NUMBER_RANGES.totalEarnings),
    lastActiveAt: c.date("lastActiveAt"),
    createdAt: c.date("createdAt"),
  });
  if (!r.title && !r.overview && !r.skills?.length) {
    c.fail("skills", "has nothing to rank on", undefined, "at least one of title, overview or skills");
  }
  return r;
}

function validateBudget(c: Checker): Budget | undefined {
  c.keys("budget", BUDGET_KEYS);
  const type = c.oneOf("budget.type", ["hourly", "fixed"] as const);
  if (type === undefined) {
    for (const f of ["budget.min", "budget.max", "budget.amount"]) {
      if (c.range(f, NUMBER_RANGES.budget) !== undefined) c.fail("budget.type", "has budget figures but no budget type", undefined, "hourly or fixed");
    }
    return undefined;
  }
  if (type === "fixed") {
    // Over half of real fixed-price posts name no amount: an absent value, not an error.
    return compact<Budget>({ type, amount: c.range("budget.amount", NUMBER_RANGES.budget) });
  }
  const min = c.range("budget.min", NUMBER_RANGES.budget);
  const max = c.range("budget.max", NUMBER_RANGES.budget);
  if (min !== undefined && max !== undefined && min > max) c.fail("budget.max", "is below budget.min", max, `a number >= ${min}`);
  return compact<Budget>({ type, min, max });
}

export function validateJob(raw: unknown, options: ValidateOptions = {}): JobRecord {
  const c = start(raw, "job", JOB_KEYS, options);
  c.keys("client", CLIENT_KEYS);
  const client = compact<ClientInfo>({
    paymentVerified: c.boolean("client.paymentVerified"),
    rating: c.range("client.rating", NUMBER_RANGES.rating),
    hires: c.range("client.hires", NUMBER_RANGES.clientHires),
    totalSpent: c.range("client.totalSpent", NUMBER_RANGES.clientTotalSpent),
    country: c.string("client.country"),
  });
  const r = compact<JobRecord>({
    id: c.recordId as string,
    title: c.string("title"),
    description: c.string("description"),
    skills: c.stringList("skills", RECORD_LIMITS.skillsPerRecord),
    niceToHaveSkills: c.stringList("niceToHaveSkills", RECORD_LIMITS.skillsPerRecord),
    budget: validateBudget(c),
    experienceLevel: c.oneOf("experienceLevel", EXPERIENCE_LEVELS),
    duration: c.oneOf("duration", JOB_DURATIONS),
    postedAt: c.date("postedAt"),
    client: Object.keys(client).length ? client : undefined,
  });
  if (!r.title && !r.description && !r.skills?.length) {
    c.fail("skills", "has nothing to rank against", undefined, "at least one of title, description or skills");
  }
  return r;
}

export function validateReview(raw: unknown, options: ValidateOptions = {}): ReviewRecord {
  const c = start(raw, "review", REVIEW_KEYS, options);
  return compact<ReviewRecord>({
    id: c.recordId as string,
    freelancerId: c.string("freelancerId", true) as string,
    jobId: c.string("jobId"),
    rating: (c.range("rating", NUMBER_RANGES.rating) ?? c.fail("rating", "is missing a required field", undefined, "a number in [1, 5]")) as number,
    text: c.string("text"),
    createdAt: c.date("createdAt"),
  });
}

export function validateProposal(raw: unknown, options: ValidateOptions = {}): ProposalRecord {
  const c = start(raw, "proposal", PROPOSAL_KEYS, options);
  return compact<ProposalRecord>({
    id: c.recordId as string,
    jobId: c.string("jobId", true) as string,
    freelancerId: c.string("freelancerId", true) as string,
    coverLetter: c.string("coverLetter"),
    bid: c.range("bid", NUMBER_RANGES.bid),
    submittedAt: c.date("submittedAt"),
    screeningAnswers: c.stringList("screeningAnswers"),
  });
}
