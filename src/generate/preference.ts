/**
 * The hidden preference model: how generated clients choose among proposals. It is what
 * a learning-to-rank model should recover from outcomes.csv, and what a ranking can be
 * scored against. Nothing here is written to the CSV files except its consequences.
 *
 *   utility = 3.0 * requiredCoverage   share of the job's required skills the freelancer has
 *                                      (1 per exact skill, 0.5 when only a related skill is held)
 *           + 1.0 * niceCoverage       the same over nice-to-have skills (0 when the job has none)
 *           + 1.2 * reputation         (smoothed rating - 4) + 0.1 * ln(1 + reviewCount),
 *                                      smoothed rating = (rating * n + 4 * 5) / (n + 5)
 *           + 1.0 * rateFit            0 when the bid is within budget (hourly max or fixed amount),
 *                                      else -2 * (bid / budget - 1), floored at -2; 0 without a bid
 *           + 0.8 * personalized       1 for a letter written for this job, 0 for boilerplate or none
 *           + 0.4 * levelFit           1 same experience level, 0.5 one step apart, 0 otherwise
 *           + 0.6 * noise              standard normal, per proposal
 *
 * Outcomes per job: the client hires with probability HIRE_PROBABILITY; the top utility is
 * then "hired", the next 1-2 are "interviewed". Clients that hire nobody still interview
 * their top 1-2. Everyone else "applied". Ties break by proposal order.
 *
 * The model sees the true values, also when the CSV leaves a field out (a missing skills
 * list, budget or level is only missing from the file, not from the client's mind), and it
 * compares skills by taxonomy id, while files sometimes spell a skill by an alias.
 */
import type { ExperienceLevel } from "../model/records.js";
import { EXPERIENCE_LEVELS } from "../model/records.js";
import type { Outcome } from "../io/columns.js";
import type { SkillModel } from "./skill-model.js";
import { areRelated } from "./skill-model.js";
import type { BudgetDraft } from "./jobs.js";

export const HIDDEN_PREFERENCE_WEIGHTS = {
  requiredCoverage: 3.0,
  niceCoverage: 1.0,
  reputation: 1.2,
  rateFit: 1.0,
  personalized: 0.8,
  levelFit: 0.4,
  noise: 0.6,
} as const;

export const HIRE_PROBABILITY = 0.7;
const PRIOR_RATING = 4;
const PRIOR_STRENGTH = 5;

export interface PreferenceFeatures {
  requiredCoverage: number;
  niceCoverage: number;
  reputation: number;
  rateFit: number;
  personalized: number;
  levelFit: number;
}

export interface PreferenceInput {
  required: readonly number[];
  niceToHave: readonly number[];
  jobLevel: ExperienceLevel;
  budget: BudgetDraft;
  freelancerSkills: ArrayLike<number>;
  /** 0 when the freelancer has no reviews. */
  rating: number;
  reviewCount: number;
  level: ExperienceLevel;
  bid: number | undefined;
  personalized: boolean;
}

export function skillCoverage(model: SkillModel, wanted: readonly number[], held: ArrayLike<number>): number {
  if (wanted.length === 0) return 0;
  let credit = 0;
  for (const w of wanted) {
    let best = 0;
    for (let k = 0; k < held.length && best < 1; k++) {
      if (held[k] === w) best = 1;
      else if (best === 0 && areRelated(model, w, held[k])) best = 0.5;
    }
    credit += best;
  }
  return credit / wanted.length;
}

export function preferenceFeatures(model: SkillModel, x: PreferenceInput): PreferenceFeatures {
  const smoothed = (x.rating * x.reviewCount + PRIOR_RATING * PRIOR_STRENGTH) / (x.reviewCount + PRIOR_STRENGTH);
  const ceiling = x.budget.type === "hourly" ? x.budget.max : x.budget.amount;
  const steps = Math.abs(EXPERIENCE_LEVELS.indexOf(x.level) - EXPERIENCE_LEVELS.indexOf(x.jobLevel));
  return {
    requiredCoverage: skillCoverage(model, x.required, x.freelancerSkills),
    niceCoverage: skillCoverage(model, x.niceToHave, x.freelancerSkills),
    reputation: smoothed - PRIOR_RATING + 0.1 * Math.log1p(x.reviewCount),
    rateFit: x.bid === undefined || x.bid <= ceiling ? 0 : Math.max(-2, -2 * (x.bid / ceiling - 1)),
    personalized: x.personalized ? 1 : 0,
    levelFit: steps === 0 ? 1 : steps === 1 ? 0.5 : 0,
  };
}

/** Weighted sum of the features plus `noise` (a standard normal draw) times the noise weight. */
export function hiddenUtility(f: PreferenceFeatures, noise: number): number {
  const w = HIDDEN_PREFERENCE_WEIGHTS;
  return (
    w.requiredCoverage * f.requiredCoverage +
    w.niceCoverage * f.niceCoverage +
    w.reputation * f.reputation +
    w.rateFit * f.rateFit +
    w.personalized * f.personalized +
    w.levelFit * f.levelFit +
    w.noise * noise
  );
}

/** Outcome per proposal (same order as `utilities`). */
export function assignOutcomes(utilities: readonly number[], hires: boolean, interviews: number): Outcome[] {
  const order = utilities.map((_, i) => i).sort((a, b) => utilities[b] - utilities[a] || a - b);
  const outcomes: Outcome[] = utilities.map(() => "applied");
  let rank = 0;
  if (hires && order.length > 0) outcomes[order[rank++]] = "hired";
  for (let k = 0; k < interviews && rank < order.length; k++) outcomes[order[rank++]] = "interviewed";
  return outcomes;
}
