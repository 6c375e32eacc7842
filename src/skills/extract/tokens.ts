/**
 * The one tokenizer behind skill keys and free-text extraction, so that a name resolves
 * and is found in text by exactly the same rules.
 *
 * A token is a run of letters, marks and digits, with trailing "+"/"#" kept ("C++", "C#",
 * "Notepad++") and a leading "." kept when nothing word-like precedes it (".NET", but the
 * "NET" of "ASP.NET" is a plain token). What lies between two tokens is a separator:
 *
 * - a joiner ("" , spaces/tabs, or exactly one of "-" "." "_" "/" or a Unicode hyphen): dropped from keys, so
 *   "Node.js", "node js", "NodeJS" and "node-js" share the key "nodejs", and "CI/CD" = "CICD";
 * - a kept mark ("&" or an apostrophe, spaces around it ignored): part of the key, so
 *   "R&D" = "R & D" -> "r&d";
 * - anything else (commas, brackets, newlines, " - ", ...): a break. Extraction never
 *   matches across a break; in a key it is kept verbatim (trimmed).
 */

export interface SkillToken {
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** Lowercased token text. */
  key: string;
}

export type SeparatorKind = "join" | "mark" | "break";

const JOINER_RE = /^(?:[ \t\u00a0]*|[-._/\u2010\u2011])$/;
const MARK_RE = /^[ \t\u00a0]*(&|'|\u2019)[ \t\u00a0]*$/;

/*
 * The tokens are what /(?:(?<![\p{L}\p{M}\p{N}])\.)?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*[+#]*\/gu finds
 * (the reference in reference/tokens.ts; a property test holds them equal), scanned by hand:
 * the regex was a tenth of bulk indexing. ASCII is classified by a table, other code points
 * by the Unicode property regexes, memoized per BMP code unit.
 */
const NONE = 1;
const LN = 2;
const MARK = 3;
/** Class of each BMP code point once seen (0: not yet). */
const BMP_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) BMP_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LN : NONE;
const LN_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE_1 = /^\p{M}$/u;

function classOf(cp: number): number {
  if (cp < 65536) {
    const known = BMP_CLASS[cp];
    if (known) return known;
  }
  const ch = String.fromCodePoint(cp);
  const cls = LN_RE.test(ch) ? LN : MARK_RE_1.test(ch) ? MARK : NONE;
  if (cp < 65536) BMP_CLASS[cp] = cls;
  return cls;
}

/** Code point at i, as the u-flag regexes read it (a lone surrogate is itself). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) as number;
}

/** The code point ending just before i (a surrogate pair read backwards), or -1 at the start. */
function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/*
 * Token keys are interned: the same word gives the same string object every time, found by
 * hashing the text's char codes (no slice, no toLowerCase for a word seen before). Every later
 * Map or Set lookup on a key (trie walks, cue words, stopwords, stems) then finds its hash
 * cached on the string instead of hashing a fresh one.
 */
const INTERN_BITS = 17;
let internTable = new Int32Array(1 << INTERN_BITS).fill(-1);
let internKeys: string[] = [];
/** Past this many distinct keys the table starts over (keys already handed out stay valid strings). */
const INTERN_LIMIT = 1 << 20;

/** The interned lowercase key of text[start, end), a run of ASCII letters, digits, "+" and "#", hashed as `hash`. */
function internAscii(text: string, start: number, end: number, hash: number): string {
  const mask = internTable.length - 1;
  const length = end - start;
  for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
    const id = internTable[slot];
    if (id < 0) {
      const key = text.slice(start, end).toLowerCase();
      if (internKeys.length >= INTERN_LIMIT) resetIntern();
      else if (internKeys.length * 2 >= internTable.length) growIntern();
      insertIntern(key, hash);
      return key;
    }
    const key = internKeys[id];
    if (key.length === length && sameLower(key, text, start)) return key;
  }
}

function sameLower(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (key.charCodeAt(k) !== c) return false;
  }
  return true;
}

function insertIntern(key: string, hash: number): void {
  const mask = internTable.length - 1;
  let slot = spread(hash) & mask;
  while (internTable[slot] >= 0) slot = (slot + 1) & mask;
  internTable[slot] = internKeys.length;
  internKeys.push(key);
}

function hashOf(key: string): number {
  let h = 0;
  for (let k = 0; k < key.length; k++) h = (Math.imul(h, 31) + key.charCodeAt(k)) | 0;
  return h;
}

function growIntern(): void {
  const keys = internKeys;
  internTable = new Int32Array(internTable.length * 2).fill(-1);
  internKeys = [];
  for (const key of keys) insertIntern(key, hashOf(key));
}

function resetIntern(): void {
  internTable = new Int32Array(1 << INTERN_BITS).fill(-1);
  internKeys = [];
}

export function skillTokens(text: string): SkillToken[] {
  const tokens: SkillToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let start: number;
    let pos: number;
    if (c < 128 && BMP_CLASS[c] === LN) {
      start = i;
      pos = i + 1;
    } else if (c === 46) {
      // ".NET": a dot opens a token when a letter or digit follows and no letter, mark or digit precedes.
      if (i + 1 >= n) break;
      const next = codePointAt(text, i + 1);
      const before = codePointBefore(text, i);
      if (classOf(next) !== LN || (before >= 0 && classOf(before) !== NONE)) {
        i++;
        continue;
      }
      start = i;
      pos = i + 1 + (next > 0xffff ? 2 : 1);
    } else {
      const cp = c < 0xd800 || c > 0xdbff ? c : codePointAt(text, i);
      const width = cp > 0xffff ? 2 : 1;
      if (c < 128 || classOf(cp) !== LN) {
        i += width;
        continue;
      }
      start = i;
      pos = i + width;
    }
    // The hash of the lowercase key, while it stays ASCII (hashOf's formula).
    let hash = 0;
    let ascii = true;
    for (let k = start; k < pos; k++) {
      const c = text.charCodeAt(k);
      if (c >= 128) ascii = false;
      hash = (Math.imul(hash, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
    }
    for (;;) {
      if (pos >= n) break;
      const d = text.charCodeAt(pos);
      if (d < 128) {
        if (BMP_CLASS[d] !== LN) break;
        hash = (Math.imul(hash, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
        pos++;
        continue;
      }
      const cp = d < 0xd800 || d > 0xdbff ? d : codePointAt(text, pos);
      if (classOf(cp) === NONE) break;
      ascii = false;
      pos += cp > 0xffff ? 2 : 1;
    }
    for (let d = text.charCodeAt(pos); pos < n && (d === 43 || d === 35); d = text.charCodeAt(++pos)) hash = (Math.imul(hash, 31) + d) | 0;
    tokens.push({ start, end: pos, key: ascii ? internAscii(text, start, pos, hash) : text.slice(start, pos).toLowerCase() });
    i = pos;
  }
  return tokens;
}

/** Classifies the text between two tokens; for marks also returns the key fragment. */
export function classifySeparator(between: string): { kind: SeparatorKind; key: string } {
  if (JOINER_RE.test(between)) return { kind: "join", key: "" };
  const mark = MARK_RE.exec(between);
  if (mark) return { kind: "mark", key: mark[1] === "&" ? "&" : "'" };
  return { kind: "break", key: between.trim().replace(/\s+/g, " ").toLowerCase() };
}

/**
 * The loose lookup key of a skill name or alias: tokens lowercased, joiners dropped, marks
 * and breaks kept. "Node.js" / "node js" / "NodeJS" -> "nodejs"; "C++" -> "c++";
 * ".NET" -> ".net"; "ASP.NET" -> "aspnet"; "CI/CD" -> "cicd"; "R&D" -> "r&d".
 * Text without any letter or digit keys to its trimmed lowercase self.
 */
export function normalizeSkillKey(text: string): string {
  const tokens = skillTokens(text);
  if (tokens.length === 0) return text.trim().toLowerCase();
  let key = tokens[0].key;
  for (let i = 1; i < tokens.length; i++) {
    key += classifySeparator(text.slice(tokens[i - 1].end, tokens[i].start)).key + tokens[i].key;
  }
  return key;
}

/** Fibonacci hashing: the char-code hash of short words is a small number, and linear probing would cluster on it. */
function spread(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 11;
}
