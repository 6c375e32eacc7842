/**
 * The service's routes: each one takes the library call's arguments as a JSON object and answers
 * with the library's own result, so a served ranking is the in-process ranking.
 */
import { BestMatchError } from "../errors.js";
import type { Engine } from "../engine-types.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";

export type Body = Record<string, unknown>;

export interface Route {
  method: "GET" | "POST";
  path: string;
  /** Needs the bearer token (when the server has one). */
  write?: boolean;
  handle: (engine: Engine, body: Body) => unknown;
}

export function asObject(value: unknown): Body {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new BestMatchError("INVALID_REQUEST", "request body must be a JSON object", { value, expected: "a JSON object" });
  }
  return value as Body;
}

/** Splits `{ job, ...options }`: the subject is required, the rest goes to the library as options. */
function split<K extends string>(body: Body, key: K, kinds: string): [unknown, Body] {
  const { [key]: subject, ...options } = body;
  if (!(typeof subject === "string" || (subject !== null && typeof subject === "object" && !Array.isArray(subject)))) {
    throw new BestMatchError("INVALID_REQUEST", `"${key}" is required`, { field: key, value: subject, expected: `the id of an indexed ${kinds}, or a ${kinds} record` });
  }
  return [subject, options];
}

function requiredString(body: Body, key: string): string {
  const v = body[key];
  if (typeof v !== "string") throw new BestMatchError("INVALID_REQUEST", `"${key}" is required`, { field: key, value: v, expected: "a string" });
  return v;
}

/**
 * GET /skills/suggest?q=reac&limit=5: the query string's values are strings, so a limit of digits
 * becomes a number; anything else goes to the library as it came (which rejects it, naming the field).
 */
function suggestSkills(engine: Engine, query: Body): unknown {
  const { q: _q, ...rest } = query;
  const options: Body = { ...rest };
  if (typeof options.limit === "string" && /^\d{1,4}$/.test(options.limit)) options.limit = Number(options.limit);
  return { suggestions: engine.suggestSkills(requiredString(query, "q"), options) };
}

const RECORD_KINDS = ["freelancers", "jobs", "reviews", "proposals"] as const;
type Kind = (typeof RECORD_KINDS)[number];

/** One write: `{ "op": "add", "kind": "freelancers", "records": [...] }` or `{ "op": "remove", "kind": "jobs", "ids": [...] }`. */
function applyOperation(engine: Engine, raw: unknown, index: number): Record<string, unknown> {
  const op = asObject(raw);
  const at = (f: string) => `operations[${index}].${f}`;
  const kind = op.kind as Kind;
  if (!RECORD_KINDS.includes(kind)) throw new BestMatchError("INVALID_REQUEST", "unknown record kind", { field: at("kind"), value: op.kind, expected: RECORD_KINDS.join(", ") });
  if (op.op === "add") {
    if (!Array.isArray(op.records)) throw new BestMatchError("INVALID_REQUEST", '"records" must be an array', { field: at("records"), value: op.records, expected: "an array of records" });
    const records = op.records as unknown[];
    if (kind === "freelancers") engine.addFreelancers(records as FreelancerRecord[]);
    else if (kind === "jobs") engine.addJobs(records as JobRecord[]);
    else if (kind === "reviews") engine.addReviews(records as ReviewRecord[]);
    else engine.addProposals(records as ProposalRecord[]);
    return { op: "add", kind, added: records.length };
  }
  if (op.op === "remove") {
    const ids = op.ids;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")) throw new BestMatchError("INVALID_REQUEST", '"ids" must be an array of strings', { field: at("ids"), value: ids, expected: "an array of ids" });
    const remove = { freelancers: engine.removeFreelancer, jobs: engine.removeJob, reviews: engine.removeReview, proposals: engine.removeProposal }[kind].bind(engine);
    const removed = (ids as string[]).filter((id) => remove(id)).length;
    return { op: "remove", kind, removed, notFound: ids.length - removed };
  }
  throw new BestMatchError("INVALID_REQUEST", "unknown operation", { field: at("op"), value: op.op, expected: "add or remove" });
}

/**
 * Operations run in order, each atomic as in the library (a bad record leaves its batch out
 * entirely). A failing operation stops the rest; the error says how many were applied before it.
 */
function records(engine: Engine, body: Body): unknown {
  const operations = Array.isArray(body.operations) ? body.operations : [body];
  const results: Array<Record<string, unknown>> = [];
  for (const [i, op] of operations.entries()) {
    try {
      results.push(applyOperation(engine, op, i));
    } catch (err) {
      if (err instanceof BestMatchError) throw new AppliedBefore(err, results);
      throw err;
    }
  }
  return { applied: results.length, results, stats: engine.stats() };
}

/** A failed write, with the operations already applied (they stay applied). */
export class AppliedBefore extends Error {
  constructor(
    readonly error: BestMatchError,
    readonly results: Array<Record<string, unknown>>,
  ) {
    super(error.message);
  }
}

export const ROUTES: readonly Route[] = [
  { method: "POST", path: "/rank/freelancers", handle: (e, b) => e.rankFreelancers(...(split(b, "job", "job") as [string, Body])) },
  { method: "POST", path: "/rank/proposals", handle: (e, b) => e.rankProposals(...(split(b, "job", "job") as [string, Body])) },
  { method: "POST", path: "/recommend/jobs", handle: (e, b) => e.recommendJobs(...(split(b, "freelancer", "freelancer") as [string, Body])) },
  {
    method: "POST",
    path: "/gap",
    handle: (e, b) => {
      const [freelancer, rest] = split(b, "freelancer", "freelancer");
      const [job, options] = split(rest, "job", "job");
      return e.gapAdvice(freelancer as string, job as string, options);
    },
  },
  { method: "POST", path: "/draft", handle: (e, b) => {
    const { brief: _brief, ...options } = b;
    return e.draftJobPost(requiredString(b, "brief"), options);
  } },
  { method: "POST", path: "/skills", handle: (e, b) => ({ skills: e.extractSkills(requiredString(b, "text")) }) },
  { method: "GET", path: "/skills/suggest", handle: suggestSkills },
  { method: "POST", path: "/records", write: true, handle: records },
  { method: "GET", path: "/stats", handle: (e) => e.stats() },
];
