/** The hand-written tokenizer finds exactly the tokens of the regex it replaced (reference/tokens.ts). */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { skillTokens } from "./tokens.js";
import { skillTokens as referenceTokens } from "./reference/tokens.js";

/** Characters where the tokenizer's rules turn: ASCII punctuation, marks, non-Latin letters and digits, astral letters, lone surrogates. */
const TRICKY = [
  "a", "Z", "7", ".", "+", "#", "-", "_", "/", "&", "'", " ", "\n", "\t", ",", "(", "\u0301", "\u0308", "é", "ß", "İ", "Σ", "ς", "ж", "中", "٣",
  "\u00a0", "\u2019", "\u2010", "𝐀", "𐐀", "😀", "\ud835", "\udc00", "\u200d", "ǅ", "ﬁ", "Ⅻ", "²",
];

describe("skillTokens", () => {
  test("when given text mixing ASCII, marks, scripts, astral letters and lone surrogates then it gives the regex's tokens", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 3 }), fc.constantFrom(".NET", "C++", "C#", "asp.net", "Node.js")), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(skillTokens(text)).toEqual(referenceTokens(text));
      }),
      { numRuns: 3000 },
    );
  });

  test("when given any full-unicode string then it gives the regex's tokens", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }), (a, b) => {
        expect(skillTokens(a + b)).toEqual(referenceTokens(a + b));
      }),
      { numRuns: 3000 },
    );
  });
});
