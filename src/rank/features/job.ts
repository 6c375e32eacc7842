/** Job-side features for recommendations: client quality, freshness, competition. */
import type { ClientInfo } from "../../model/records.js";
import { DAY_MS, type FeatureResult, NEUTRAL, defaulted, measured } from "./types.js";

/**
 * Mean of what is known about the client: payment verified (1/0), rating mapped from 1-5,
 * hires on a log scale (20 hires = 1), spend on a log scale ($100k = 1).
 */
export function clientQuality(client: ClientInfo | undefined): FeatureResult {
  const parts: number[] = [];
  if (client?.paymentVerified !== undefined) parts.push(client.paymentVerified ? 1 : 0);
  if (client?.rating !== undefined) parts.push((client.rating - 1) / 4);
  if (client?.hires !== undefined) parts.push(Math.min(1, Math.log1p(client.hires) / Math.log1p(20)));
  if (client?.totalSpent !== undefined) parts.push(Math.min(1, Math.log10(1 + client.totalSpent) / 5));
  if (parts.length === 0) return defaulted(NEUTRAL);
  const facts: Record<string, number | string> = { known: parts.length };
  if (client?.paymentVerified !== undefined) facts.verified = client.paymentVerified ? "yes" : "no";
  if (client?.rating !== undefined) facts.rating = client.rating;
  if (client?.hires !== undefined) facts.hires = client.hires;
  return measured(parts.reduce((a, b) => a + b, 0) / parts.length, facts);
}

/** Exponential decay of a job's age: 1 when just posted, 0.5 after one half-life. */
export function freshness(postedAt: number | undefined, now: number, halfLifeDays: number): FeatureResult {
  if (postedAt === undefined) return defaulted(NEUTRAL);
  const days = Math.max(0, (now - postedAt) / DAY_MS);
  return measured(Math.pow(0.5, days / halfLifeDays), { days: Math.round(days * 10) / 10 });
}

/** Fewer proposals, better odds: 1 / (1 + n / 10), so 10 proposals give 0.5. */
export function competition(proposals: number): FeatureResult {
  return measured(1 / (1 + proposals / 10), { proposals });
}

/**
 * IDF-weighted share of the job's required skills that the freelancer worked in before (the required
 * skills of the jobs they sent proposals to): what they do, rather than what they list. None: 0, defaulted.
 */
export function skillHistory(required: readonly number[], worked: ReadonlySet<number>, weight: (skill: number) => number): FeatureResult {
  if (worked.size === 0 || required.length === 0) return defaulted(0);
  let total = 0;
  let hit = 0;
  for (const s of required) {
    const w = weight(s);
    total += w;
    if (worked.has(s)) hit += w;
  }
  return measured(total > 0 ? hit / total : 0, { worked: required.filter((s) => worked.has(s)).length, wanted: required.length });
}
