/**
 * Record shapes as users hand them to the engine (camelCase). Only `id` and the
 * text or skills needed to rank are required; every other field is optional and
 * its absence shows up in explanations as a defaulted feature.
 */

export const EXPERIENCE_LEVELS = ["entry", "intermediate", "expert"] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

/** Job length, as marketplaces usually bucket it. */
export const JOB_DURATIONS = ["under-1-month", "1-3-months", "3-6-months", "over-6-months"] as const;
export type JobDuration = (typeof JOB_DURATIONS)[number];

/** A date as an ISO 8601 string, a Date, or epoch milliseconds. */
export type DateInput = string | Date | number;

/** A skill a freelancer claims: a bare name, or a name with level and years. */
export type SkillClaim = string | { name: string; level?: ExperienceLevel; years?: number };

export interface FreelancerRecord {
  id: string;
  title?: string;
  overview?: string;
  /** Skill names (canonical names or aliases), or `{ name, level?, years? }`. */
  skills?: SkillClaim[];
  /** Hourly rate in the marketplace currency. */
  hourlyRate?: number;
  experienceLevel?: ExperienceLevel;
  /** Hours per week the freelancer can take on (0-168). */
  hoursPerWeek?: number;
  /** ISO 3166 alpha-2 code or country name, compared case-insensitively. */
  country?: string;
  /** IANA zone ("Europe/Berlin") or UTC offset ("UTC+05:30"). */
  timezone?: string;
  languages?: string[];
  /** Average review rating, 1-5. */
  rating?: number;
  reviewCount?: number;
  /** Job success score, 0-100. */
  jobSuccess?: number;
  completedJobs?: number;
  totalEarnings?: number;
  lastActiveAt?: DateInput;
  createdAt?: DateInput;
}

export type Budget =
  | { type: "hourly"; min?: number; max?: number }
  /** A fixed price; `amount` may be absent (many real fixed-price posts name none): budget fit is then defaulted. */
  | { type: "fixed"; amount?: number };

export interface ClientInfo {
  paymentVerified?: boolean;
  /** Client's own rating from freelancers, 1-5. */
  rating?: number;
  hires?: number;
  totalSpent?: number;
  country?: string;
}

export interface JobRecord {
  id: string;
  title?: string;
  description?: string;
  /** Required skills (canonical names or aliases). */
  skills?: string[];
  niceToHaveSkills?: string[];
  budget?: Budget;
  experienceLevel?: ExperienceLevel;
  duration?: JobDuration;
  postedAt?: DateInput;
  client?: ClientInfo;
}

export interface ReviewRecord {
  id: string;
  freelancerId: string;
  jobId?: string;
  /** 1-5 stars. */
  rating: number;
  text?: string;
  createdAt?: DateInput;
}

export interface ProposalRecord {
  id: string;
  jobId: string;
  freelancerId: string;
  coverLetter?: string;
  /** Hourly rate for hourly jobs, total amount for fixed-price jobs. */
  bid?: number;
  submittedAt?: DateInput;
  screeningAnswers?: string[];
}
