/**
 * Skill extraction from free text (job descriptions, profiles, proposals).
 *
 * Text is cut into tokens (tokens.ts); from each token the trie of loose keys is walked
 * across joiners ("node js", "Node.js", "ASP.NET", "CI/CD") and marks ("R&D"), never across
 * breaks (commas, brackets, line ends). At each start the longest match wins and scanning
 * resumes after it (leftmost-longest), so spans never overlap. A match may carry a plural
 * "s" on its last token ("APIs", "React Native apps" -> React Native + " apps" unmatched)
 * unless the skill is ambiguous, or a glued version number ("php7", "angular2"; not for
 * ambiguous spellings). Spellings of ambiguous skills then go through evidence.ts.
 *
 * Cost: one trie walk per token, each bounded by the longest key, so linear in text length.
 */
import type { Taxonomy } from "../taxonomy.js";
import { exactSkillKey } from "../taxonomy.js";
import { applyEvidence } from "./evidence.js";
import { skillTokens, type SkillToken } from "./tokens.js";
import { buildSkillTrie, type FormEntry } from "./trie.js";
import { FlatTrie, NO_NODE, ROOT } from "./flat-trie.js";
import { STOPWORDS } from "./stopwords.js";
import { classifyMentions, type MentionClass } from "./mention-class.js";

export type { MentionClass };

export interface SkillMention {
  /** Canonical name. */
  skill: string;
  /** Taxonomy index. */
  index: number;
  /** The text as seen: text.slice(start, end). */
  alias: string;
  start: number;
  end: number;
  /**
   * How the text means it (see mention-class.ts): "required" (said plainly: a job wants it,
   * a profile claims it), "niceToHave" ("Docker is a plus"), "negated" ("no WordPress"),
   * "aspirational" ("eager to learn React").
   */
  mentionClass: MentionClass;
}

export type SkillExtractor = (text: string) => SkillMention[];

interface Match {
  first: number;
  last: number;
  start: number;
  end: number;
  index: number;
  needsContext: boolean;
  caseMismatch: boolean;
}

/** A taxonomy's trie, built once per Taxonomy (both never change): engines made without a taxonomy share the shipped one's. */
const tries = new WeakMap<Taxonomy, FlatTrie>();

export function createSkillExtractor(taxonomy: Taxonomy): SkillExtractor {
  let trie = tries.get(taxonomy);
  if (!trie) tries.set(taxonomy, (trie = new FlatTrie(buildSkillTrie(taxonomy))));
  // Walking a word from the root is a few table probes: cheaper than the Map of remembered walks it replaced.
  const firstScratch = newWalk();
  const scratch = newWalk();
  return (text: string): SkillMention[] => {
    const tokens = skillTokens(text);
    const matches: Match[] = [];
    for (let i = 0; i < tokens.length; ) {
      const first = walkToken(trie, ROOT, tokens[i].key, firstScratch);
      // Most words lead nowhere in the trie: skip them without a call.
      const m = first.dead ? undefined : longestMatchAt(trie, text, tokens, i, first, scratch, taxonomy);
      if (m) {
        matches.push(m);
        i = m.last + 1;
      } else i++;
    }
    const evidence = applyEvidence(text, tokens, matches.map((m) => (m.needsContext && taxonomy.isGeneric(m.index) ? { ...m, generic: true } : m)));
    const kept = matches.filter((_, k) => evidence[k]);
    const classes = classifyMentions(text, tokens, kept);
    return kept.map((m, k) => ({ skill: taxonomy.skill(m.index).name, index: m.index, alias: text.slice(m.start, m.end), start: m.start, end: m.end, mentionClass: classes[k] }));
  };
}

/** Where a token's characters lead from a node (NO_NODE: nowhere): after all of them, and before the last (for plurals). */
interface TokenWalk {
  node: number;
  beforeLast: number;
  /** Where the token leads without a glued trailing version number ("php7", "angular2"), and that number's length. */
  beforeVersion: number;
  versionLength: number;
  /** No match can start with this token: it leads to no node, and no plural or version match ends at it. */
  dead: boolean;
}

const newWalk = (): TokenWalk => ({ node: NO_NODE, beforeLast: NO_NODE, beforeVersion: NO_NODE, versionLength: 0, dead: true });

/** Fills `out` with the walk of `key` from `from`. */
function walkToken(trie: FlatTrie, from: number, key: string, out: TokenWalk): TokenWalk {
  const stemLength = versionStart(key);
  let beforeLast = from;
  let beforeVersion = NO_NODE;
  for (let k = 0; k < key.length - 1 && beforeLast !== NO_NODE; k++) {
    if (k === stemLength) beforeVersion = beforeLast;
    beforeLast = trie.child(beforeLast, key.charCodeAt(k));
  }
  if (stemLength === key.length - 1) beforeVersion = beforeLast;
  const versionLength = stemLength >= 2 ? key.length - stemLength : 0;
  const node = trie.child(beforeLast, key.charCodeAt(key.length - 1));
  out.node = node;
  out.beforeLast = beforeLast;
  out.beforeVersion = versionLength ? beforeVersion : NO_NODE;
  out.versionLength = versionLength;
  out.dead = node === NO_NODE && !entriesAt(trie, beforeLast) && !entriesAt(trie, out.beforeVersion);
  return out;
}

const entriesAt = (trie: FlatTrie, node: number): readonly FormEntry[] | undefined => (node === NO_NODE ? undefined : trie.entries[node]);

/** Where a glued trailing version number starts (key.search(/(?<=[a-z+#])\d+$/)), by hand: it ran on every token. */
function versionStart(key: string): number {
  let k = key.length;
  while (k > 0 && isDigit(key.charCodeAt(k - 1))) k--;
  if (k === key.length || k === 0) return -1;
  const c = key.charCodeAt(k - 1);
  return (c >= 97 && c <= 122) || c === 43 || c === 35 ? k : -1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The separator between two tokens, for the trie walk: `undefined` for a break, else the key
 * fragment it adds ("" for a joiner, "&" or "'" for a mark): classifySeparator's rules, by char
 * code (its regexes and the break's key it builds ran on every ", " of every text).
 */
function separatorKey(text: string, from: number, to: number): string | undefined {
  if (from === to) return "";
  if (to - from === 1) {
    switch (text.charCodeAt(from)) {
      case 32: case 9: case 0xa0: case 45: case 46: case 95: case 47: case 0x2010: case 0x2011:
        return "";
      case 38:
        return "&";
      case 39: case 0x2019:
        return "'";
      default:
        return undefined;
    }
  }
  // Longer: spaces only join, spaces around one "&" or apostrophe mark; anything else (", ", ". ") breaks.
  let mark: string | undefined;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if (mark !== undefined || (c !== 38 && c !== 39 && c !== 0x2019)) return undefined;
    mark = c === 38 ? "&" : "'";
  }
  return mark ?? "";
}

function longestMatchAt(trie: FlatTrie, text: string, tokens: readonly SkillToken[], first: number, firstStep: TokenWalk, scratch: TokenWalk, taxonomy: Taxonomy): Match | undefined {
  let best: Match | undefined;
  let node = NO_NODE;
  const start = tokens[first].start;
  for (let t = first; t < tokens.length && (t === first || node !== NO_NODE); t++) {
    const tok = tokens[t];
    let step: TokenWalk;
    if (t === first) step = firstStep;
    else {
      const sep = separatorKey(text, tokens[t - 1].end, tok.start);
      if (sep === undefined) break;
      let afterSep = node;
      for (let k = 0; k < sep.length; k++) afterSep = trie.child(afterSep, sep.charCodeAt(k));
      // Nothing continues with this token's first character: no match can end here or later.
      if (trie.child(afterSep, tok.key.charCodeAt(0)) === NO_NODE) break;
      step = walkToken(trie, afterSep, tok.key, scratch);
    }
    const beforeLast = step.beforeLast;
    node = step.node;
    const atNode = entriesAt(trie, node);
    const found = atNode && choose(atNode, text.slice(start, tok.end));
    const atBeforeLast = entriesAt(trie, beforeLast);
    const atVersion = entriesAt(trie, step.beforeVersion);
    if (found) {
      best = { first, last: t, start, end: tok.end, ...found };
    } else if (atBeforeLast && isPluralS(text, tok)) {
      const plural = choose(atBeforeLast, text.slice(start, tok.end - 1));
      if (plural && !plural.needsContext && !taxonomy.isAmbiguous(plural.index)) {
        best = { first, last: t, start, end: tok.end, index: plural.index, needsContext: false, caseMismatch: false };
      }
    } else if (atVersion) {
      const versioned = choose(atVersion, text.slice(start, tok.end - step.versionLength));
      if (versioned && !versioned.needsContext) best = { first, last: t, start, end: tok.end, ...versioned };
    }
  }
  return best;
}

/** A lowercase plural "s" closing a token of 3+ characters, not "ss" ("APIs", not "CSS" or "Sass"). */
function isPluralS(text: string, tok: SkillToken): boolean {
  return tok.end - tok.start >= 3 && text[tok.end - 1] === "s" && text[tok.end - 2] !== "s" && text[tok.end - 2] !== "S";
}

/**
 * "I am" for "IAM", "as is" for "ASIS": a spelling whose words are all stopwords, where the
 * taxonomy writes the form with fewer words, is ordinary English, not the skill.
 */
function spreadOverStopwords(form: string, seen: string): boolean {
  // Cheap exits first: this runs at every trie node with entries.
  if (form.length >= seen.length || !/[\s]/.test(seen) || /[\s]/.test(form)) return false;
  const words = skillTokens(seen);
  if (words.length < 2 || skillTokens(form).length >= words.length) return false;
  return words.every((w) => STOPWORDS.has(w.key));
}

/**
 * Picks the skill for text whose loose key ends at a node: entries whose exact-case rule the
 * text fails are dropped; if several skills remain, only an exact spelling decides.
 */
function choose(entries: readonly FormEntry[], seen: string): { index: number; needsContext: boolean; caseMismatch: boolean } | undefined {
  // One spelling at the node (nearly always): the general rule below, without its arrays.
  if (entries.length === 1) {
    const e = entries[0];
    if ((e.exactCase && e.text !== seen) || spreadOverStopwords(e.text, seen)) return undefined;
    return { index: e.index, needsContext: e.needsContext, caseMismatch: e.needsContext && e.text !== seen };
  }
  const fitting = entries.filter((e) => (!e.exactCase || e.text === seen) && !spreadOverStopwords(e.text, seen));
  if (fitting.length === 0) return undefined;
  let index = fitting[0].index;
  if (fitting.some((e) => e.index !== index)) {
    const exact = fitting.find((e) => exactSkillKey(e.text) === exactSkillKey(seen));
    if (!exact) return undefined;
    index = exact.index;
  }
  const own = fitting.filter((e) => e.index === index);
  const needsContext = own.every((e) => e.needsContext);
  return { index, needsContext, caseMismatch: needsContext && !own.some((e) => e.text === seen) };
}
