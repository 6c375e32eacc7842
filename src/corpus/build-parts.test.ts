/** Parts the bulk build changed for speed or heap, each checked against the way it was done before. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SkillPostings } from "./doc-table.js";
import { packSkillSets } from "./corpus.js";
import { validateFreelancer } from "../model/validate.js";
import { exactSkillKey } from "../skills/taxonomy.js";
import { sameExactKey } from "./normalize.js";

describe("SkillPostings (Int32 lists)", () => {
  it("adds, replaces and removes as number[] lists did; a restored index never writes into its loaded arrays", () => {
    const p = new SkillPostings();
    p.add(0, [1, 2]);
    p.add(1, [2, 3]);
    p.add(2, [1, 3]);
    p.replace(0, [1, 2], [2, 4]);
    expect([...p.docs(1)]).toEqual([2]);
    expect([...p.docs(2)]).toEqual([0, 1]);
    expect([...p.docs(4)]).toEqual([0]);
    expect([p.frequency(1), p.frequency(2), p.frequency(3), p.frequency(4)]).toEqual([1, 2, 2, 1]);
    const s = p.state(5);
    const docs = s.docs.slice();
    const loaded = SkillPostings.restore(s.offsets, s.docs, s.docFreq);
    loaded.replace(1, [2, 3], [3]);
    loaded.add(5, [2]);
    expect([...loaded.docs(2)]).toEqual([0, 5]);
    expect([...loaded.docs(3)]).toEqual([1, 2]);
    expect(s.docs).toEqual(docs);
  });
});

describe("packSkillSets", () => {
  it("keeps every set's values, as views on shared arrays", () => {
    const sets = [
      { skills: Int32Array.from([3, 5, 9]), via: Uint8Array.from([0, 1, 0]) },
      { skills: new Int32Array(0), via: new Uint8Array(0) },
      { skills: Int32Array.from([1]), via: Uint8Array.from([1]) },
    ];
    const before = sets.map((s) => [Array.from(s.skills), Array.from(s.via)]);
    packSkillSets(sets);
    expect(sets.map((s) => [Array.from(s.skills), Array.from(s.via)])).toEqual(before);
    expect(sets[0].skills.buffer).toBe(sets[2].skills.buffer);
  });
});

describe("validated records", () => {
  it("keep only the defined fields, in order (a copy, not deletes: no dictionary-mode records)", () => {
    const r = validateFreelancer({ id: "a", title: "React dev", hourlyRate: undefined, skills: ["React", { name: "Node.js", level: "expert" }], country: "PT" });
    expect(Object.keys(r)).toEqual(["id", "title", "skills", "country"]);
    expect(r.skills).toEqual(["React", { name: "Node.js", level: "expert" }]);
  });
});

describe("sameExactKey", () => {
  it("agrees with comparing exactSkillKey of both (property, ASCII and the Unicode that NFKC, trim and case change)", () => {
    const chars = fc.constantFrom("a", "A", "b", "B", "s", "S", "1", ".", "+", "#", " ", "  ", "\t", "\u00a0", "\u0301", "é", "É", "\ufb01", "fi", "\u212a", "k", "\u0130", "i", "\u03a3", "\u03c2");
    const word = fc.array(chars, { maxLength: 6 }).map((c) => c.join(""));
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(sameExactKey(a, b)).toBe(exactSkillKey(a) === exactSkillKey(b));
        expect(sameExactKey(a, a.toUpperCase())).toBe(exactSkillKey(a) === exactSkillKey(a.toUpperCase()));
      }),
      { numRuns: 2000 },
    );
  });
});
