/** What rankings return. Every score is the exact sum of its contributions. */

export interface Contribution {
  /** Feature name, or "bias" for the model's constant term. */
  feature: string;
  /** Feature value in [0, 1] (1 for the bias). */
  value: number;
  /**
   * Linear models: the feature's weight (the bias row: the bias). Tree models: null, since a
   * feature's effect there is no single slope (contribution / value would not hold at value 0).
   */
  weight: number | null;
  /**
   * Linear models: value * weight. Tree models: the feature's exact TreeSHAP value, and for the
   * bias row the expected score (base included). Either way the contributions add up to the score.
   */
  contribution: number;
  /** True when an input was missing and the feature fell back to its documented default value. */
  defaulted: boolean;
  /**
   * Reciprocal scores only: which side of the match the contribution comes from, "freelancerFitsJob"
   * (the client's view, the usual score) or "jobFitsFreelancer" (the freelancer's view of the job).
   */
  group?: ContributionGroup;
}

export type ContributionGroup = "freelancerFitsJob" | "jobFitsFreelancer";

export type MatchVia = "exact" | "alias" | "related";

export interface MatchedSkill {
  /** Canonical name of the job's skill that was matched. */
  skill: string;
  via: MatchVia;
  /** 1 for exact and alias matches; the learned/taxonomy similarity for related ones. */
  similarity: number;
  /** For related matches: the candidate's skill that gave the credit. */
  from?: string;
}

export type Badge =
  | "Great skill match"
  | "Highly rated"
  | "Top proposal"
  | "Rising talent"
  | "Rate above budget"
  | "Boilerplate proposal"
  | "Payment verified"
  | "New job";

export interface RankedItem {
  /** Freelancer id (rankFreelancers), proposal id (rankProposals) or job id (recommendJobs). */
  id: string;
  /** 1-based position in the full ranking (offset included). */
  rank: number;
  score: number;
  contributions: Contribution[];
  matchedSkills: MatchedSkill[];
  /** Canonical names of required skills with no exact, alias or related match. */
  missingSkills: string[];
  /** Plain-language reasons, each derived from a contribution. */
  reasons: string[];
  badges: Badge[];
  /** rankProposals only: who sent the proposal. */
  freelancerId?: string;
  /** Reciprocal scores only: each side's own score; `score` = (1 - weight) * freelancerFitsJob + weight * jobFitsFreelancer. */
  sides?: { freelancerFitsJob: number; jobFitsFreelancer: number; weight: number };
}

export interface RankResult {
  items: RankedItem[];
  /**
   * The length of the ranked list this page is cut from: the candidates that passed the filters.
   * Candidates are every indexed record with `exhaustive: true` (and for rankProposals, every
   * proposal for the job), else the retrieved candidates (up to `candidates` from each retrieval source).
   * Paging with offsets up to `total` walks the whole list; `offset + items.length <= total`.
   */
  total: number;
}
