/**
 * Precision rules for spellings that are also everyday words or letters (Go, R, C, Swift,
 * Rust, Excel). A match is kept only with context evidence and no sign of everyday use:
 *
 * - rejected when glued to a neighbour by "-", ".", "_", "&" or an apostrophe ("Go-live",
 *   "R&D", "C-level"), when a single letter pairs with another single letter through
 *   "and"/"&" ("R and D"), when a neighbour word marks everyday use ("Go ahead",
 *   "Let's Go", "Plan C", "Excel at"), or when a generic skill names a team ("our sales team");
 * - strong evidence: a cue word right before ("in Go", "with R", "using C") or after
 *   ("Go developer", "R package", "Agile team"), or membership of a list whose neighbour is
 *   a kept skill ("Python, Go and Rust", "C/C++", a tag line "java spring hibernate");
 * - weak evidence: a kept unambiguous skill within WINDOW tokens in the same sentence.
 *
 * Written as in the taxonomy ("Go"): strong or weak evidence; but single letters and
 * sentence-initial words, where capitals prove nothing, need strong evidence.
 * Written otherwise ("go", "GO"): a cue word after it or list membership only, never after
 * "to" ("to go"). Single letters and word-like acronyms never match in another case
 * (see trie.ts).
 */
import type { SkillToken } from "./tokens.js";

export const WINDOW = 8;

const CUE_BEFORE = new Set(["in", "with", "using", "use", "uses", "learn", "learning", "know", "knows", "knowing", "writing", "write", "coding", "code", "of", "via", "advanced", "proficient", "fluent", "modern", "idiomatic", "embedded"]);
const CUE_AFTER = new Set([
  "developer", "developers", "engineer", "engineers", "programmer", "programmers", "programming", "language", "languages",
  "lang", "code", "coding", "package", "packages", "library", "libraries", "module", "modules", "framework", "frameworks",
  "script", "scripts", "scripting", "app", "apps", "application", "applications", "backend", "services", "microservices",
  "compiler", "runtime", "toolchain", "ecosystem", "sdk", "expert", "experts", "expertise", "experience", "skills",
  "knowledge", "proficiency", "spreadsheet", "spreadsheets", "formulas", "formula", "macros", "vba", "dev", "devs",
  "development", "projects", "project", "codebase", "shiny", "studio", "team", "teams", "environment", "environments",
  "methodology", "methodologies", "practices", "principles", "ceremonies", "process", "processes", "stack", "platform",
  "server", "servers", "cluster", "clusters", "database", "databases", "pipeline", "pipelines", "plugin", "plugins",
  "resources", "integration", "certification", "certified",
]);
const EVERYDAY_BEFORE = new Set(["let's", "lets", "let", "plan", "vitamin", "type", "grade", "class", "tier", "option", "part", "section", "category", "level", "series", "size", "model", "will", "can", "must", "should", "would", "could", "we", "you", "i", "they"]);
const EVERYDAY_AFTER = new Set(["ahead", "away", "back", "live", "at", "on", "over", "through", "beyond", "out", "up", "down", "forward", "off", "into", "the", "a", "an", "your", "our", "my", "their", "his", "her", "get", "getting"]);
/**
 * A team or department named after a field of work ("our sales team", "the marketing
 * department"): a generic skill followed by one of these names who people are, not what the
 * job wants.
 */
const ORG_AFTER = new Set(["team", "teams", "department", "departments", "dept", "staff", "org", "organization", "people", "side", "function", "manager", "managers", "lead", "leads", "colleagues", "reps", "folks", "unit", "division"]);
const GLUE = new Set(["-", "\u2010", "\u2011", ".", "_", "&", "'", "\u2019"]);

export interface EvidenceCandidate {
  /** Token range [first, last] of the match. */
  first: number;
  last: number;
  needsContext: boolean;
  /** Written in another case than the taxonomy spelling ("go" for "Go"). */
  caseMismatch: boolean;
  /** The skill is a field of work (TaxonomySkill.generic). */
  generic?: boolean;
}

/** Decides which candidates are kept; candidates are in text order and do not overlap. */
export function applyEvidence(text: string, tokens: readonly SkillToken[], candidates: readonly EvidenceCandidate[]): boolean[] {
  const kept = candidates.map((c) => !c.needsContext);
  if (kept.every(Boolean)) return kept;
  const sentence = sentenceIds(text, tokens);
  const word = (t: number): string => (t >= 0 && t < tokens.length ? tokens[t].key.replace(/\u2019/g, "'") : "");
  const between = (a: number, b: number): string => text.slice(tokens[a].end, tokens[b].start);
  // Apostrophe words like "Let's" are split by the tokenizer; rejoin them for the cue lists.
  const wordBefore = (t: number): string => {
    if (t <= 0) return "";
    const sep = between(t - 1, t);
    if (/^['\u2019]$/.test(sep) && t >= 2) return `${word(t - 2)}'${word(t - 1)}`;
    return /^[ \t\u00a0]+$/.test(sep) ? word(t - 1) : "";
  };
  const wordAfter = (t: number): string => (t + 1 < tokens.length && /^[ \t\u00a0]+$/.test(between(t, t + 1)) ? word(t + 1) : "");

  const verdict: Array<"reject" | "strong" | "weak" | "none"> = candidates.map((c, i) => {
    if (!c.needsContext) return "none";
    const { first, last } = c;
    const single = tokens[first].end - tokens[first].start === 1 && first === last;
    const before = first > 0 ? between(first - 1, first) : "\n";
    const after = last + 1 < tokens.length ? between(last, last + 1) : "\n";
    if (GLUE.has(before) || GLUE.has(after)) return "reject";
    if (single && (pairsWithLetter(text, tokens, first, -1) || pairsWithLetter(text, tokens, last, 1))) return "reject";
    const prev = wordBefore(first);
    const next = wordAfter(last);
    if (EVERYDAY_BEFORE.has(prev) || EVERYDAY_AFTER.has(next)) return "reject";
    if (c.generic && ORG_AFTER.has(next)) return "reject";
    if (CUE_AFTER.has(next)) return "strong";
    if (c.caseMismatch) return prev === "to" ? "reject" : "none";
    if (CUE_BEFORE.has(prev)) return "strong";
    const initial = first === 0 || sentence[first - 1] !== sentence[first];
    if (single || initial) return "none";
    return hasKeptNeighbour(candidates, i, sentence) ? "weak" : "none";
  });
  verdict.forEach((v, i) => {
    if (v === "strong" || v === "weak") kept[i] = true;
  });
  // List membership spreads from kept neighbours: "Python, Go, Rust" keeps Go, then Rust.
  // Plain spaces make a list only in a run of 3+ matches ("java spring hibernate"), not in
  // a compound like "DevOps teams".
  const gaps = candidates.map((c, i) => (i === 0 ? "\n" : between(candidates[i - 1].last, c.first)));
  const spaced = gaps.map((g) => /^[ \t\u00a0]+$/.test(g));
  const run = spacedRunLengths(spaced);
  const joins = (i: number): boolean => (spaced[i] ? run[i] >= 3 : isListSeparator(gaps[i]));
  for (let changed = true; changed; ) {
    changed = false;
    candidates.forEach((_, i) => {
      if (kept[i] || verdict[i] === "reject") return;
      const left = i > 0 && kept[i - 1] && joins(i);
      const right = i + 1 < candidates.length && kept[i + 1] && joins(i + 1);
      if (left || right) kept[i] = changed = true;
    });
  }
  return kept;
}

/** For each gap i (before candidate i): how many candidates its run of space-only gaps joins. */
function spacedRunLengths(spaced: readonly boolean[]): number[] {
  const out = new Array<number>(spaced.length).fill(0);
  for (let i = 0; i < spaced.length; ) {
    if (!spaced[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < spaced.length && spaced[j]) j++;
    for (let k = i; k < j; k++) out[k] = j - i + 1;
    i = j;
  }
  return out;
}

/** An unambiguous match within WINDOW tokens of candidate i, in the same sentence. */
function hasKeptNeighbour(candidates: readonly EvidenceCandidate[], i: number, sentence: readonly number[]): boolean {
  const { first, last } = candidates[i];
  const fits = (o: EvidenceCandidate): boolean => !o.needsContext && sentence[o.first] === sentence[first];
  for (let j = i - 1; j >= 0 && first - candidates[j].last <= WINDOW; j--) if (fits(candidates[j])) return true;
  for (let j = i + 1; j < candidates.length && candidates[j].first - last <= WINDOW; j++) if (fits(candidates[j])) return true;
  return false;
}

/** "R and D", "R & D", "Q&A": a single letter joined to another lone capital letter by "and" or "&". */
function pairsWithLetter(text: string, tokens: readonly SkillToken[], at: number, step: 1 | -1): boolean {
  const lone = (t: number): boolean => t >= 0 && t < tokens.length && tokens[t].end - tokens[t].start === 1 && /^\p{Lu}$/u.test(text[tokens[t].start]);
  const gap = (a: number, b: number): string => (step === 1 ? text.slice(tokens[a].end, tokens[b].start) : text.slice(tokens[b].end, tokens[a].start));
  const next = at + step;
  if (next < 0 || next >= tokens.length) return false;
  if (lone(next) && /^\s*&\s*$/.test(gap(at, next))) return true;
  const word = tokens[next].key;
  return (word === "and" || word === "n") && lone(next + step) && /^\s+$/.test(gap(at, next)) && /^\s+$/.test(gap(next, next + step));
}

/** Text between two list items: ",", ";", "/", "|", "and", "or", "&", ", and", or a line break (with bullets). */
export function isListSeparator(between: string): boolean {
  const t = between.replace(/[\s\u00a0]+/g, " ").trim().toLowerCase();
  if (/^(?:[,;/|+&]|and|or|, and|, or|, &)$/.test(t)) return true;
  return /\n/.test(between) && /^[-*\u2022\u00b7]?$/.test(t);
}

/** Sentence number of each token: a new sentence starts after ".", "!", "?" followed by space, or a line break. */
function sentenceIds(text: string, tokens: readonly SkillToken[]): number[] {
  const ids: number[] = [];
  let id = 0;
  tokens.forEach((tok, i) => {
    if (i > 0 && !oneSpaceOrNone(text, tokens[i - 1].end, tok.start) && /[.!?]\s|\n|[.!?]$/.test(text.slice(tokens[i - 1].end, tok.start))) id++;
    ids.push(id);
  });
  return ids;
}

/** Nearly every gap between tokens is one space or nothing: no regex for those. */
function oneSpaceOrNone(text: string, from: number, to: number): boolean {
  return to === from || (to - from === 1 && text.charCodeAt(from) === 32);
}
