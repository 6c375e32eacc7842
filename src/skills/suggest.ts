/**
 * Search-as-you-type over the skill vocabulary: "reac" -> React, "pyhton" -> Python, "js" ->
 * JavaScript (its alias JS). This is where flexsearch serves the project now: it finds the
 * candidate names and aliases fast, a forward index for prefixes of every word and a "tolerant"
 * one for swapped and missing letters. suggest-match.ts then decides how each candidate matches
 * and the order is ours, so it is deterministic: matches as typed before those with typos (fewest
 * first), and within those the whole name or alias, then its start, then the start of a later
 * word; then the skills more indexed freelancers and jobs have, ties by name.
 *
 * flexsearch proposes, it does not decide: its tolerant tokenizer misses an extra letter
 * ("reactt") and a typo inside an unfinished word ("javscr"). When it proposes nothing that
 * passes, every form is scanned with the same typo rule, so those still find their skill.
 */
import { Index } from "flexsearch";
import { type FormMatch, compareMatches, fold, matchForm, wordStarts, words } from "./suggest-match.js";

/** One suggestion: a skill of the vocabulary and how the typed text reached it. */
export interface SkillSuggestion {
  /** The canonical skill name ("JavaScript"); a custom skill's name as first seen on a record. */
  skill: string;
  /** The name or alias the text matched ("JS" for "js"); equals `skill` when the name itself matched. */
  matched: string;
  /** "exact": the whole name or alias; "prefix": the start of it or of one of its words; "typo": within one or two typos of that. */
  match: "exact" | "prefix" | "typo";
  /** Indexed freelancers who have the skill plus indexed jobs that require it. */
  uses: number;
  /** Minted from records (not in the taxonomy): it matches only itself in rankings. */
  custom: boolean;
}

export interface SuggestSkillsOptions {
  /** Suggestions returned, 1 to 100. Default 10. */
  limit?: number;
}

export const DEFAULT_SUGGEST_LIMIT = 10;
export const MAX_SUGGEST_LIMIT = 100;

/** A name or alias to suggest from. */
export interface SuggestForm {
  /** The skill's index in the vocabulary. */
  skill: number;
  text: string;
  isName: boolean;
}

interface Form extends SuggestForm {
  folded: string;
  starts: number[];
}

interface Hit extends FormMatch {
  form: Form;
}

const matchName = (h: FormMatch): SkillSuggestion["match"] => (h.typos > 0 ? "typo" : h.tier === 0 ? "exact" : "prefix");

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface SuggestContext {
  name(skill: number): string;
  isCustom(skill: number): boolean;
  /** Popularity: indexed freelancers + jobs with the skill, read at query time (records change between calls). */
  uses(skill: number): number;
}

export class SkillSuggester {
  private readonly forms: Form[] = [];
  private readonly prefixes = new Index({ tokenize: "forward", encode: (s: string) => words(fold(s)) });
  private readonly typos = new Index({ tokenize: "tolerant", encode: (s: string) => words(fold(s)) });

  constructor(forms: Iterable<SuggestForm> = []) {
    this.add(forms);
  }

  get size(): number {
    return this.forms.length;
  }

  /** Adds forms (new custom skills as records mint them); ids are positions, so order is kept. */
  add(forms: Iterable<SuggestForm>): void {
    for (const f of forms) {
      const folded = fold(f.text);
      if (!folded) continue;
      const id = this.forms.length;
      this.forms.push({ ...f, folded, starts: wordStarts(folded) });
      this.prefixes.add(id, f.text);
      this.typos.add(id, f.text);
    }
  }

  /** The best `limit` suggestions for `prefix` (already checked by the caller). */
  suggest(prefix: string, limit: number, context: SuggestContext): SkillSuggestion[] {
    const query = fold(prefix);
    if (!query) return [];
    let hits = this.check(query, this.candidates(prefix));
    if (!hits.length) hits = this.check(query, this.forms.keys());
    const best = new Map<number, Hit>();
    for (const h of hits) {
      const seen = best.get(h.form.skill);
      if (!seen || compareForms(h, seen) < 0) best.set(h.form.skill, h);
    }
    const uses = new Map([...best.keys()].map((s) => [s, context.uses(s)]));
    const names = new Map([...best.keys()].map((s) => [s, context.name(s)]));
    return [...best.values()]
      .sort((a, b) => compareMatches(a, b) || (uses.get(b.form.skill) as number) - (uses.get(a.form.skill) as number) || compareNames(names.get(a.form.skill) as string, names.get(b.form.skill) as string) || a.form.skill - b.form.skill)
      .slice(0, limit)
      .map((h) => ({ skill: names.get(h.form.skill) as string, matched: h.form.text, match: matchName(h), uses: uses.get(h.form.skill) as number, custom: context.isCustom(h.form.skill) }));
  }

  /** Form ids flexsearch proposes: every prefix hit and every tolerant hit (all of them: the order is decided later). */
  private candidates(prefix: string): Set<number> {
    const all = { limit: Math.max(1, this.forms.length), suggest: true };
    return new Set([...(this.prefixes.search(prefix, all) as number[]), ...(this.typos.search(prefix, all) as number[])]);
  }

  private check(query: string, ids: Iterable<number>): Hit[] {
    const hits: Hit[] = [];
    for (const id of ids) {
      const form = this.forms[id];
      const m = matchForm(query, form.folded, form.starts);
      if (m) hits.push({ form, tier: m.tier, typos: m.typos });
    }
    return hits;
  }
}

/** The form a skill is reported by: the better match, then its name over an alias, then the shorter text. */
function compareForms(a: Hit, b: Hit): number {
  return compareMatches(a, b) || Number(b.form.isName) - Number(a.form.isName) || a.form.text.length - b.form.text.length || byText(a.form.text, b.form.text);
}

/** Case-insensitive first, so "jQuery" sorts beside "JavaScript", then exact code units for a total order. */
function compareNames(a: string, b: string): number {
  return byText(a.toLowerCase(), b.toLowerCase()) || byText(a, b);
}
