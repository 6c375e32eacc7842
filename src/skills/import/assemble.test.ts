import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TAXONOMY_FORMAT_VERSION } from "../taxonomy-types.js";
import { validateTaxonomy } from "../taxonomy.js";
import { assembleSkills, foldedSlug, labelKey, type DraftSkill } from "./assemble.js";

const draft = (key: string, name: string, aliases: string[] = [], more: Partial<DraftSkill> = {}): DraftSkill => ({
  key,
  name,
  category: "test",
  aliases,
  ...more,
});

const byName = (skills: ReturnType<typeof assembleSkills>["skills"]) => new Map(skills.map((s) => [s.name, s]));

describe("assembleSkills", () => {
  it("when two skills share an alias then neither keeps it and the conflict is reported", () => {
    const { skills, stats } = assembleSkills([draft("u1", "repair bicycles", ["fix bikes", "mend bikes"]), draft("u2", "maintain bicycles", ["Fix Bikes"])]);
    const named = byName(skills);
    expect(named.get("repair bicycles")!.aliases).toEqual(["mend bikes"]);
    expect(named.get("maintain bicycles")!.aliases).toBeUndefined();
    expect(stats.aliasesDropped).toBe(2);
    expect(stats.conflicts).toEqual([{ alias: "fix bikes", ids: ["maintain-bicycles", "repair-bicycles"] }]);
  });

  it("when an alias is another skill's name or id then the other skill keeps it as its name", () => {
    const { skills, stats } = assembleSkills([
      draft("u1", "acting techniques"),
      draft("u2", "acting and directing techniques", ["Acting Techniques", "acting-techniques", "stagecraft"]),
    ]);
    expect(byName(skills).get("acting and directing techniques")!.aliases).toEqual(["stagecraft"]);
    expect(stats.aliasesDropped).toBe(2);
  });

  it("when two names give the same slug then the higher priority keeps the plain id and the other gets its suffix", () => {
    const { skills, stats } = assembleSkills([
      draft("html.encode", "html.encode", [], { priority: 10 }),
      draft("html encode", "HTML Encode", [], { priority: 50, idSuffix: "x1" }),
    ]);
    expect(byName(skills).get("HTML Encode")!.id).toBe("html-encode");
    expect(byName(skills).get("html.encode")!.id).toMatch(/^html-encode-[0-9a-f]{8}$/);
    expect(stats.idsDisambiguated).toBe(1);
  });

  it("when one colliding name is the slug itself then it keeps the id whatever the priorities", () => {
    const { skills } = assembleSkills([draft("a", "asp.net", [], { priority: 100, idSuffix: "aaaa" }), draft("b", "asp-net", [], { priority: 1 })]);
    expect(byName(skills).get("asp-net")!.id).toBe("asp-net");
    expect(byName(skills).get("asp.net")!.id).toBe("asp-net-aaaa");
  });

  it("when two skills have the same name then the second is renamed with its suffix", () => {
    const { skills, stats } = assembleSkills([draft("k1", "Welding", [], { idSuffix: "k1" }), draft("k2", "welding", [], { idSuffix: "k2" })]);
    expect(skills.map((s) => [s.id, s.name])).toEqual([
      ["welding", "Welding"],
      ["welding-k2", "welding (k2)"],
    ]);
    expect(stats.namesDisambiguated).toBe(1);
  });

  it("when related keys point at self, twice, or outside the batch then they are deduplicated, dropped and counted", () => {
    const { skills, stats } = assembleSkills([draft("a", "Alpha", [], { relatedKeys: ["b", "a", "b", "zz"] }), draft("b", "Beta")]);
    expect(byName(skills).get("Alpha")!.related).toEqual(["beta"]);
    expect(stats.relatedLinks).toBe(1);
    expect(stats.relatedDropped).toBe(1);
  });

  it("when a name or alias is a single character then the skill is marked ambiguous", () => {
    const { skills } = assembleSkills([draft("r", "R", ["R language"]), draft("py", "Python", ["py"])]);
    expect(byName(skills).get("R")!.ambiguous).toBe(true);
    expect(byName(skills).get("Python")!.ambiguous).toBeUndefined();
  });

  it.each([
    ["prepare canapés", "prepare-canapes"],
    ["C++", "c-plus-plus"],
    ["C#", "c-sharp"],
    [".NET", "dot-net"],
    ["project management methodology (PM²)", "project-management-methodology-pm2"],
  ])("when slugging %s then the id is %s", (name, id) => {
    expect(foldedSlug(name)).toBe(id);
  });

  it("when a name has no latin letters or digits then the id falls back to skill-<suffix>", () => {
    const { skills } = assembleSkills([draft("http://x/123", "управление", [], { idSuffix: "0a1b2c3d" })]);
    expect(skills[0].id).toBe("skill-0a1b2c3d");
  });
});

// Labels from a tiny alphabet so that collisions of every kind are frequent.
const label = fc.stringMatching(/^[abAB .#+-]{1,4}$/);
const drafts = fc.uniqueArray(
  fc.record({
    key: fc.stringMatching(/^[a-d]{1,3}$/),
    name: label,
    aliases: fc.array(label, { maxLength: 4 }),
    relatedKeys: fc.array(fc.stringMatching(/^[a-d]{1,3}$/), { maxLength: 3 }),
    priority: fc.integer({ min: 0, max: 3 }),
  }),
  { selector: (d) => d.key, maxLength: 12 },
);

describe("assembleSkills properties", () => {
  it("when drafts collide in any way then the result passes validateTaxonomy (unique ids; no label names two skills; related ids exist)", () => {
    fc.assert(
      fc.property(drafts, (raw) => {
        const list = raw.filter((d) => labelKey(d.name) !== "").map((d) => ({ ...d, category: "x/y" }));
        const { skills } = assembleSkills(list);
        validateTaxonomy({ version: TAXONOMY_FORMAT_VERSION, name: "prop", skills });
        expect(skills).toHaveLength(list.length);
      }),
    );
  });

  it("when the drafts come in another order then the output is identical", () => {
    fc.assert(
      fc.property(drafts, fc.nat(), (raw, seed) => {
        const list = raw.filter((d) => labelKey(d.name) !== "").map((d) => ({ ...d, category: "x" }));
        const shuffled = [...list].sort((a, b) => hash(a.key, seed) - hash(b.key, seed));
        expect(assembleSkills(shuffled)).toEqual(assembleSkills(list));
      }),
    );
  });

  it("when an alias names no other skill (by name, id or alias) then it is kept", () => {
    fc.assert(
      fc.property(drafts, (raw) => {
        const list = raw.filter((d) => labelKey(d.name) !== "").map((d) => ({ ...d, category: "x" }));
        const { skills, ids } = assembleSkills(list);
        const byId = new Map(skills.map((s) => [s.id, s]));
        const out = (d: DraftSkill) => byId.get(ids.get(d.key)!)!;
        for (const d of list) {
          for (const alias of d.aliases) {
            const key = labelKey(alias);
            if (key === "" || key === labelKey(out(d).name)) continue;
            const claimedElsewhere = list.some(
              (e) => e.key !== d.key && (labelKey(out(e).name) === key || out(e).id === key || e.aliases.some((a) => labelKey(a) === key)),
            );
            if (!claimedElsewhere) expect((out(d).aliases ?? []).map(labelKey)).toContain(key);
          }
        }
      }),
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h;
}
