/** Proposal-quality features: cover letter coverage, personalization, response time, screening answers. */
import { DAY_MS, type FeatureResult, NEUTRAL, defaulted, measured } from "./types.js";

/** Share of the job's required skills the letter names (IDF-weighted, exact only); no letter: 0, defaulted. */
export function letterSkills(letterPresent: boolean, skillShare: number | undefined): FeatureResult {
  if (!letterPresent || skillShare === undefined) return defaulted(0);
  return measured(skillShare, { share: skillShare });
}

/** Letter length in characters, log-scaled against the longest letter the job received. */
export function letterLength(chars: number, longest: number): FeatureResult {
  if (chars === 0) return defaulted(0, { chars: 0 });
  return measured(Math.log1p(chars) / Math.log1p(Math.max(chars, longest)), { chars });
}

/** Kinds of structure a letter can show: each found kind counts a third. */
export interface LetterStructure {
  list: boolean;
  code: boolean;
  link: boolean;
}

const LIST_LINE = /^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+\S/m;
const CODE = /```|<code>|<pre>|^(?: {4}|\t)\S|`[^`\n]{2,}`|[;{}]\s*$/m;
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+\.\w{2,}/i;

export function letterStructureOf(text: string): LetterStructure {
  return { list: LIST_LINE.test(text), code: CODE.test(text), link: LINK.test(text) };
}

/** Structure of the letter (a list, code, a link): worked detail rather than a paragraph of claims. */
export function letterStructure(text: string | undefined): FeatureResult {
  if (!text) return defaulted(0);
  const s = letterStructureOf(text);
  return measured((Number(s.list) + Number(s.code) + Number(s.link)) / 3, { list: Number(s.list), code: Number(s.code), link: Number(s.link) });
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
