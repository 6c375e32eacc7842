import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSynonymChains } from "./synonym-chains.js";

describe("collapseSynonymChains", () => {
  it("when synonyms chain (a -> b -> c) then every source lands on the final target", () => {
    const result = collapseSynonymChains([
      ["reactjs-old", "react.js"],
      ["react.js", "reactjs"],
      ["react", "reactjs"],
      ["js", "javascript"],
    ]);
    expect(Object.fromEntries(result.targetOf)).toEqual({
      "reactjs-old": "reactjs",
      "react.js": "reactjs",
      react: "reactjs",
      js: "javascript",
    });
    expect(result.chained).toBe(1);
  });

  it("when synonyms loop (a -> b -> a) then the first tag in code-point order becomes the target", () => {
    const result = collapseSynonymChains([
      ["vue", "vuejs"],
      ["vuejs", "vue.js"],
      ["vue.js", "vue"],
    ]);
    expect(Object.fromEntries(result.targetOf)).toEqual({ vuejs: "vue", "vue.js": "vue" });
    expect(result.loops).toBe(1);
  });

  it("when a source has two targets then the first target in code-point order wins, whatever the row order", () => {
    const a = collapseSynonymChains([["pg", "postgresql"], ["pg", "postgres-db"]]);
    const b = collapseSynonymChains([["pg", "postgres-db"], ["pg", "postgresql"]]);
    expect(a.targetOf.get("pg")).toBe("postgres-db");
    expect(b.targetOf.get("pg")).toBe("postgres-db");
    expect(a.conflictingSources).toBe(1);
  });

  it("when a row maps a tag to itself then it is ignored and counted", () => {
    const result = collapseSynonymChains([["go", "go"]]);
    expect(result.targetOf.size).toBe(0);
    expect(result.selfLinks).toBe(1);
  });

  it("when any synonym graph is collapsed then targets are never sources, every source is kept, and row order does not matter", () => {
    const tag = fc.constantFrom("a", "b", "c", "d", "e", "f");
    fc.assert(
      fc.property(fc.array(fc.tuple(tag, tag), { maxLength: 12 }), (pairs) => {
        const result = collapseSynonymChains(pairs);
        for (const target of result.targetOf.values()) expect(result.targetOf.has(target)).toBe(false);
        const sources = new Set(pairs.filter(([s, t]) => s !== t).map(([s]) => s));
        const loopRoots = [...sources].filter((s) => !result.targetOf.has(s));
        expect(loopRoots.length).toBeLessThanOrEqual(result.loops);
        expect(collapseSynonymChains([...pairs].reverse()).targetOf).toEqual(result.targetOf);
      }),
    );
  });
});
