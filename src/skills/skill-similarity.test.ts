import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CooccurrenceCounts } from "./similarity.js";
import { SkillSimilarity } from "./skill-similarity.js";
import { SkillVocabulary } from "./vocabulary.js";
import { Taxonomy } from "./taxonomy.js";
import { SMALL_TAXONOMY } from "../testing/small-taxonomy.js";

const setArb = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }).map((a) => Int32Array.from(a.sort((x, y) => x - y)));

describe("co-occurrence fingerprint", () => {
  it("depends on the multiset of sets counted, not on the order they came in", () => {
    fc.assert(
      fc.property(fc.array(setArb, { maxLength: 12 }), (sets) => {
        const a = new CooccurrenceCounts();
        const b = new CooccurrenceCounts();
        sets.forEach((s) => a.add(s));
        [...sets].reverse().forEach((s) => b.add(s));
        expect(a.fingerprint).toBe(b.fingerprint);
      }),
    );
  });

  it("returns to its value when a set is added and removed, and differs while it is in", () => {
    fc.assert(
      fc.property(fc.array(setArb, { maxLength: 12 }), setArb, (sets, extra) => {
        const c = new CooccurrenceCounts();
        sets.forEach((s) => c.add(s));
        const before = c.fingerprint;
        c.add(extra);
        expect(c.fingerprint).not.toBe(before);
        c.remove(extra);
        expect(c.fingerprint).toBe(before);
      }),
    );
  });
});

describe("learned similarity", () => {
  const options = { learned: true, dimensions: 4, learnedWeight: 0.5, taxonomyRelated: 0.6, minSimilarity: 0.1, minCount: 1, learnedScope: "any" as const, minPairCount: 0, minPpmi: 0 };
  const vocabulary = new SkillVocabulary(new Taxonomy(SMALL_TAXONOMY));
  const [js, ts, react, node, py] = ["javascript", "typescript", "react", "node-js", "python"].map((k) => vocabulary.resolve(k)!.index);
  const corpus = [
    [js, ts, react],
    [js, node],
    [ts, react],
    [js, ts, node],
    [py, node],
  ].map((s) => Int32Array.from(s.sort((a, b) => a - b)));

  it("after a change is undone, gives back what it learned before the change (no relearn: the same cached lists)", () => {
    const sim = new SkillSimilarity(vocabulary, options);
    corpus.forEach((s) => sim.cooccurrence.add(s));
    const beforeList = sim.neighbors(js);
    const before = beforeList.map((n) => ({ ...n }));
    const extra = Int32Array.from([js, py].sort((a, b) => a - b));
    sim.cooccurrence.add(extra);
    const during = sim.neighbors(js).map((n) => ({ ...n }));
    sim.cooccurrence.remove(extra);
    expect(sim.neighbors(js)).toBe(beforeList);
    expect(sim.neighbors(js)).toEqual(before);
    // The change itself is seen: a new co-occurrence moved the learned similarities.
    expect(during).not.toEqual(before);
  });

  it("scope \"taxonomy\": an unlinked pair gets learned credit only within one category and with the pair's own evidence", () => {
    const strict = { ...options, learnedScope: "taxonomy" as const, minPairCount: 2, minPpmi: 0 };
    const sim = new SkillSimilarity(vocabulary, strict);
    const loose = new SkillSimilarity(vocabulary, options);
    for (const s of corpus) {
      sim.cooccurrence.add(s);
      loose.cooccurrence.add(s);
    }
    const tax = vocabulary.taxonomy;
    for (const a of [js, ts, react, node, py]) {
      for (const b of [js, ts, react, node, py]) {
        if (a === b || tax.related(a).includes(b)) continue;
        const allowed = tax.category(a) === tax.category(b) && sim.learnedMayRelate(a, b);
        if (!allowed) expect(sim.similarity(a, b)).toBe(0);
        else expect(sim.similarity(a, b)).toBeCloseTo(loose.similarity(a, b), 12);
      }
    }
    // py and node were listed together once only: below minPairCount, whatever their categories.
    expect(sim.learnedMayRelate(py, node)).toBe(false);
  });
});
