/**
 * How a skill mention is meant, read from cue words around it:
 *
 * - "required": said plainly. In a job: wanted; in a profile: claimed.
 * - "niceToHave": "Docker is a plus", "Nice to have: Docker", "preferably Go", "React (preferred)".
 * - "negated": "no WordPress", "not looking for PHP", "without jQuery", "avoid Elementor",
 *   "PHP is not required", "React, not Angular".
 * - "aspirational": "eager to learn React", "currently learning Rust", "you will learn Kubernetes".
 *
 * A cue scopes over its clause. A forward cue ("no", "nice to have:", "eager to learn") runs
 * to the next sentence end, ";", ":", line break, dash, a conjunction that turns the polarity
 * ("but", "however", "instead", "except"...) or another cue; it crosses a comma only into a
 * chunk that is a list of skills ("no page builders like Elementor, Divi or WPBakery", but not
 * "no agencies, Python and Django only"). A backward cue ("is a plus", "preferred", "not
 * required") runs back over its clause the same way. A cue ending in ":" at a line end heads
 * the lines below it, to the next blank line or heading ("Nice to have:\n- Docker\n- Go").
 * A cue word inside a skill ("Machine Learning", "No-Code") is no cue. Negation in a
 * condition ("if you don't know React", "don't apply without React") is a requirement.
 * The nearest cue wins. Linear in the number of tokens (scopes are capped at MAX_SCOPE tokens).
 */
import type { SkillToken } from "./tokens.js";

export type MentionClass = "required" | "niceToHave" | "negated" | "aspirational";

/** Token range [first, last] of a mention. */
export interface MentionSpan {
  first: number;
  last: number;
}

type CueClass = Exclude<MentionClass, "required">;
/** "fwd": scopes over what follows; "back": over what precedes; "either": forward when a skill follows, else backward. */
type Direction = "fwd" | "back" | "either";

interface CueDef {
  words: string[];
  cls: CueClass;
  dir: Direction;
}

const def = (phrases: string, cls: CueClass, dir: Direction): CueDef[] =>
  phrases.split("|").map((p) => ({ words: p.trim().split(/\s+/), cls, dir }));

/** Multi-word cues first within each start word (longest match wins). */
const CUES: CueDef[] = [
  ...def("not required|not needed|not necessary|not wanted|not an option|not accepted|not allowed|not welcome|not acceptable|no thanks|not interested", "negated", "back"),
  ...def("not a must|not mandatory|not essential|not compulsory|not required but|not needed but", "niceToHave", "back"),
  ...def("no|not|without|avoid|avoiding|never|neither|nor|dont|don t|doesn t|does not|do not|isn t|aren t|won t|can t|didn t|haven t|hasn t|shouldn t|cannot|instead of|rather than|other than|as opposed to|exclude|excluding|stay away from", "negated", "fwd"),
  ...def("nice to have|nice to haves|good to have|great to have|bonus points|bonus|extra points|preferred|optional|desired|desirable|is an asset|an asset", "niceToHave", "either"),
  ...def("a plus|big plus|huge plus|added plus|is plus|plus point|an advantage|is advantageous|advantageous|welcome|appreciated|helpful|beneficial|would be nice|would be great", "niceToHave", "back"),
  ...def("preferably|ideally|optionally", "niceToHave", "fwd"),
  ...def("learn|learning|studying|new to|getting into|picking up|aspiring|exploring", "aspirational", "either"),
];

/** Words after a negation that undo it ("not only", "no less than", "without breaking"). */
const NEGATION_EXCEPTIONS = new Set([
  "only", "just", "merely", "limited", "necessarily", "sure", "hesitate", "least", "less", "fewer", "later", "more", "matter",
  "problem", "doubt", "worries", "exception", "breaking", "break", "losing", "affecting", "changing", "disrupting", "impacting",
  "compromising", "downtime", "interrupting", "damaging", "touching",
]);
/** A negation in a clause with one of these states a requirement ("don't apply without React"). */
const CONDITION_WORDS = new Set(["if", "unless", "apply", "applying", "bother", "considered", "disqualified", "rejected", "ignored", "waste"]);
/** Conjunctions that turn the polarity: a scope never crosses them. */
const TURNS = new Set(["but", "however", "though", "although", "instead", "whereas", "except", "unless", "otherwise", "rather"]);
/** Words a list chunk may hold besides skills, for a scope to cross a comma into it. */
const FILLER = new Set([
  "and", "or", "nor", "the", "a", "an", "any", "some", "other", "similar", "etc", "e", "g", "eg", "i", "ie", "like", "such", "as",
  "including", "especially", "experience", "knowledge", "of", "in", "with", "familiarity", "exposure", "to", "skills", "skill",
  "understanding", "working", "hands", "on", "background", "prior", "basic", "good", "solid", "strong", "deep", "also", "please",
  "frameworks", "framework", "tools", "tool", "libraries", "even", "either", "plugins", "builders", "themes", "is", "are", "be",
]);
const COPULA = new Set(["is", "are", "be", "s", "was", "were", "being"]);
/** Cues that need a following skill within this many tokens ("learning React", not "learning curve"). */
const LEARN_REACH = 4;
export const MAX_SCOPE = 30;

type Gap = "none" | "comma" | "hard" | "para";

/** What separates token i-1 from token i. */
function gapKind(text: string, tokens: readonly SkillToken[], i: number): Gap {
  if (i === 0) return "none";
  const from = tokens[i - 1].end;
  const to = tokens[i].start;
  // Nearly every gap is one space or nothing: no regex for those.
  if (to === from || (to - from === 1 && text.charCodeAt(from) === 32)) return "none";
  const between = text.slice(from, to);
  if (/\n[ \t\u00a0]*\n/.test(between)) return "para";
  if (/[.!?]\s|[;:\n\u2013\u2014]|\s-\s/.test(between)) return "hard";
  if (/,/.test(between)) return "comma";
  return "none";
}

interface Cue {
  first: number;
  last: number;
  cls: CueClass;
  dir: Direction;
  heading: boolean;
}

/** Classifies mentions (in text order, non-overlapping) of a text already cut into `tokens`. */
export function classifyMentions(text: string, tokens: readonly SkillToken[], mentions: readonly MentionSpan[]): MentionClass[] {
  const out: MentionClass[] = mentions.map(() => "required");
  if (mentions.length === 0) return out;
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, k) => {
    for (let t = m.first; t <= m.last; t++) mentionAt[t] = k;
  });
  // Most texts have no cue at all: find cues first, separators only when there are some.
  const cues = findCues(text, tokens, mentionAt);
  if (cues.length === 0) return out;
  const gaps: Gap[] = tokens.map((_, i) => gapKind(text, tokens, i));
  const isCue = new Uint8Array(tokens.length);
  for (const c of cues) for (let t = c.first; t <= c.last; t++) isCue[t] = 1;
  const best = mentions.map(() => ({ distance: Infinity, cls: "required" as MentionClass }));
  const claim = (t: number, distance: number, cls: CueClass): void => {
    const k = mentionAt[t];
    if (k >= 0 && distance < best[k].distance) best[k] = { distance, cls };
  };
  const ctx: ScopeContext = { text, tokens, gaps, mentionAt, isCue };
  for (const c of cues) {
    if (c.heading) {
      // A heading's lines run to the next blank line or heading (each token is claimed by the heading above it).
      for (let t = c.last + 1; t < tokens.length && gaps[t] !== "para" && !(t > c.last + 1 && isHeadingLine(ctx, t)); t++) claim(t, t - c.last, c.cls);
      continue;
    }
    let dir = c.dir;
    if (dir === "either") dir = c.first > 0 && COPULA.has(tokens[c.first - 1].key) ? "back" : "fwd";
    const forward = dir === "fwd" ? forwardScope(ctx, c) : [];
    const reach = c.dir === "either" && c.cls === "aspirational" ? LEARN_REACH : MAX_SCOPE;
    const near = forward.filter((t) => mentionAt[t] >= 0 && t - c.last <= reach);
    if (near.length && (c.cls !== "negated" || !negationVoided(ctx, c))) near.forEach((t) => claim(t, t - c.last, c.cls));
    else if (c.dir !== "fwd" && (c.cls !== "aspirational" || endsClause(ctx, c))) for (const t of backwardScope(ctx, c)) claim(t, c.first - t, c.cls);
  }
  best.forEach((b, k) => {
    if (b.distance < Infinity) out[k] = b.cls;
  });
  return out;
}

interface ScopeContext {
  text: string;
  tokens: readonly SkillToken[];
  gaps: readonly Gap[];
  mentionAt: Int32Array;
  isCue: Uint8Array;
}

/** A chunk from token `from` (after a comma) to the next comma or boundary: only skills and filler words? */
function isListChunk(ctx: ScopeContext, from: number, step: 1 | -1): boolean {
  const { tokens, gaps, mentionAt } = ctx;
  let any = false;
  for (let t = from; t >= 0 && t < tokens.length; t += step) {
    if (t !== from && (step === 1 ? gaps[t] !== "none" : gaps[t + 1] !== "none")) break;
    if (mentionAt[t] >= 0) any = true;
    else if (!FILLER.has(tokens[t].key)) return false;
  }
  return any;
}

function forwardScope(ctx: ScopeContext, c: Cue): number[] {
  const { tokens, gaps, isCue } = ctx;
  const out: number[] = [];
  for (let t = c.last + 1; t < tokens.length && t - c.last <= MAX_SCOPE; t++) {
    const gap = gaps[t];
    if (gap === "hard" || gap === "para") {
      // "Nice to have: Docker" — a colon right after the cue opens its scope.
      if (!(t === c.last + 1 && gap === "hard" && /^[ \t]*:[ \t]*$/.test(between(ctx, t)))) break;
    }
    if (gap === "comma" && !isListChunk(ctx, t, 1)) break;
    if (isCue[t] || TURNS.has(tokens[t].key)) break;
    out.push(t);
  }
  return out;
}

function backwardScope(ctx: ScopeContext, c: Cue): number[] {
  const { tokens, gaps, isCue } = ctx;
  const out: number[] = [];
  for (let t = c.first - 1; t >= 0 && c.first - t <= MAX_SCOPE; t--) {
    if (isCue[t] || TURNS.has(tokens[t].key)) break;
    out.push(t);
    const gap = gaps[t];
    if (gap === "hard" || gap === "para" || t === 0) break;
    if (gap === "comma" && !isListChunk(ctx, t - 1, -1)) break;
  }
  return out;
}

const between = (ctx: ScopeContext, t: number): string => ctx.text.slice(ctx.tokens[t - 1].end, ctx.tokens[t].start);

/** Token t starts a line that ends with ":" (a heading of its own). */
function isHeadingLine(ctx: ScopeContext, t: number): boolean {
  if (!between(ctx, t).includes("\n")) return false;
  const end = ctx.text.indexOf("\n", ctx.tokens[t].start);
  return /:\s*$/.test(ctx.text.slice(ctx.tokens[t].start, end < 0 ? undefined : end));
}

/** Nothing but a closing bracket between the cue and the clause's end ("Rust (learning)", "React is what I want to learn."). */
function endsClause(ctx: ScopeContext, c: Cue): boolean {
  const t = c.last + 1;
  return t >= ctx.tokens.length || ctx.gaps[t] !== "none" || /[)\]]/.test(between(ctx, t));
}

/** "If you don't know React", "don't apply without React": the clause states a requirement. */
function negationVoided(ctx: ScopeContext, c: Cue): boolean {
  const { tokens, gaps } = ctx;
  for (let t = c.first; t >= 0 && c.first - t <= MAX_SCOPE; t--) {
    if (CONDITION_WORDS.has(tokens[t].key)) return true;
    if (gaps[t] !== "none") break;
  }
  for (let t = c.last + 1; t < tokens.length && gaps[t] === "none" && t - c.last <= MAX_SCOPE; t++) if (CONDITION_WORDS.has(tokens[t].key)) return true;
  return false;
}

/** Cue phrases not inside a mention, joined by plain spaces, hyphens or apostrophes ("don't"). */
function findCues(text: string, tokens: readonly SkillToken[], mentionAt: Int32Array): Cue[] {
  const cues: Cue[] = [];
  const joined = (t: number): boolean => /^(?:[ \t\u00a0]+|[-'\u2019 ]+)$/.test(text.slice(tokens[t - 1].end, tokens[t].start));
  for (let t = 0; t < tokens.length; t++) {
    if (mentionAt[t] >= 0) continue;
    const key = tokens[t].key;
    if (!mayStartCue(key)) continue;
    const defs = CUE_INDEX.get(key);
    if (!defs) continue;
    let hit: { d: CueDef; last: number } | undefined;
    for (const d of defs) {
      let ok = true;
      for (let w = 1; w < d.words.length && ok; w++) {
        const at = t + w;
        ok = at < tokens.length && tokens[at].key === d.words[w] && mentionAt[at] < 0 && joined(at);
      }
      if (ok && (!hit || d.words.length > hit.last - t + 1)) hit = { d, last: t + d.words.length - 1 };
    }
    if (!hit) continue;
    const { d, last } = hit;
    const next = last + 1 < tokens.length ? tokens[last + 1] : undefined;
    const glued = next && /^[-\u2010\u2011]$/.test(text.slice(tokens[last].end, next.start));
    // "no-code", "non-" handled as words of their own: a hyphen glues the cue into a compound.
    if (glued && d.cls !== "negated") continue;
    if (glued && d.words[0] === "no") continue;
    if (d.cls === "negated" && next && NEGATION_EXCEPTIONS.has(next.key)) continue;
    const afterColon = next !== undefined && /^\s*:/.test(text.slice(tokens[last].end, next.start));
    const heading = afterColon && /^\s*:[ \t]*\n/.test(text.slice(tokens[last].end, next.start));
    cues.push({ first: t, last, cls: d.cls, dir: afterColon ? "fwd" : d.dir, heading });
    t = last;
  }
  return cues;
}

const CUE_INDEX = new Map<string, CueDef[]>();
for (const d of CUES) {
  const list = CUE_INDEX.get(d.words[0]) ?? [];
  list.push(d);
  CUE_INDEX.set(d.words[0], list);
}
// "non-WordPress": "non" is a negation only when glued to what follows.
CUE_INDEX.set("non", [{ words: ["non"], cls: "negated", dir: "fwd" }]);

/*
 * (first character, length) of every cue's first word, for ASCII keys: most words ("and",
 * "the", "i") rule themselves out here without a Map lookup, which findCues did for every token.
 */
const CUE_SHAPES = new Uint8Array(128 * 32);
const shapeOf = (key: string): number => key.charCodeAt(0) * 32 + Math.min(key.length, 31);
for (const key of CUE_INDEX.keys()) if (key.charCodeAt(0) < 128) CUE_SHAPES[shapeOf(key)] = 1;

function mayStartCue(key: string): boolean {
  return key.charCodeAt(0) >= 128 || CUE_SHAPES[shapeOf(key)] === 1;
}
