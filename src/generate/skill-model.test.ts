import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { TaxonomyData } from "../skills/taxonomy-types.js";
import { BestMatchError } from "../errors.js";
import { Rng } from "./prng.js";
import { areRelated, buildSkillModel, labelOf, sampleRoleSkills } from "./skill-model.js";
import { syntheticTaxonomy } from "./synthetic-taxonomy.js";

/** Any small taxonomy: skills spread over a few categories, random related links (some dangling). */
const taxonomyArb: fc.Arbitrary<TaxonomyData> = fc
  .array(fc.record({ category: fc.constantFrom("a/x", "a/y", "b/z", "c"), related: fc.array(fc.nat(40), { maxLength: 4 }) }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((rows) => ({
    version: 1,
    name: "arb",
    skills: rows.map((r, i) => ({ id: `s${i}`, name: `Skill ${i}`, category: r.category, related: r.related.map((j) => `s${j}`) })),
  }));

describe("buildSkillModel", () => {
  it("when given a taxonomy then each category becomes one role whose core is exactly its skills", () => {
    const taxonomy = syntheticTaxonomy(3, 2, 5);
    const model = buildSkillModel(taxonomy);
    expect(model.roles.map((r) => r.category)).toEqual(["area0/niche-0", "area0/niche-1", "area1/niche-0", "area1/niche-1", "area2/niche-0", "area2/niche-1"]);
    for (const role of model.roles) {
      const expected = taxonomy.skills.flatMap((s, i) => (s.category === role.category ? [i] : []));
      expect([...role.core].sort((a, b) => a - b)).toEqual(expected);
      expect(role.label).toBe(`Niche ${role.category.slice(-1)}`);
      expect(role.topLevel).toBe(role.category.split("/")[0]);
    }
  });

  it("when a core skill links outside its category then the target is adjacent to the role", () => {
    const model = buildSkillModel(syntheticTaxonomy(2, 2, 6));
    for (const role of model.roles) {
      expect(role.adjacent.length).toBeGreaterThan(0);
      for (const j of role.adjacent) {
        expect(model.skills[j].category).not.toBe(role.category);
        expect([...role.core].some((i) => areRelated(model, i, j))).toBe(true);
      }
    }
  });

  it("when related links point one way then they count both ways", () => {
    const model = buildSkillModel({
      version: 1,
      name: "t",
      skills: [
        { id: "a", name: "A", category: "x", related: ["b", "missing"] },
        { id: "b", name: "B", category: "x" },
      ],
    });
    expect(areRelated(model, 0, 1)).toBe(true);
    expect(areRelated(model, 1, 0)).toBe(true);
  });

  it("when the most linked skill is listed last then it still ranks first in the core", () => {
    const model = buildSkillModel({
      version: 1,
      name: "t",
      skills: [
        { id: "a", name: "A", category: "x" },
        { id: "b", name: "B", category: "x" },
        { id: "hub", name: "Hub", category: "x", related: ["a", "b"] },
      ],
    });
    expect(model.roles[0].core[0]).toBe(2);
  });

  it("when the taxonomy has no skills then it fails with INVALID_TAXONOMY", () => {
    let error: unknown;
    try {
      buildSkillModel({ version: 1, name: "empty", skills: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BestMatchError);
    expect((error as BestMatchError).code).toBe("INVALID_TAXONOMY");
  });
});

describe("sampleRoleSkills", () => {
  it("when sampling from any taxonomy then skills are distinct, valid, anchored in the role's core and never more than asked", () => {
    fc.assert(
      fc.property(taxonomyArb, fc.nat(), fc.integer({ min: 0, max: 12 }), (taxonomy, seed, count) => {
        const model = buildSkillModel(taxonomy);
        const rng = new Rng(seed);
        const role = rng.int(model.roles.length);
        const skills = sampleRoleSkills(model, role, count, rng);
        expect(skills.length).toBeLessThanOrEqual(count);
        expect(new Set(skills).size).toBe(skills.length);
        for (const s of skills) expect(s >= 0 && s < taxonomy.skills.length).toBe(true);
        if (count > 0) expect(model.roles[role].core).toContain(skills[0]);
      }),
    );
  });

  it("when sampling many profiles for a role then most skills come from its own category", () => {
    const model = buildSkillModel(syntheticTaxonomy());
    const rng = new Rng(11);
    let own = 0;
    let total = 0;
    for (let k = 0; k < 500; k++) {
      for (const s of sampleRoleSkills(model, 4, 8, rng)) {
        total++;
        if (model.skills[s].category === model.roles[4].category) own++;
      }
    }
    expect(own / total).toBeGreaterThan(0.5);
    expect(own / total).toBeLessThan(0.95);
  });

  it("when sampling the core then popular skills come up far more often than rare ones (Zipf)", () => {
    const model = buildSkillModel(syntheticTaxonomy(1, 1, 30));
    const rng = new Rng(4);
    const counts = new Map<number, number>();
    for (let k = 0; k < 3000; k++) {
      const anchor = sampleRoleSkills(model, 0, 1, rng)[0];
      counts.set(anchor, (counts.get(anchor) ?? 0) + 1);
    }
    const core = model.roles[0].core;
    expect(counts.get(core[0])!).toBeGreaterThan(5 * (counts.get(core[core.length - 1]) ?? 0));
  });
});

describe("labelOf", () => {
  it.each([
    ["software/web-frontend", "Web Frontend"],
    ["design/ui-ux", "UI UX"],
    ["software/apis", "APIs"],
    ["design/3d", "3D"],
    ["software/no-code", "No Code"],
    ["marketing", "Marketing"],
  ])("when the category is %s then the label is %s", (category, label) => {
    expect(labelOf(category)).toBe(label);
  });
});
