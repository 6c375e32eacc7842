/**
 * engine.suggestSkills: the suggester over one engine's vocabulary (taxonomy names and aliases,
 * then the custom skills records minted), built on the first call and kept in step with the
 * vocabulary. Records add custom skills over time: new ones are appended to the index; a
 * vocabulary that lost some (a failed batch taken back) or is another one is indexed afresh.
 */
import { BestMatchError } from "../errors.js";
import { DEFAULT_SUGGEST_LIMIT, MAX_SUGGEST_LIMIT, SkillSuggester, type SkillSuggestion, type SuggestForm, type SuggestSkillsOptions } from "./suggest.js";
import type { SkillVocabulary } from "./vocabulary.js";

/** Longer than any skill name a person types; keeps the typo scan's cost bounded. */
export const MAX_SUGGEST_PREFIX = 100;

/** The limit, checked: an integer from 1 to 100 (default 10). */
export function suggestLimit(options: SuggestSkillsOptions): number {
  const limit = options.limit ?? DEFAULT_SUGGEST_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGEST_LIMIT) {
    throw new BestMatchError("INVALID_OPTION", 'option "limit" is invalid', { field: "limit", value: options.limit, expected: `an integer from 1 to ${MAX_SUGGEST_LIMIT}` });
  }
  return limit;
}

export function checkPrefix(prefix: unknown): string {
  if (typeof prefix !== "string") throw new BestMatchError("INVALID_OPTION", "suggestSkills takes the typed text as a string", { value: prefix, expected: "a string" });
  if (prefix.length > MAX_SUGGEST_PREFIX) throw new BestMatchError("INVALID_OPTION", "the text to suggest skills for is too long", { value: `${prefix.slice(0, 40)}…`, expected: `at most ${MAX_SUGGEST_PREFIX} characters` });
  return prefix;
}

export class VocabularySuggester {
  private built: { vocabulary: SkillVocabulary; custom: string[]; suggester: SkillSuggester } | undefined;

  /** `uses(skill)`: indexed freelancers + jobs with the skill, read now. */
  suggest(vocabulary: SkillVocabulary, prefix: unknown, options: SuggestSkillsOptions, uses: (skill: number) => number): SkillSuggestion[] {
    const text = checkPrefix(prefix);
    const limit = suggestLimit(options);
    return this.current(vocabulary).suggest(text, limit, { name: (s) => vocabulary.name(s), isCustom: (s) => vocabulary.isCustom(s), uses });
  }

  private current(vocabulary: SkillVocabulary): SkillSuggester {
    const custom = vocabulary.customSkillNames();
    const b = this.built;
    if (b && b.vocabulary === vocabulary && b.custom.length <= custom.length && b.custom.every((name, k) => name === custom[k])) {
      if (b.custom.length < custom.length) {
        b.suggester.add(customForms(vocabulary, custom, b.custom.length));
        b.custom = custom.slice();
      }
      return b.suggester;
    }
    const suggester = new SkillSuggester(taxonomyForms(vocabulary));
    suggester.add(customForms(vocabulary, custom, 0));
    this.built = { vocabulary, custom: custom.slice(), suggester };
    return suggester;
  }
}

function* taxonomyForms(vocabulary: SkillVocabulary): Iterable<SuggestForm> {
  for (const f of vocabulary.taxonomy.surfaceForms()) yield { skill: f.index, text: f.text, isName: f.isName };
}

function* customForms(vocabulary: SkillVocabulary, names: readonly string[], from: number): Iterable<SuggestForm> {
  for (let k = from; k < names.length; k++) yield { skill: vocabulary.taxonomy.size + k, text: names[k], isName: true };
}
