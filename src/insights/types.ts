/** Public shapes of the insights: gap advice (freelancers), job gaps and the job post drafter (clients). */
import type { Budget, ExperienceLevel, FreelancerRecord, JobRecord } from "../model/records.js";

// ---------- Gap advice ----------

export interface GapAdviceOptions {
  /** Suggestions returned, best first. Default 5. */
  limit?: number;
  /** Ranks are reported within this many top results of the job's ranking; beyond it `rank` is null. Default 100. */
  window?: number;
}

export type GapAdviceKind =
  /** A required skill the profile does not list. */
  | "add-required-skill"
  /** A required skill the profile only matches through a related skill it lists. */
  | "show-related-skill"
  | "add-nice-to-have-skill"
  /** An hourly rate above the job's hourly budget, lowered to the budget. */
  | "rate-within-budget"
  /** A profile field the score uses is empty (hourly rate, experience level, hours per week). */
  | "missing-field"
  /** Fewer hours per week than the job's length needs. */
  | "more-hours";

/** Where a suggestion came from, in plain words: always the job and the engine's own re-scoring. */
export interface GapSource {
  /** The job field the suggestion answers: "skills", "niceToHaveSkills", "budget", "experienceLevel", "duration". */
  jobField: string;
  /** How the figures were obtained. */
  method: "re-scored";
}

export interface GapAdvice {
  kind: GapAdviceKind;
  /** Plain-language suggestion. */
  text: string;
  /** The profile fields to set; `{ ...profile, ...patch }` is the profile that was re-scored. */
  patch: Partial<FreelancerRecord>;
  /** Canonical name of the skill concerned (skill kinds). */
  skill?: string;
  /** For "show-related-skill": the listed skill that currently gives related credit. */
  from?: string;
  /** Score with the change applied, by the same ranking code. */
  score: number;
  /** score minus the current score. */
  gain: number;
  /** 1-based rank among the job's candidates with the change; null when outside the window. */
  rank: number | null;
  source: GapSource;
}

export interface GapAdviceResult {
  freelancerId: string;
  /** The job's id (a job record passed in keeps its own id). */
  jobId: string;
  /** Score and rank of the profile as it is. */
  current: { score: number; rank: number | null };
  /** Candidates in the job's ranking as it is (the `total` of rankFreelancers). */
  candidates: number;
  /** Changes that raise the score, largest gain first (ties: kind, then text). */
  advice: GapAdvice[];
}

// ---------- Job gaps ----------

export interface JobGapsOptions {
  /** Below this many freelancers with every required skill, the requirements count as narrow. Default 10. */
  minCandidates?: number;
}

export interface SkillSupply {
  skill: string;
  /** Indexed freelancers who list the skill (or name it in their title or overview). */
  freelancers: number;
  /** False for a name the taxonomy and the indexed data do not know. */
  known: boolean;
}

export interface Relaxation {
  /** The required skill to make nice-to-have. */
  skill: string;
  /** Freelancers who would then have every remaining required skill. */
  matchingAll: number;
  text: string;
}

export interface JobGapsResult {
  jobId: string;
  requiredSkills: SkillSupply[];
  /** Indexed freelancers who have every required skill. */
  matchingAll: number;
  /** True when `matchingAll` is below `minCandidates`. */
  narrow: boolean;
  /** One per required skill (when there are two or more), the largest gain first (ties by skill). */
  relaxations: Relaxation[];
  /** Plain-language summary. */
  messages: string[];
}

// ---------- Job post drafter ----------

export interface DraftJobPostOptions {
  /** A budget to use instead of one read from the brief; it is compared with similar jobs. */
  budgetHint?: Budget;
  /** Similar indexed jobs used for skills, level and budget. Default 40. */
  similarJobs?: number;
  /** Share of similar jobs (similarity-weighted) at which a co-occurring skill is suggested as required. Default 0.5. */
  requiredShare?: number;
  /** Share at which it is suggested as nice-to-have. Default 0.25. */
  niceToHaveShare?: number;
  /** At most this many required skills. Default 8. */
  maxRequiredSkills?: number;
  /** At most this many nice-to-have skills. Default 5. */
  maxNiceToHaveSkills?: number;
}

export type DraftSourceKind = "brief" | "taxonomy" | "similar-jobs" | "budget-hint" | "default";

export interface DraftSource {
  kind: DraftSourceKind;
  /** What exactly: the words in the brief, the taxonomy category, "23 of 40 similar jobs"... */
  detail: string;
}

export interface Sourced<T> {
  value: T;
  source: DraftSource;
}

export interface SuggestedSkill {
  /** Taxonomy id ("react"). */
  id: string;
  /** Display name ("React"). */
  name: string;
  source: DraftSource;
}

export interface DescriptionSection {
  heading: "About the project" | "Deliverables" | "What we are looking for";
  lines: Array<Sourced<string>>;
}

export interface BudgetSuggestion {
  type: "hourly" | "fixed";
  /** Interquartile range of comparable budgets (fixed amounts, or hourly rates), or the hint/brief figure. */
  min: number;
  max: number;
  /** Median of comparable budgets; undefined when none were comparable. */
  median?: number;
  /** Similar jobs of this budget type that had a figure. */
  comparableJobs: number;
  /** A figure from the brief or the hint, kept as the client's own. */
  stated?: number;
  source: DraftSource;
  /** The other budget type's range among the same similar jobs, when any of them used it. */
  alternative?: BudgetRange;
}

export interface BudgetRange {
  type: "hourly" | "fixed";
  /** First and third quartiles of comparable budgets. */
  min: number;
  max: number;
  median: number;
  comparableJobs: number;
  source: DraftSource;
}

export interface JobPostDraft {
  title: Sourced<string>;
  description: DescriptionSection[];
  requiredSkills: SuggestedSkill[];
  niceToHaveSkills: SuggestedSkill[];
  experienceLevel?: Sourced<ExperienceLevel>;
  budget?: BudgetSuggestion;
  screeningQuestions: Array<Sourced<string>>;
  /** Ids of the most similar indexed jobs used, most similar first (at most 10). */
  similarJobIds: string[];
  /** The draft as a job record (id "draft"), ready for rankFreelancers or addJobs. */
  record: JobRecord;
}

/** The insight methods of the engine (part of `Engine`). */
export interface EngineInsights {
  /**
   * Changes that would raise this freelancer's score for this job the most, each re-scored by
   * the ranking code with the change applied. Unknown ids throw UNKNOWN_RECORD. Each tried
   * change costs a ranking; one that alters the skill list also costs a relearn of the learned
   * skill similarity (which the exact score depends on): fast on small data, about 1.6 s per
   * such change at 20,000 freelancers.
   */
  gapAdvice(freelancer: string | FreelancerRecord, job: string | JobRecord, options?: GapAdviceOptions): GapAdviceResult;
  /** How many indexed freelancers meet the job's required skills, and what relaxing each would give. */
  jobGaps(job: string | JobRecord, options?: JobGapsOptions): JobGapsResult;
  /** A structured job post from a short brief, using the indexed jobs as comparables. */
  draftJobPost(brief: string, options?: DraftJobPostOptions): JobPostDraft;
}
