import { describe, expect, it } from "vitest";
import { mergeTaxonomies } from "./merge-taxonomy.js";
import { Taxonomy } from "./taxonomy.js";
import { buildDefaultTaxonomy } from "./default-taxonomy/index.js";
import type { TaxonomyData } from "./taxonomy-types.js";

const base: TaxonomyData = {
  version: 1,
  name: "base",
  skills: [
    { id: "react", name: "React", category: "software/web", aliases: ["ReactJS"] },
    { id: "python", name: "Python", category: "software/languages" },
  ],
};

describe("mergeTaxonomies", () => {
  it("when an extra skill is named by a base alias then it is folded into the base skill", () => {
    const extra: TaxonomyData = { version: 1, name: "so", skills: [{ id: "reactjs", name: "reactjs", category: "so", aliases: ["react.js", "react-js"] }] };
    const r = mergeTaxonomies(base, extra);
    expect(r.folded).toEqual([{ from: "reactjs", into: "react" }]);
    const t = new Taxonomy(r.taxonomy);
    expect(t.skill(t.resolve("react-js")!.index).id).toBe("react");
    expect(r.taxonomy.skills).toHaveLength(2);
  });

  it("when an extra alias is a base skill's name then the alias is dropped and reported", () => {
    const extra: TaxonomyData = { version: 1, name: "esco", skills: [{ id: "python-programming", name: "Python (computer programming)", category: "esco/ict", aliases: ["Python", "Py3K"] }] };
    const r = mergeTaxonomies(base, extra);
    expect(r.droppedAliases).toEqual([]);
    // "Python" names the base skill, so the whole extra skill folds into it and brings Py3K along.
    expect(r.folded).toEqual([{ from: "python-programming", into: "python" }]);
    expect(r.taxonomy.skills.find((s) => s.id === "python")!.aliases).toEqual(["Python (computer programming)", "Py3K"]);
  });

  it("when new skills relate to folded ones then the links follow the fold", () => {
    const extra: TaxonomyData = {
      version: 1,
      name: "x",
      skills: [
        { id: "reactjs", name: "reactjs", category: "so" },
        { id: "redux", name: "Redux", category: "so", related: ["reactjs"] },
      ],
    };
    const r = mergeTaxonomies(base, extra);
    expect(r.added).toBe(1);
    expect(r.taxonomy.skills.find((s) => s.id === "redux")!.related).toEqual(["react"]);
  });

  it("when two extra skills claim one new alias then the second one loses it, reported", () => {
    const extra: TaxonomyData = {
      version: 1,
      name: "x",
      skills: [
        { id: "a", name: "Alpha", category: "x", aliases: ["shared"] },
        { id: "b", name: "Beta", category: "x" },
      ],
    };
    const extra2: TaxonomyData = { version: 1, name: "y", skills: [{ id: "b2", name: "Beta Two", category: "x", aliases: ["shared"] }] };
    const first = mergeTaxonomies(base, extra).taxonomy;
    const r = mergeTaxonomies(first, extra2);
    expect(r.droppedAliases).toEqual([{ skill: "b2", alias: "shared", ownedBy: "a" }]);
  });

  it("merges a Stack Overflow-shaped import into the default taxonomy without errors", () => {
    const so: TaxonomyData = {
      version: 1,
      name: "so",
      skills: [
        { id: "reactjs", name: "reactjs", category: "software/stackoverflow", aliases: ["react", "react.js"] },
        { id: "kubernetes", name: "kubernetes", category: "software/stackoverflow", aliases: ["k8s"] },
        { id: "acme-internal-dsl", name: "acme-internal-dsl", category: "software/stackoverflow" },
      ],
    };
    const r = mergeTaxonomies(buildDefaultTaxonomy(), so);
    expect(r.added).toBe(1);
    expect(r.folded.map((f) => f.from)).toEqual(["reactjs", "kubernetes"]);
  });
});
