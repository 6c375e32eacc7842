/**
 * Validation at the edge: every record handed to the engine passes through here.
 * A bad field throws BestMatchError("INVALID_RECORD") naming the record id, the field,
 * the value and what was expected. null and undefined both mean "absent".
 * Returns a clean copy: strings trimmed, absent fields dropped, dates as epoch ms.
 */
import { BestMatchError } from "../errors.js";
import { EXPERIENCE_LEVELS, JOB_DURATIONS } from "./records.js";
import { utcOffsetMinutes } from "./timezone.js";
import type { Budget, ClientInfo, FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord, SkillClaim } from "./records.js";

type Raw = Record<string, unknown>;

class Checker {
  constructor(
    private readonly raw: Raw,
    readonly recordId: string | undefined,
    private readonly kind: string,
  ) {}

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
    const s = v.trim();
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
    if (typeof v !== "string" || !values.includes(v as T)) return this.fail(field, "has an unknown value", v, `one of ${values.join(", ")}`);
    return v as T;
  }

  date(field: string): number | undefined {
    const v = this.get(field);
    if (v === undefined) return undefined;
    const ms = v instanceof Date ? v.getTime() : typeof v === "number" ? v : typeof v === "string" ? Date.parse(v) : NaN;
    if (!Number.isFinite(ms)) return this.fail(field, "has an invalid date", v, "an ISO 8601 date, a Date or epoch milliseconds");
    return ms;
  }

  stringList(field: string): string[] | undefined {
    const v = this.get(field);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return this.fail(field, "is not a list", v, "an array of strings");
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item !== "string") this.fail(`${field}[${i}]`, "has a non-string item", item, "a string");
      const s = item.trim();
      if (s !== "") out.push(s);
    });
    return out;
  }

  skillClaims(field: string): SkillClaim[] | undefined {
    const v = this.get(field);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return this.fail(field, "is not a list", v, "an array of skill names or { name, level?, years? }");
    const out: SkillClaim[] = [];
    v.forEach((item, i) => {
      if (typeof item === "string") {
        if (item.trim() !== "") out.push(item.trim());
        return;
      }
      if (typeof item !== "object" || item === null) this.fail(`${field}[${i}]`, "has a bad skill", item, "a name or { name, level?, years? }");
      const sub = new Checker(item as Raw, this.recordId, this.kind);
      const name = sub.string("name", true) as string;
      const claim: { name: string; level?: (typeof EXPERIENCE_LEVELS)[number]; years?: number } = { name };
      const level = sub.oneOf("level", EXPERIENCE_LEVELS);
      const years = sub.number("years", 0, 80);
      if (level !== undefined) claim.level = level;
      if (years !== undefined) claim.years = years;
      out.push(claim);
    });
    return out;
  }
}

/** Drops keys whose value is undefined, so clean records compare and serialize simply. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

function start(raw: unknown, kind: string): Checker {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new BestMatchError("INVALID_RECORD", `${kind} must be an object`, { value: raw, expected: "an object with an id" });
  }
  const id = (raw as Raw).id;
  const c = new Checker(raw as Raw, typeof id === "string" ? id : undefined, kind);
  c.string("id", true);
  return c;
}

export function validateFreelancer(raw: unknown): FreelancerRecord {
  const c = start(raw, "freelancer");
  const r = compact<FreelancerRecord>({
    id: c.recordId as string,
    title: c.string("title"),
    overview: c.string("overview"),
    skills: c.skillClaims("skills"),
    hourlyRate: c.number("hourlyRate", 0),
    experienceLevel: c.oneOf("experienceLevel", EXPERIENCE_LEVELS),
    hoursPerWeek: c.number("hoursPerWeek", 0, 168),
    country: c.string("country"),
    timezone: c.timezone("timezone"),
    languages: c.stringList("languages"),
    rating: c.number("rating", 1, 5),
    reviewCount: c.number("reviewCount", 0, Infinity, true),
    jobSuccess: c.number("jobSuccess", 0, 100),
    completedJobs: c.number("completedJobs", 0, Infinity, true),
    totalEarnings: c.number("totalEarnings", 0),
    lastActiveAt: c.date("lastActiveAt"),
    createdAt: c.date("createdAt"),
  });
  if (!r.title && !r.overview && !r.skills?.length) {
    c.fail("skills", "has nothing to rank on", undefined, "at least one of title, overview or skills");
  }
  return r;
}

function validateBudget(c: Checker): Budget | undefined {
  const type = c.oneOf("budget.type", ["hourly", "fixed"] as const);
  if (type === undefined) {
    for (const f of ["budget.min", "budget.max", "budget.amount"]) {
      if (c.number(f, 0) !== undefined) c.fail("budget.type", "has budget figures but no budget type", undefined, "hourly or fixed");
    }
    return undefined;
  }
  if (type === "fixed") {
    const amount = c.number("budget.amount", 0);
    if (amount === undefined) return c.fail("budget.amount", "has a fixed budget without an amount", undefined, "a number >= 0");
    return { type, amount };
  }
  const min = c.number("budget.min", 0);
  const max = c.number("budget.max", 0);
  if (min !== undefined && max !== undefined && min > max) c.fail("budget.max", "is below budget.min", max, `a number >= ${min}`);
  return compact<Budget>({ type, min, max });
}

export function validateJob(raw: unknown): JobRecord {
  const c = start(raw, "job");
  const client = compact<ClientInfo>({
    paymentVerified: c.boolean("client.paymentVerified"),
    rating: c.number("client.rating", 1, 5),
    hires: c.number("client.hires", 0, Infinity, true),
    totalSpent: c.number("client.totalSpent", 0),
    country: c.string("client.country"),
  });
  const r = compact<JobRecord>({
    id: c.recordId as string,
    title: c.string("title"),
    description: c.string("description"),
    skills: c.stringList("skills"),
    niceToHaveSkills: c.stringList("niceToHaveSkills"),
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

export function validateReview(raw: unknown): ReviewRecord {
  const c = start(raw, "review");
  return compact<ReviewRecord>({
    id: c.recordId as string,
    freelancerId: c.string("freelancerId", true) as string,
    jobId: c.string("jobId"),
    rating: (c.number("rating", 1, 5) ?? c.fail("rating", "is missing a required field", undefined, "a number in [1, 5]")) as number,
    text: c.string("text"),
    createdAt: c.date("createdAt"),
  });
}

export function validateProposal(raw: unknown): ProposalRecord {
  const c = start(raw, "proposal");
  return compact<ProposalRecord>({
    id: c.recordId as string,
    jobId: c.string("jobId", true) as string,
    freelancerId: c.string("freelancerId", true) as string,
    coverLetter: c.string("coverLetter"),
    bid: c.number("bid", 0),
    submittedAt: c.date("submittedAt"),
    screeningAnswers: c.stringList("screeningAnswers"),
  });
}
