/**
 * The CSV format of every file the CLI reads and the generator and importers write.
 * One table per record kind: column name (snake_case, as written) -> record field and type.
 * Readers accept headers case-insensitively in snake_case or camelCase, plus the listed aliases.
 *
 * Cell conventions: lists are `;`-separated (or a JSON array); dates are ISO 8601;
 * booleans are true/false/yes/no/1/0; an empty cell means "absent".
 */

export type ColumnType = "string" | "number" | "integer" | "boolean" | "date" | "list" | "skills" | "enum";

export interface ColumnSpec {
  /** Column name as written. */
  name: string;
  /** Dotted record field: "hourlyRate", "client.paymentVerified", "budget.min". */
  field: string;
  type: ColumnType;
  required?: boolean;
  /** For numbers: inclusive range. */
  min?: number;
  max?: number;
  /** For enums. */
  values?: readonly string[];
  /** Other header spellings accepted on read. */
  aliases?: readonly string[];
}

import { NUMBER_RANGES } from "../model/limits.js";

const LEVELS = ["entry", "intermediate", "expert"] as const;
/** Ranges are the validators' (one policy for the API and the CLI); here so messages name the column and raw text. */
const R = NUMBER_RANGES;
const DURATIONS = ["under-1-month", "1-3-months", "3-6-months", "over-6-months"] as const;

export const FREELANCER_COLUMNS: readonly ColumnSpec[] = [
  { name: "id", field: "id", type: "string", required: true, aliases: ["freelancer_id"] },
  { name: "title", field: "title", type: "string" },
  { name: "overview", field: "overview", type: "string", aliases: ["description", "bio"] },
  // `skills` cells: "React;TypeScript" or a JSON array of names / { name, level?, years? }.
  { name: "skills", field: "skills", type: "skills" },
  { name: "hourly_rate", field: "hourlyRate", type: "number", ...R.hourlyRate, aliases: ["rate"] },
  { name: "experience_level", field: "experienceLevel", type: "enum", values: LEVELS, aliases: ["level"] },
  { name: "hours_per_week", field: "hoursPerWeek", type: "number", min: 0, max: 168, aliases: ["availability"] },
  { name: "country", field: "country", type: "string" },
  { name: "timezone", field: "timezone", type: "string", aliases: ["tz"] },
  { name: "languages", field: "languages", type: "list" },
  { name: "rating", field: "rating", type: "number", min: 1, max: 5 },
  { name: "review_count", field: "reviewCount", type: "integer", min: 0, aliases: ["reviews"] },
  { name: "job_success", field: "jobSuccess", type: "number", min: 0, max: 100, aliases: ["jss"] },
  { name: "completed_jobs", field: "completedJobs", type: "integer", min: 0 },
  { name: "total_earnings", field: "totalEarnings", type: "number", ...R.totalEarnings, aliases: ["earnings"] },
  { name: "last_active_at", field: "lastActiveAt", type: "date" },
  { name: "created_at", field: "createdAt", type: "date" },
];

export const JOB_COLUMNS: readonly ColumnSpec[] = [
  { name: "id", field: "id", type: "string", required: true, aliases: ["job_id"] },
  { name: "title", field: "title", type: "string" },
  { name: "description", field: "description", type: "string" },
  { name: "skills", field: "skills", type: "list", aliases: ["required_skills"] },
  { name: "nice_to_have_skills", field: "niceToHaveSkills", type: "list", aliases: ["optional_skills"] },
  { name: "budget_type", field: "budget.type", type: "enum", values: ["hourly", "fixed"] },
  { name: "budget_min", field: "budget.min", type: "number", ...R.budget },
  { name: "budget_max", field: "budget.max", type: "number", ...R.budget },
  { name: "budget_amount", field: "budget.amount", type: "number", ...R.budget },
  { name: "experience_level", field: "experienceLevel", type: "enum", values: LEVELS, aliases: ["level"] },
  { name: "duration", field: "duration", type: "enum", values: DURATIONS },
  { name: "posted_at", field: "postedAt", type: "date", aliases: ["created_at"] },
  { name: "client_payment_verified", field: "client.paymentVerified", type: "boolean" },
  { name: "client_rating", field: "client.rating", type: "number", min: 1, max: 5 },
  { name: "client_hires", field: "client.hires", type: "integer", min: 0 },
  { name: "client_total_spent", field: "client.totalSpent", type: "number", ...R.clientTotalSpent },
  { name: "client_country", field: "client.country", type: "string" },
];

export const REVIEW_COLUMNS: readonly ColumnSpec[] = [
  { name: "id", field: "id", type: "string", required: true, aliases: ["review_id"] },
  { name: "freelancer_id", field: "freelancerId", type: "string", required: true },
  { name: "job_id", field: "jobId", type: "string" },
  { name: "rating", field: "rating", type: "number", required: true, min: 1, max: 5 },
  { name: "text", field: "text", type: "string", aliases: ["comment"] },
  { name: "created_at", field: "createdAt", type: "date" },
];

export const PROPOSAL_COLUMNS: readonly ColumnSpec[] = [
  { name: "id", field: "id", type: "string", required: true, aliases: ["proposal_id"] },
  { name: "job_id", field: "jobId", type: "string", required: true },
  { name: "freelancer_id", field: "freelancerId", type: "string", required: true },
  { name: "cover_letter", field: "coverLetter", type: "string" },
  { name: "bid", field: "bid", type: "number", ...R.bid },
  { name: "submitted_at", field: "submittedAt", type: "date", aliases: ["created_at"] },
  { name: "screening_answers", field: "screeningAnswers", type: "list" },
];

/**
 * Outcomes are written by the generator and the Stack Exchange importer, and read by evaluation:
 * what happened to each proposal. Not an engine record.
 */
export const OUTCOME_VALUES = ["hired", "interviewed", "applied"] as const;
export type Outcome = (typeof OUTCOME_VALUES)[number];
export const OUTCOME_COLUMNS: readonly ColumnSpec[] = [
  { name: "job_id", field: "jobId", type: "string", required: true },
  { name: "freelancer_id", field: "freelancerId", type: "string", required: true },
  { name: "proposal_id", field: "proposalId", type: "string" },
  { name: "outcome", field: "outcome", type: "enum", required: true, values: OUTCOME_VALUES },
];

/** File names inside a data folder (generator output, importer output, CLI defaults). */
export const DATA_FILES = {
  freelancers: "freelancers.csv",
  jobs: "jobs.csv",
  reviews: "reviews.csv",
  proposals: "proposals.csv",
  outcomes: "outcomes.csv",
} as const;
