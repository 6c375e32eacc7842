/**
 * Validated records to indexable documents: skills resolved to vocabulary indices (listed
 * skills, plus skills extracted from the text), and the text BM25 sees.
 *
 * How an extracted mention counts depends on its class (see skills/extract/mention-class.ts):
 * - negated ("no WordPress"): never required, never credited;
 * - nice-to-have ("Docker is a plus"): a job's nice-to-have skill (unless listed as required);
 * - aspirational ("eager to learn React"): no credit for a profile; nice-to-have for a job;
 * - required: a job's required skill when the job lists none, except generic skills
 *   ("Web Development", "API Development"), which only say what field the job is in: those
 *   are nice-to-have (they weigh less and are never reported missing).
 * Listed skills always count as listed.
 */
import type { FreelancerRecord, JobRecord, SkillClaim } from "../model/records.js";
import type { SkillVocabulary } from "../skills/vocabulary.js";
import type { SkillSet } from "../rank/features/skills.js";
import { exactSkillKey } from "../skills/taxonomy.js";
import type { MentionClass } from "../skills/extract/mention-class.js";

export interface Extracted {
  index: number;
  skill: string;
  alias: string;
  mentionClass: MentionClass;
}
export type Extractor = (text: string) => Extracted[];

export interface FreelancerDoc {
  record: FreelancerRecord;
  skills: SkillSet;
  /** Claimed depth per listed skill (from level and years), for the skill-depth feature. */
  depth: ReadonlyMap<number, number>;
  /** How many of `skills` were found only in the profile text (not listed): explanations say where skills came from. */
  fromText: number;
}

const LEVEL_DEPTH = { entry: 1 / 3, intermediate: 2 / 3, expert: 1 } as const;
/** Years of a skill that count as full depth. */
export const FULL_DEPTH_YEARS = 8;

/** Depth of a claimed skill in [0, 1]: the larger of its level and years / 8; undefined for a bare name. */
export function claimDepth(claim: SkillClaim): number | undefined {
  if (typeof claim === "string" || (claim.level === undefined && claim.years === undefined)) return undefined;
  return Math.max(claim.level ? LEVEL_DEPTH[claim.level] : 0, Math.min(1, (claim.years ?? 0) / FULL_DEPTH_YEARS));
}

export interface JobDoc {
  record: JobRecord;
  /** Required skills, in listed order, deduplicated. */
  required: number[];
  niceToHave: number[];
  /** Listed skill names the vocabulary does not know (only for query-only jobs). */
  unknown: string[];
}

const claimName = (c: SkillClaim): string => (typeof c === "string" ? c : c.name);

/*
 * The text BM25 sees is derived from the record when needed, not stored: a second copy of every
 * title, overview and description was a fifth of the engine's heap.
 */

/** Title, overview and listed skill names: what BM25 indexes for a freelancer. */
export function freelancerText(record: FreelancerRecord): string {
  const prose = [record.title, record.overview].filter(Boolean).join("\n");
  return [prose, (record.skills ?? []).map(claimName).join(" ")].filter(Boolean).join("\n");
}

/** Title, description and listed skill names: what BM25 indexes for a job. */
export function jobText(record: JobRecord): string {
  const prose = [record.title, record.description].filter(Boolean).join("\n");
  const listed = [...(record.skills ?? []), ...(record.niceToHaveSkills ?? [])];
  return [prose, listed.join(" ")].filter(Boolean).join("\n");
}

/** No claimed depth: one shared empty map instead of one per profile. */
const NO_DEPTH: ReadonlyMap<number, number> = new Map();

/** Deduplicated sorted skill set; a skill seen both ways counts as written exactly. */
export function toSkillSet(entries: Iterable<{ index: number; alias: boolean }>): SkillSet {
  const best = new Map<number, boolean>();
  for (const e of entries) best.set(e.index, (best.get(e.index) ?? true) && e.alias);
  const skills = Int32Array.from([...best.keys()].sort((a, b) => a - b));
  const via = Uint8Array.from(skills, (s) => (best.get(s) ? 1 : 0));
  return { skills, via };
}

/** Skills a profile text claims: negated and aspirational mentions give no credit. */
function claimedEntries(extract: Extractor, text: string): Array<{ index: number; alias: boolean }> {
  return extract(text)
    .filter((e) => e.mentionClass === "required" || e.mentionClass === "niceToHave")
    .map((e) => ({ index: e.index, alias: !sameExactKey(e.alias, e.skill) }));
}

/*
 * exactSkillKey (NFKC, whitespace, case) of mention aliases and skill names, memoized: the same
 * few thousand spellings come back in every profile, and normalizing them was a tenth of
 * building a profile's doc.
 */
const exactKeys = new Map<string, string>();
const EXACT_KEY_CACHE = 100_000;

/**
 * exactKey(a) === exactKey(b), without either key when both are ASCII words (no whitespace):
 * there NFKC and the whitespace rules change nothing and the key is the ASCII lowercase, so
 * comparing char codes case-folded decides. Most mentions are such words, and the memo's
 * lookups of freshly sliced aliases were most of a profile's claimed-skill cost.
 */
export function sameExactKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let plain = true;
    for (let k = 0; k < a.length && plain; k++) {
      const x = a.charCodeAt(k);
      const y = b.charCodeAt(k);
      if (x <= 32 || x >= 127 || y <= 32 || y >= 127) plain = false;
      else if ((x >= 65 && x <= 90 ? x + 32 : x) !== (y >= 65 && y <= 90 ? y + 32 : y)) return false;
    }
    if (plain) return true;
  } else if (isAsciiWord(a) && isAsciiWord(b)) return false;
  return exactKey(a) === exactKey(b);
}

/** Printable ASCII without whitespace: its exact key is its lowercase (same length). */
function isAsciiWord(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

function exactKey(text: string): string {
  let key = exactKeys.get(text);
  if (key === undefined) {
    key = exactSkillKey(text);
    if (exactKeys.size >= EXACT_KEY_CACHE) exactKeys.clear();
    exactKeys.set(text, key);
  }
  return key;
}

export function freelancerDoc(record: FreelancerRecord, vocab: SkillVocabulary, extract: Extractor, mint: boolean): FreelancerDoc {
  const entries: Array<{ index: number; alias: boolean }> = [];
  const depth = new Map<number, number>();
  for (const claim of record.skills ?? []) {
    const r = vocab.resolve(claimName(claim), mint);
    if (!r) continue;
    entries.push({ index: r.index, alias: r.via === "alias" });
    const d = claimDepth(claim);
    if (d !== undefined) depth.set(r.index, Math.max(d, depth.get(r.index) ?? 0));
  }
  const listed = new Set(entries.map((e) => e.index));
  const prose = [record.title, record.overview].filter(Boolean).join("\n");
  // A loop, not push(...spread): a skill-dense 1 MB overview has more mentions than the stack has room for arguments.
  if (prose) for (const e of claimedEntries(extract, prose)) entries.push(e);
  const skills = toSkillSet(entries);
  return { record, skills, depth: depth.size ? depth : NO_DEPTH, fromText: skills.skills.length - listed.size };
}

export function jobDoc(record: JobRecord, vocab: SkillVocabulary, extract: Extractor, mint: boolean): JobDoc {
  const unknown: string[] = [];
  // Sets, not includes(): linear in the number of listed skills.
  const resolveAll = (names: readonly string[]): number[] => {
    const out = new Set<number>();
    for (const name of names) {
      const r = vocab.resolve(name, mint);
      if (!r) unknown.push(name.trim());
      else out.add(r.index);
    }
    return [...out];
  };
  const prose = [record.title, record.description].filter(Boolean).join("\n");
  const mentions = prose ? extract(prose) : [];
  const listsSkills = (record.skills?.length ?? 0) > 0;
  // A job without listed skills is ranked on the concrete skills its text requires.
  const required = listsSkills ? resolveAll(record.skills ?? []) : [];
  // Sets beside the lists, not includes(): linear in the number of skills.
  const inRequired = new Set(required);
  const textNice: number[] = [];
  const inTextNice = new Set<number>();
  for (const m of mentions) {
    if (m.mentionClass === "negated") continue;
    const generic = !vocab.isCustom(m.index) && vocab.taxonomy.isGeneric(m.index);
    // With listed skills the text adds only what it marks as optional.
    if (m.mentionClass === "required" && listsSkills) continue;
    if (m.mentionClass === "required" && !generic) {
      if (!inRequired.has(m.index)) {
        required.push(m.index);
        inRequired.add(m.index);
      }
    } else if (!inTextNice.has(m.index)) {
      textNice.push(m.index);
      inTextNice.add(m.index);
    }
  }
  const niceToHave: number[] = [];
  const inNice = new Set<number>();
  for (const s of [...resolveAll(record.niceToHaveSkills ?? []), ...textNice]) {
    if (inRequired.has(s) || inNice.has(s)) continue;
    niceToHave.push(s);
    inNice.add(s);
  }
  return { record, required, niceToHave, unknown };
}
