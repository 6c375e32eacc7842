/** Rank options are checked at the edge: an unknown key (`{ lmit: 3 }`) is an error naming the closest valid key. */
import { BestMatchError } from "./errors.js";
import { FREELANCER_FILTER_KEYS, JOB_FILTER_KEYS, RANGE_KEYS, RANK_FREELANCERS_BATCH_KEYS, RANK_FREELANCERS_KEYS, RANK_PROPOSALS_KEYS, RECOMMEND_JOBS_KEYS, rejectUnknownKeys } from "./option-keys.js";

export { RANK_FREELANCERS_BATCH_KEYS, RANK_FREELANCERS_KEYS, RANK_PROPOSALS_KEYS, RECOMMEND_JOBS_KEYS };

export { FREELANCER_FILTER_KEYS, JOB_FILTER_KEYS };

/** Filter fields whose value is a { min, max } range. */
const RANGE_FIELDS = ["hourlyRate", "utcOffsetHours"];

/** `keys`: the valid keys of these rank options; `filterKeys`: of their `filters`, when they take filters. */
export function checkRankOptions(options: unknown, keys: readonly string[], filterKeys?: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new BestMatchError("INVALID_OPTION", "rank options must be an object", { value: options, expected: `an object with ${keys.join(", ")}` });
  }
  rejectUnknownKeys(options, keys, "");
  const filters = (options as { filters?: unknown }).filters;
  if (filters === undefined || filterKeys === undefined) return;
  if (filters === null || typeof filters !== "object" || Array.isArray(filters)) {
    throw new BestMatchError("INVALID_OPTION", 'option "filters" is invalid', { field: "filters", value: filters, expected: "an object of filters" });
  }
  rejectUnknownKeys(filters, filterKeys, "filters");
  for (const field of RANGE_FIELDS) rejectUnknownKeys((filters as Record<string, unknown>)[field], RANGE_KEYS, `filters.${field}`);
}
