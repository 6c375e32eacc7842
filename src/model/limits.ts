/**
 * The validation policy shared by the API and the CLI: plausible ranges for numbers and size
 * limits per record. A value outside a range is rejected (INVALID_RECORD) by the record
 * validators whichever way the record arrived; the CSV reader uses the same ranges.
 */

/**
 * Size limits per record. Below them indexing a record is linear in its size; above them a
 * record is rejected (INVALID_RECORD, naming the field) or, with the engine option
 * `oversized: "truncate"`, cut to the limit (lists keep their first items, text its first characters).
 */
export const RECORD_LIMITS = {
  /** Listed skills per record (a freelancer's skills; a job's required and nice-to-have skills each). Default 1,000. */
  skillsPerRecord: 1_000,
  /** Characters per text field (title, overview, description, cover letter, review text, skill names, ids). Default 100,000. */
  textChars: 100_000,
  /** Items per other list (languages, screening answers). Default 1,000. */
  listItems: 1_000,
} as const;

/** What happens to a record over a RECORD_LIMITS limit (`oversized` engine option). */
export type OversizedPolicy = "reject" | "truncate";

export interface NumberRange {
  min: number;
  max: number;
  integer?: boolean;
}

/**
 * Plausible ranges per numeric field (money in the marketplace's currency, US dollars in the
 * shipped data). Wider than any real marketplace figure, narrow enough to catch a unit or
 * parsing mistake (an hourly rate of 1e12 is an error, not a rate).
 */
export const NUMBER_RANGES = {
  hourlyRate: { min: 0, max: 10_000 },
  hoursPerWeek: { min: 0, max: 168 },
  rating: { min: 1, max: 5 },
  reviewCount: { min: 0, max: 10_000_000, integer: true },
  jobSuccess: { min: 0, max: 100 },
  completedJobs: { min: 0, max: 10_000_000, integer: true },
  totalEarnings: { min: 0, max: 1e11 },
  skillYears: { min: 0, max: 80 },
  budget: { min: 0, max: 1e9 },
  clientHires: { min: 0, max: 10_000_000, integer: true },
  clientTotalSpent: { min: 0, max: 1e12 },
  bid: { min: 0, max: 1e9 },
} as const satisfies Record<string, NumberRange>;

/** Dates must lie in these years (a year typed as 20245 falls outside). */
export const DATE_RANGE = { minYear: 1970, maxYear: 2200 } as const;
