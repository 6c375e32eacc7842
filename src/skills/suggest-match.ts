/**
 * How a typed prefix matches one skill name or alias, decided by us rather than by the search
 * index (which only proposes candidates): exactly, as a prefix of the whole name, as a prefix of
 * a later word ("react" in "Motion for React"), or within a few typos of a prefix.
 */

/** Lower case, accents folded, runs of whitespace as one space: "  Réact JS " -> "react js". */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Characters that end a word inside a name ("C-Sharp", "CI/CD", "Node (JS)"); ".", "#", "+" stay in ("Node.js", "C#", "C++"). */
export const WORD_BREAK = /[\s/,()\-_]+/;

/** The words of a folded name, for the search index. */
export function words(folded: string): string[] {
  return folded.split(WORD_BREAK).filter(Boolean);
}

/** Offsets in `folded` where a word starts (0 first). */
export function wordStarts(folded: string): number[] {
  const starts = [0];
  for (let i = 1; i < folded.length; i++) if (WORD_BREAK.test(folded[i - 1]) && !WORD_BREAK.test(folded[i])) starts.push(i);
  return starts;
}

/** How a form matches, best first: the text is the whole form, its start, or the start of a later word. */
export const TIER = { exact: 0, prefix: 1, wordPrefix: 2 } as const;
export type Tier = (typeof TIER)[keyof typeof TIER];

export interface FormMatch {
  tier: Tier;
  /** Typos needed (0: the text matches as typed). Any match without typos beats every match with them. */
  typos: number;
}

/** Orders matches: fewer typos first, then exact before prefix before later-word prefix. */
export function compareMatches(a: FormMatch, b: FormMatch): number {
  return a.typos - b.typos || a.tier - b.tier;
}

/**
 * Typos a query of this many characters may have: none below 4 (a short prefix has too many
 * near neighbours to guess from), 1 up to 7, else 2.
 */
export function maxTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbours each cost 1 ("pyhton" is one typo from "python", where Levenshtein says two).
 */
export function typoDistance(a: string, b: string): number {
  return alignRow(a, b, 0, b.length)[b.length];
}

/** Three rows reused across calls: the typo scan runs this over every form, and allocation would dominate. */
let rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];

/** The last row of the alignment table of `a` against b[start, end): entry j is the distance to b.slice(start, start + j). */
function alignRow(a: string, b: string, start: number, end: number): Int32Array {
  const width = end - start + 1;
  if (rows[0].length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  let [before, prev, row] = rows;
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(start + j - 1);
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(start + j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
    }
    [before, prev, row] = [prev, row, before];
  }
  rows = [before, prev, row];
  return prev;
}

const counts = new Int16Array(128);

/**
 * A lower bound on the typos between `query` and any prefix of form[start, end): letters of the
 * query the window lacks (as a multiset) each need a typo of their own. It costs a pass over the
 * letters instead of a table, and rules out almost every form in the typo scan. Non-ASCII text gets 0.
 */
function missingLetters(query: string, form: string, start: number, end: number): number {
  let ascii = true;
  for (let j = start; j < end; j++) {
    const c = form.charCodeAt(j);
    if (c >= 128) ascii = false;
    else counts[c]++;
  }
  let missing = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (counts[c] > 0) counts[c]--;
    else missing++;
  }
  for (let j = start; j < end; j++) {
    const c = form.charCodeAt(j);
    if (c < 128) counts[c] = 0;
  }
  return ascii ? missing : 0;
}

/** Fewest typos between `query` and a prefix of form[start..] about as long as the query (one letter more or less): one table gives all three. */
function prefixTypos(query: string, form: string, start: number, allowed: number): number {
  const n = query.length;
  const end = Math.min(form.length, start + n + 1);
  if (end - start + allowed < n || missingLetters(query, form, start, end) > allowed) return Infinity;
  const last = alignRow(query, form, start, end);
  let best = Infinity;
  for (let length = Math.max(1, n - 1); length <= Math.min(n + 1, end - start); length++) best = Math.min(best, last[length]);
  return best;
}

/** How `query` (folded, non-empty) matches the folded form, or undefined when it does not. */
export function matchForm(query: string, form: string, starts: readonly number[]): FormMatch | undefined {
  if (form === query) return { tier: TIER.exact, typos: 0 };
  if (form.startsWith(query)) return { tier: TIER.prefix, typos: 0 };
  if (starts.some((s) => s > 0 && form.startsWith(query, s))) return { tier: TIER.wordPrefix, typos: 0 };
  const allowed = maxTypos(query.length);
  if (allowed === 0) return undefined;
  let best: FormMatch | undefined;
  const consider = (m: FormMatch) => {
    if (m.typos <= allowed && (!best || compareMatches(m, best) < 0)) best = m;
  };
  // "pyhton" is the whole of "Python" within a typo, and only the start of "Python Automation".
  if (Math.abs(form.length - query.length) <= allowed && missingLetters(query, form, 0, form.length) <= allowed) consider({ tier: TIER.exact, typos: typoDistance(query, form) });
  for (const s of starts) consider({ tier: s === 0 ? TIER.prefix : TIER.wordPrefix, typos: prefixTypos(query, form, s, allowed) });
  return best;
}
