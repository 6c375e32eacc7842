import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { htmlToPlainText, parseTags, truncateText } from "./text.js";

describe("parseTags", () => {
  test.each([
    ["<plutus><haskell>", ["plutus", "haskell"]],
    ["|plutus|haskell|", ["plutus", "haskell"]],
    ["<c++><c#><.net>", ["c++", "c#", ".net"]],
    ["<Plutus><plutus>", ["plutus"]],
    ["", []],
    [undefined, []],
  ])("when the cell is %j then the tags are %j", (cell, expected) => {
    expect(parseTags(cell)).toEqual(expected);
  });

  it("when tags are written in either format then both give the same list", () => {
    const tag = fc.stringMatching(/^[a-z0-9+#.-]{1,12}$/);
    fc.assert(
      fc.property(fc.uniqueArray(tag, { maxLength: 6 }), (tags) => {
        const angle = tags.map((t) => `<${t}>`).join("");
        const pipe = tags.length ? `|${tags.join("|")}|` : "";
        expect(parseTags(angle)).toEqual(tags);
        expect(parseTags(pipe)).toEqual(tags);
      }),
    );
  });
});

describe("htmlToPlainText", () => {
  it("when the body has code, an image and a link then code and link text stay, the image and URL go", () => {
    const text = htmlToPlainText(
      '<p>Use <code>cardano-cli</code>:</p>\n<pre><code>cardano-cli query tip \\\n  --mainnet</code></pre>\n<p><img src="https://i.stack.imgur.com/x.png" alt="screenshot"> see <a href="https://docs.cardano.org">the docs</a></p>',
    );
    expect(text).toContain("cardano-cli query tip \\\n  --mainnet");
    expect(text).toContain("Use cardano-cli:");
    expect(text).toContain("see the docs");
    expect(text).not.toContain("imgur");
    expect(text).not.toContain("docs.cardano.org");
  });

  it("when the body has entities and headings then they decode and keep their case", () => {
    expect(htmlToPlainText("<h2>Fees &amp; Limits</h2><p>a &lt; b</p>")).toBe("Fees & Limits\n\na < b");
  });
});

describe("truncateText", () => {
  it("when text is cut then the result is a prefix of it plus an ellipsis, at most max + 1 characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (text, max) => {
        const out = truncateText(text, max);
        if (text.length <= max) expect(out).toBe(text);
        else {
          expect(out.endsWith("…")).toBe(true);
          expect(out.length).toBeLessThanOrEqual(max + 1);
          expect(text.startsWith(out.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});
