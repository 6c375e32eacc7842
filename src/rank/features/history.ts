/**
 * Track-record features, as of the query's instant: activity, hire rate, work in the job's skills,
 * and relevance of earlier work to this job. Each is one signal; the raw figures come from
 * src/rank/history.ts and the query-relative spreads from the candidates of the same query.
 */
import type { TrackRecord } from "../history.js";
import { type BestOf, logShareOfBest, shareOfBest } from "./relative.js";
import { type FeatureResult, defaulted, measured } from "./types.js";

/**
 * Hire rate shrunk toward a prior: (hires + s * p) / (proposals + s). A first hire out of one try
 * is weak evidence; ten out of twenty is strong. Prior rate and strength are in pseudo-proposals.
 */
export const HIRE_RATE_PRIOR = { rate: 0.2, strength: 4 } as const;

export function smoothedHireRate(hires: number, proposals: number): number {
  return (hires + HIRE_RATE_PRIOR.strength * HIRE_RATE_PRIOR.rate) / (proposals + HIRE_RATE_PRIOR.strength);
}

// Each feature's value is its own function: the score bound sums values for every candidate
// without making a result per feature; the results below carry the same values.

export const activityValue = (t: TrackRecord, spread: BestOf): number => logShareOfBest(t.proposals, spread);
export const recentActivityValue = (t: TrackRecord, spread: BestOf): number => logShareOfBest(t.recentProposals, spread);
export const hireRateValue = (t: TrackRecord): number => (t.proposals === 0 ? HIRE_RATE_PRIOR.rate : smoothedHireRate(t.hires, t.proposals));
export const skillTrackRecordValue = (t: TrackRecord): number => (t.skillProposals === 0 ? HIRE_RATE_PRIOR.rate : smoothedHireRate(t.skillHires, t.skillProposals));
export const skillVolumeValue = (t: TrackRecord, spread: BestOf): number => logShareOfBest(t.skillProposals, spread);
export const pastWorkRelevanceValue = (t: TrackRecord, spread: BestOf): number => (t.proposals === 0 ? 0 : shareOfBest(t.pastWorkBm25, spread));

/** Earlier proposals, log-scaled against the most active candidate of the query. */
export function activity(t: TrackRecord, spread: BestOf): FeatureResult {
  return measured(activityValue(t, spread), { proposals: t.proposals });
}

/** Proposals in the recent window, log-scaled against the query's most recently active candidate. */
export function recentActivity(t: TrackRecord, spread: BestOf, windowDays: number): FeatureResult {
  return measured(recentActivityValue(t, spread), { proposals: t.recentProposals, days: windowDays });
}

/** Smoothed share of earlier proposals that were hired; no proposals: the prior, defaulted. */
export function hireRate(t: TrackRecord): FeatureResult {
  if (t.proposals === 0) return defaulted(hireRateValue(t), { hires: 0, proposals: 0 });
  return measured(hireRateValue(t), { hires: t.hires, proposals: t.proposals });
}

/** Smoothed hire rate on earlier jobs in this job's skills; no such work: the prior, defaulted. */
export function skillTrackRecord(t: TrackRecord): FeatureResult {
  if (t.skillProposals === 0) return defaulted(skillTrackRecordValue(t), { hires: 0, proposals: 0 });
  return measured(skillTrackRecordValue(t), { hires: t.skillHires, proposals: t.skillProposals });
}

/** Volume of earlier work in this job's skills, log-scaled against the query's best. */
export function skillVolume(t: TrackRecord, spread: BestOf): FeatureResult {
  return measured(skillVolumeValue(t, spread), { proposals: t.skillProposals });
}

/** BM25 of the job against the earlier letters, as a share of the query's best. No letters: 0, defaulted. */
export function pastWorkRelevance(t: TrackRecord, spread: BestOf): FeatureResult {
  if (t.proposals === 0) return defaulted(0);
  const share = pastWorkRelevanceValue(t, spread);
  return measured(share, { share });
}
