import { describe, expect, test } from "vitest";
import { buildDefaultTaxonomy } from "./default-taxonomy/index.js";
import { Taxonomy } from "./taxonomy.js";
import { ALIAS_TABLE } from "./alias-table.golden.js";

const data = buildDefaultTaxonomy();
const taxonomy = new Taxonomy(data);

describe("golden alias table (default taxonomy)", () => {
  test.each(ALIAS_TABLE)("%j -> %j", (input, canonical) => {
    const r = taxonomy.resolve(input);
    expect(r && taxonomy.skill(r.index).name).toBe(canonical);
  });
});

describe("the default taxonomy", () => {
  test("property: every name and alias resolves back to its own skill", () => {
    const wrong = data.skills.flatMap((s, i) =>
      [s.name, ...(s.aliases ?? [])].filter((f) => taxonomy.resolve(f)?.index !== i).map((f) => `${f} (${s.id})`),
    );
    expect(wrong).toEqual([]);
  });

  test("every id resolves to its skill as an exact match", () => {
    data.skills.forEach((s, i) => expect(taxonomy.resolve(s.id)).toEqual({ index: i, via: "exact" }));
  });
});
