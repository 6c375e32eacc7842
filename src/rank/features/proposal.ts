/** Proposal-quality features: cover letter coverage, personalization, response time, screening answers. */
import { DAY_MS, type FeatureResult, NEUTRAL, defaulted, measured } from "./types.js";

/**
 * How much of the job the letter addresses: half the IDF-weighted share of required skills it
 * names, half the letter's text relevance to the job (BM25 of the job text against the letter,
 * squashed like textRelevance). Without required skills, text relevance only.
 */
export function coverLetterCoverage(
  letterPresent: boolean,
  skillShare: number | undefined,
  textRelevance: number,
): FeatureResult {
  if (!letterPresent) return defaulted(0);
  const value = skillShare === undefined ? textRelevance : 0.5 * skillShare + 0.5 * textRelevance;
  return measured(value, { skillShare: skillShare ?? -1, textRelevance });
}

/** Word 4-shingles of a text, hashed to 32-bit ints (FNV-1a) for cheap set comparison. */
export function shingles(text: string, size = 4): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < size) {
    if (words.length) out.add(fnv1a(words.join(" ")));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(fnv1a(words.slice(i, i + size).join(" ")));
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * 1 - the highest shingle overlap with the same freelancer's letters to other jobs:
 * a letter pasted across jobs scores near 0. A first letter has nothing to compare: 1.
 */
export function personalization(letter: ReadonlySet<number> | undefined, others: ReadonlyArray<ReadonlySet<number>>): FeatureResult {
  if (!letter || letter.size === 0) return defaulted(0);
  let worst = 0;
  for (const o of others) worst = Math.max(worst, jaccard(letter, o));
  return measured(1 - worst, { maxOverlap: worst, compared: others.length });
}

/** Half-life of response-time credit: a proposal a day after posting gets 0.5. */
export const RESPONSE_HALF_LIFE_HOURS = 24;
export function responseTime(postedAt: number | undefined, submittedAt: number | undefined): FeatureResult {
  if (postedAt === undefined || submittedAt === undefined) return defaulted(NEUTRAL);
  const hours = Math.max(0, (submittedAt - postedAt) / (DAY_MS / 24));
  return measured(Math.pow(0.5, hours / RESPONSE_HALF_LIFE_HOURS), { hours: Math.round(hours * 10) / 10 });
}

/** Screening answers: 1 when every answer has substance (>= 20 characters), the share that does otherwise. */
export function screeningAnswers(answers: readonly string[] | undefined): FeatureResult {
  if (!answers || answers.length === 0) return defaulted(NEUTRAL);
  const good = answers.filter((a) => a.trim().length >= 20).length;
  return measured(good / answers.length, { answered: answers.length, substantive: good });
}
