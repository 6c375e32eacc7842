/**
 * Options of the re-ranking stage that runs after scoring (rankFreelancersBatch). Every rule is off
 * by default; with all of them off the lists are exactly the model's. Defaults live in
 * DEFAULT_RERANK; resolveRerank validates at the edge and fills them in.
 */
import { BestMatchError } from "../../errors.js";
import { DIVERSITY_KEYS, EXPOSURE_KEYS, RERANK_KEYS, rejectUnknownKeys } from "../../option-keys.js";

/** The rules, in the order they run on a list; the audit names the one(s) that moved an item. */
export const RERANK_RULES = ["diversity", "coldStart", "exposureCap"] as const;
export type RerankRule = (typeof RERANK_RULES)[number];

export interface DiversityOptions {
  /**
   * Maximal marginal relevance trade-off: each next slot goes to the candidate maximizing
   * lambda * relevance - (1 - lambda) * (greatest similarity to those already placed).
   * 1 = the model's order; lower values favour variety of skills, country and rate band. Default 0.7.
   */
  lambda: number;
  /** Slots filled by MMR from the top; the rest keeps the model's order. Default 10. */
  window: number;
}

export interface ExposureOptions {
  /**
   * Cap k: one freelancer may hold a top slot (see `depth`) in at most k lists of the batch; lists
   * are processed in the batch's order, so the first k lists a freelancer would top keep them.
   * Default: no cap.
   */
  maxTop?: number;
  /** Positions that count as "topping" a list for the cap. Default 1 (first place only). */
  depth: number;
  /**
   * Cold-start slots: share of the first `newcomerWindow` positions reserved for newcomers
   * (fewer than `newcomerReviews` reviews) who meet the requirements (required-skill coverage at
   * least `minRequiredSkills`). Filled by the best-ranked such newcomers from lower down, placed at
   * the end of the window; a list without enough of them keeps what it has. Default 0 (off).
   */
  newcomerShare: number;
  /** Default 10. */
  newcomerWindow: number;
  /** A freelancer with fewer reviews than this is a newcomer (also for the audit's newcomer share). Default 5. */
  newcomerReviews: number;
  /** Required-skill coverage (the requiredSkills feature value) a newcomer needs for a slot. Default 0.7. */
  minRequiredSkills: number;
}

export interface RerankOptions {
  /** The model's best `pool` candidates per list are re-ranked (at least offset + limit). Default 100. */
  pool: number;
  /** Diversity by MMR; `true` uses the defaults. Default off. */
  diversity?: boolean | Partial<DiversityOptions>;
  /** Exposure cap and cold-start slots (each off unless set). Default off. */
  exposure?: Partial<ExposureOptions>;
}

export interface ResolvedRerank {
  pool: number;
  diversity?: DiversityOptions;
  exposure: ExposureOptions;
}

export const DEFAULT_DIVERSITY: Readonly<DiversityOptions> = { lambda: 0.7, window: 10 };
export const DEFAULT_EXPOSURE: Readonly<ExposureOptions> = { depth: 1, newcomerShare: 0, newcomerWindow: 10, newcomerReviews: 5, minRequiredSkills: 0.7 };
export const DEFAULT_RERANK: Readonly<{ pool: number }> = { pool: 100 };
/** The audit's exposure figures count appearances in each list's first AUDIT_TOP positions. */
export const AUDIT_TOP = 10;

function check(ok: boolean, field: string, value: unknown, expected: string): void {
  if (!ok) throw new BestMatchError("INVALID_OPTION", `option "${field}" is invalid`, { field, value, expected });
}
const isInt = (x: unknown, min: number): boolean => Number.isInteger(x) && (x as number) >= min;
const inUnit = (x: unknown): boolean => typeof x === "number" && x >= 0 && x <= 1;

export function resolveRerank(options: Partial<RerankOptions> = {}): ResolvedRerank {
  rejectUnknownKeys(options, RERANK_KEYS, "rerank");
  if (typeof options.diversity === "object") rejectUnknownKeys(options.diversity, DIVERSITY_KEYS, "rerank.diversity");
  rejectUnknownKeys(options.exposure, EXPOSURE_KEYS, "rerank.exposure");
  const pool = options.pool ?? DEFAULT_RERANK.pool;
  check(isInt(pool, 1), "rerank.pool", pool, "an integer >= 1");
  let diversity: DiversityOptions | undefined;
  if (options.diversity !== undefined && options.diversity !== false) {
    diversity = { ...DEFAULT_DIVERSITY, ...(options.diversity === true ? {} : options.diversity) };
    check(inUnit(diversity.lambda), "rerank.diversity.lambda", diversity.lambda, "a number from 0 to 1");
    check(isInt(diversity.window, 1), "rerank.diversity.window", diversity.window, "an integer >= 1");
  }
  const exposure = { ...DEFAULT_EXPOSURE, ...options.exposure };
  if (exposure.maxTop !== undefined) check(isInt(exposure.maxTop, 0), "rerank.exposure.maxTop", exposure.maxTop, "an integer >= 0");
  check(isInt(exposure.depth, 1), "rerank.exposure.depth", exposure.depth, "an integer >= 1");
  check(inUnit(exposure.newcomerShare), "rerank.exposure.newcomerShare", exposure.newcomerShare, "a number from 0 to 1");
  check(isInt(exposure.newcomerWindow, 1), "rerank.exposure.newcomerWindow", exposure.newcomerWindow, "an integer >= 1");
  check(isInt(exposure.newcomerReviews, 0), "rerank.exposure.newcomerReviews", exposure.newcomerReviews, "an integer >= 0");
  check(inUnit(exposure.minRequiredSkills), "rerank.exposure.minRequiredSkills", exposure.minRequiredSkills, "a number from 0 to 1");
  return { pool, diversity, exposure };
}

/** Which rules a resolved configuration turns on. */
export function activeRules(r: ResolvedRerank): RerankRule[] {
  const on: Record<RerankRule, boolean> = {
    diversity: r.diversity !== undefined && r.diversity.lambda < 1,
    coldStart: Math.round(r.exposure.newcomerShare * r.exposure.newcomerWindow) > 0,
    exposureCap: r.exposure.maxTop !== undefined,
  };
  return RERANK_RULES.filter((rule) => on[rule]);
}
