/** The hand-written ASCII path gives exactly the terms of the regex tokenizer it replaced (tokenize.reference.ts). */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { tokenize } from "./tokenize.js";
import { tokenize as referenceTokenize } from "./tokenize.reference.js";

const PIECES = ["C++", "c#", "Node.js", "I", "a", "7", "x2", "The", "running", "ENGINEERING", "and", "of", " ", "\n", ",", "-", "+", "#", "++", ".", "é", "İ", "ß", "Σ", "中", "\u0301", "😀", "ǅ", "ﬁ"];

describe("tokenize", () => {
  test("when given ASCII or mixed text then it gives the reference terms", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(parts.length % 2 ? "" : " ");
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 4000 },
    );
  });

  test("when the same words come back in other cases then the cached terms still match the reference", () => {
    const text = "Running RUNNING running RuNnInG Engineers engineers ENGINEERS c++ C++ C# c#";
    expect(tokenize(text)).toEqual(referenceTokenize(text));
    expect(tokenize(text)).toEqual(referenceTokenize(text));
  });
});
