/**
 * The fast extractor (flat trie, hand-written tokenizer, interned keys) gives exactly the output
 * of the implementation it replaced, kept in reference/: same skills, spans, aliases and
 * mention classes, on random texts built from taxonomy spellings, stopwords, cue words,
 * negations and punctuation.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { Taxonomy } from "../taxonomy.js";
import { buildDefaultTaxonomy } from "../default-taxonomy/index.js";
import { createSkillExtractor } from "./extractor.js";
import { createSkillExtractor as referenceExtractor } from "./reference/extractor.js";
import { TEST_TAXONOMY } from "./test-taxonomy.js";
import { STOPWORDS } from "./stopwords.js";

const WORDS = [
  "no", "not", "without", "never", "don't", "do not", "isn't", "non", "nice to have", "is a plus", "preferably", "bonus", "learning", "eager to learn",
  "currently learning", "optional", "preferred", "but", "however", "if", "apply", "developer", "engineer", "experience", "with", "in", "using", "team", "to",
  "let's", "plan", "ahead", "at", "and", "or", "&", "I", "am", "as", "is", "IT", "go", "GO", "R", "D", "apps", "APIs", "php7", "angular2", "v2", "2024",
  "team", "sales", "marketing", "department", "Skills:", "Nice to have:", "Requirements:", "e.g.", "etc", "like", "such as",
];
const SEPARATORS = [" ", " ", " ", "  ", " ' ", "& &", " \u00a0", "\t&", " \u2019", "''", " &\t", ", ", ". ", "; ", ": ", "\n", "\n\n", "\n- ", " - ", "-", ".", "/", "_", "&", " & ", "'", "\u2019", "(", ") ", " (", "!", "?", "\u2013", "\t", "\u00a0", ""];

function textArbitrary(spellings: readonly string[]): fc.Arbitrary<string> {
  const stop = [...STOPWORDS].slice(0, 120);
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...spellings) },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 2, arbitrary: fc.constantFrom(...stop) },
    { weight: 1, arbitrary: fc.constantFrom(...spellings).map((s) => s.toLowerCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...spellings).map((s) => s.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...spellings).map((s) => `${s}s`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  );
  return fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 40 }).map((parts) => parts.map(([p, s]) => p + s).join(""));
}

const spellingsOf = (taxonomy: Taxonomy): string[] => [...new Set(taxonomy.surfaceForms().map((f) => f.text))];

describe.each([
  ["the test taxonomy", new Taxonomy(TEST_TAXONOMY), 3000],
  ["the default taxonomy", new Taxonomy(buildDefaultTaxonomy()), 1500],
] as const)("fast extractor on %s", (_, taxonomy, runs) => {
  const fast = createSkillExtractor(taxonomy);
  const reference = referenceExtractor(taxonomy);
  const all = spellingsOf(taxonomy);
  // The default taxonomy has thousands of spellings: favour the ambiguous and the multi-word ones, where the rules turn.
  const tricky = all.filter((s, i) => /[\s.+#&/'-]/.test(s) || s.length <= 3 || i % 7 === 0);

  test("when given random texts of spellings, cue words, stopwords and punctuation then it finds exactly what the reference finds", () => {
    fc.assert(
      fc.property(textArbitrary(tricky), (text) => {
        expect(fast(text)).toEqual(reference(text));
      }),
      { numRuns: runs },
    );
  });

  test("when given arbitrary unicode then it finds exactly what the reference finds", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.constantFrom(...tricky), (noise, spelling) => {
        const text = `${noise} ${spelling} ${noise}`;
        expect(fast(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
