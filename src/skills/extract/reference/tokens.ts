/* Test-only reference: tokens.ts as it was before the fast build path (issue 13), kept verbatim so a property test can check the fast extractor gives exactly its output. */
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

const TOKEN_RE = /(?:(?<![\p{L}\p{M}\p{N}])\.)?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*[+#]*/gu;
const JOINER_RE = /^(?:[ \t\u00a0]*|[-._/\u2010\u2011])$/;
const MARK_RE = /^[ \t\u00a0]*(&|'|\u2019)[ \t\u00a0]*$/;

export function skillTokens(text: string): SkillToken[] {
  const tokens: SkillToken[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    tokens.push({ start, end: start + m[0].length, key: m[0].toLowerCase() });
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
