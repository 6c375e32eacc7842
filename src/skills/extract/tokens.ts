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
    for (;;) {
      if (pos >= n) break;
      const d = text.charCodeAt(pos);
      if (d < 128) {
        if (BMP_CLASS[d] !== LN) break;
        pos++;
        continue;
      }
      const cp = d < 0xd800 || d > 0xdbff ? d : codePointAt(text, pos);
      if (classOf(cp) === NONE) break;
      pos += cp > 0xffff ? 2 : 1;
    }
    while (pos < n && (text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 35)) pos++;
    tokens.push({ start, end: pos, key: text.slice(start, pos).toLowerCase() });
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
