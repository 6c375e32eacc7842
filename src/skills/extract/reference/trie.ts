/* Test-only reference: trie.ts as it was before the fast build path (issue 13), kept verbatim so a property test can check the fast extractor gives exactly its output. */
/**
 * A character trie over the loose keys (normalizeSkillKey) of every name and alias, built
 * once per taxonomy so that extraction costs a few node steps per token.
 */
import type { Taxonomy } from "../../taxonomy.js";
import { skillTokens } from "./tokens.js";

/** One taxonomy spelling ending at a trie node. */
export interface FormEntry {
  index: number;
  /** As written in the taxonomy. */
  text: string;
  /** Text must equal `text` exactly (case included) to count: single letters, acronyms that spell a word ("IT"). */
  exactCase: boolean;
  /** Needs context evidence (see evidence.ts); other casings than `text` need more of it. */
  needsContext: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: FormEntry[];
}

/**
 * Lowercase everyday words and prefixes that some all-caps acronyms spell ("IT", "AS", "CAN",
 * the "bi" of "bi-weekly"): such an acronym only counts when written in capitals, whatever
 * its `ambiguous` flag says.
 */
const EVERYDAY_WORDS = new Set(
  ("a am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we bi co de ex re un " +
    "mid non pre sub tri " +
    "ad all and any are art can cat dig few fit for get has key lab law map may not now one our out pay run set sit the use way who you")
    .split(" "),
);

export function buildSkillTrie(taxonomy: Taxonomy): TrieNode {
  const root: TrieNode = { next: new Map() };
  const forms = taxonomy.surfaceForms();
  const wordKeysBySkill = new Map<number, string[]>();
  for (const f of forms) {
    if (isPlainWord(f.text)) wordKeysBySkill.set(f.index, [...(wordKeysBySkill.get(f.index) ?? []), f.key]);
  }
  for (const f of forms) {
    if (f.key === "") continue;
    const plainWord = isPlainWord(f.text);
    // "Golang" extends "Go": a longer one-word spelling of an ambiguous skill marks itself.
    const marked = plainWord && (wordKeysBySkill.get(f.index) ?? []).some((k) => k !== f.key && f.key.startsWith(k));
    const needsContext = taxonomy.isAmbiguous(f.index) && plainWord && !marked;
    const acronymWord = /^[A-Z]{1,3}$/.test(f.text) && EVERYDAY_WORDS.has(f.text.toLowerCase());
    let node = root;
    for (const ch of f.key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    (node.entries ??= []).push({ index: f.index, text: f.text, exactCase: acronymWord || (needsContext && f.text.length === 1), needsContext });
  }
  return root;
}

/** One token of letters only ("Go", "Excel"), the kind of spelling that doubles as a word. */
function isPlainWord(text: string): boolean {
  const tokens = skillTokens(text);
  return tokens.length === 1 && tokens[0].start === 0 && tokens[0].end === text.length && /^\p{L}+$/u.test(text);
}
