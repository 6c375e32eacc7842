/** Fit features: rate and bid against budget, experience level, availability. */
import type { Budget, ExperienceLevel, JobDuration } from "../../model/records.js";
import { type FeatureResult, NEUTRAL, defaulted, measured } from "./types.js";

/**
 * A price against a limit: 1 at or under it, then (limit / price)^2, so 20% over gives 0.69
 * and double gives 0.25. Under budget is not rewarded: cheaper is not a better match.
 */
export function priceFit(price: number, limit: number): number {
  if (price <= limit) return 1;
  return Math.pow(limit / price, 2);
}

/** Hourly rate against an hourly budget's max (or min when only a min is given). */
export function rateFit(hourlyRate: number | undefined, budget: Budget | undefined): FeatureResult {
  if (hourlyRate === undefined || budget === undefined || budget.type !== "hourly") return defaulted(NEUTRAL);
  const limit = budget.max ?? budget.min;
  if (limit === undefined) return defaulted(NEUTRAL);
  return measured(priceFit(hourlyRate, limit), { rate: hourlyRate, limit });
}

/** A proposal's bid against the budget: hourly bids against the hourly max, fixed bids against the amount. */
export function bidFit(bid: number | undefined, budget: Budget | undefined): FeatureResult {
  if (bid === undefined || budget === undefined) return defaulted(NEUTRAL);
  const limit = budget.type === "fixed" ? budget.amount : (budget.max ?? budget.min);
  if (limit === undefined) return defaulted(NEUTRAL);
  return measured(priceFit(bid, limit), { bid, limit, kind: budget.type });
}

const LEVEL_RANK: Record<ExperienceLevel, number> = { entry: 0, intermediate: 1, expert: 2 };

/** Same level 1; one above 0.8 (overqualified is fine, often pricier); one below 0.4; two below 0. */
export function levelFit(candidate: ExperienceLevel | undefined, job: ExperienceLevel | undefined): FeatureResult {
  if (candidate === undefined || job === undefined) return defaulted(NEUTRAL);
  const gap = LEVEL_RANK[candidate] - LEVEL_RANK[job];
  const value = gap === 0 ? 1 : gap > 0 ? (gap === 1 ? 0.8 : 0.6) : gap === -1 ? 0.4 : 0;
  return measured(value, { candidate, job });
}

/** Hours a job of each length typically needs per week. */
export const HOURS_NEEDED: Record<JobDuration, number> = {
  "under-1-month": 10,
  "1-3-months": 20,
  "3-6-months": 30,
  "over-6-months": 30,
};

/** Hours per week available against what the job needs (20 h when the duration is unknown). */
export function availability(hoursPerWeek: number | undefined, duration: JobDuration | undefined): FeatureResult {
  if (hoursPerWeek === undefined) return defaulted(NEUTRAL);
  const needed = duration ? HOURS_NEEDED[duration] : 20;
  return measured(Math.min(1, hoursPerWeek / needed), { hours: hoursPerWeek, needed });
}
