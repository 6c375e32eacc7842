/* Test-only reference: extractor.ts as it was before the fast build path (issue 13), kept verbatim so a property test can check the fast extractor gives exactly its output. */
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
import type { Taxonomy } from "../../taxonomy.js";
import { exactSkillKey } from "../../taxonomy.js";
import { applyEvidence } from "./evidence.js";
import { classifySeparator, skillTokens, type SkillToken } from "./tokens.js";
import { buildSkillTrie, type FormEntry, type TrieNode } from "./trie.js";
import { STOPWORDS } from "../stopwords.js";
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

export function createSkillExtractor(taxonomy: Taxonomy): SkillExtractor {
  const root = buildSkillTrie(taxonomy);
  // Most tokens are common words tried from the root again and again: remember those walks.
  const rootWalks = new Map<string, TokenWalk>();
  const fromRoot = (key: string): TokenWalk => {
    let w = rootWalks.get(key);
    if (!w) {
      if (rootWalks.size >= ROOT_WALK_CACHE) rootWalks.clear();
      rootWalks.set(key, (w = walkToken(root, key)));
    }
    return w;
  };
  return (text: string): SkillMention[] => {
    const tokens = skillTokens(text);
    const matches: Match[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = longestMatchAt(text, tokens, i, fromRoot, taxonomy);
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

const ROOT_WALK_CACHE = 50_000;

/** Where a token's characters lead from a node: after all of them, and before the last (for plurals). */
interface TokenWalk {
  node?: TrieNode;
  beforeLast?: TrieNode;
  /** Where the token leads without a glued trailing version number ("php7", "angular2"), and that number's length. */
  beforeVersion?: TrieNode;
  versionLength: number;
}

function walkToken(from: TrieNode, key: string): TokenWalk {
  const stemLength = key.search(/(?<=[a-z+#])\d+$/);
  let beforeLast: TrieNode | undefined = from;
  let beforeVersion: TrieNode | undefined;
  for (let k = 0; k < key.length - 1 && beforeLast; k++) {
    if (k === stemLength) beforeVersion = beforeLast;
    beforeLast = beforeLast.next.get(key[k]);
  }
  if (stemLength === key.length - 1) beforeVersion = beforeLast;
  const versionLength = stemLength >= 2 ? key.length - stemLength : 0;
  return { beforeLast, node: beforeLast?.next.get(key[key.length - 1]), beforeVersion: versionLength ? beforeVersion : undefined, versionLength };
}

function longestMatchAt(text: string, tokens: readonly SkillToken[], first: number, fromRoot: (key: string) => TokenWalk, taxonomy: Taxonomy): Match | undefined {
  let best: Match | undefined;
  let node: TrieNode | undefined;
  for (let t = first; t < tokens.length && (t === first || node); t++) {
    const tok = tokens[t];
    let step: TokenWalk;
    if (t === first) step = fromRoot(tok.key);
    else {
      const sep = classifySeparator(text.slice(tokens[t - 1].end, tok.start));
      if (sep.kind === "break") break;
      const afterSep = walk(node, sep.key);
      if (!afterSep) break;
      step = walkToken(afterSep, tok.key);
    }
    const beforeLast = step.beforeLast;
    node = step.node;
    const start = tokens[first].start;
    const found = node?.entries && choose(node.entries, text.slice(start, tok.end));
    if (found) {
      best = { first, last: t, start, end: tok.end, ...found };
    } else if (beforeLast?.entries && isPluralS(text, tok)) {
      const plural = choose(beforeLast.entries, text.slice(start, tok.end - 1));
      if (plural && !plural.needsContext && !taxonomy.isAmbiguous(plural.index)) {
        best = { first, last: t, start, end: tok.end, index: plural.index, needsContext: false, caseMismatch: false };
      }
    } else if (step.beforeVersion?.entries) {
      const versioned = choose(step.beforeVersion.entries, text.slice(start, tok.end - step.versionLength));
      if (versioned && !versioned.needsContext) best = { first, last: t, start, end: tok.end, ...versioned };
    }
  }
  return best;
}

function walk(node: TrieNode | undefined, chars: string): TrieNode | undefined {
  for (let k = 0; k < chars.length && node; k++) node = node.next.get(chars[k]);
  return node;
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
