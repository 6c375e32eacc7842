import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { BestMatchError } from "../errors.js";
import { Taxonomy, createTaxonomy, extendTaxonomy, normalizeSkillKey, pluralStems, validateTaxonomy, withoutVersion } from "./taxonomy.js";
import type { TaxonomyData, TaxonomySkill } from "./taxonomy-types.js";
import { TEST_TAXONOMY } from "./extract/test-taxonomy.js";

const taxonomy = createTaxonomy(TEST_TAXONOMY);
const withSkills = (...skills: TaxonomySkill[]): TaxonomyData => ({ version: 1, name: "t", skills });
const skill = (id: string, extra: Partial<TaxonomySkill> = {}): TaxonomySkill => ({ id, name: id.toUpperCase(), category: "x/y", ...extra });

function invalid(data: unknown): BestMatchError {
  try {
    validateTaxonomy(data, "user.json");
  } catch (e) {
    if (e instanceof BestMatchError) return e;
    throw e;
  }
  throw new Error("expected validateTaxonomy to throw");
}

describe("validateTaxonomy", () => {
  test.each([
    ["not an object", [], "(root)"],
    ["wrong version", { version: 2, name: "t", skills: [] }, "version"],
    ["missing name", { version: 1, skills: [] }, "name"],
    ["skills not an array", { version: 1, name: "t", skills: {} }, "skills"],
    ["skill not an object", withSkills("x" as unknown as TaxonomySkill), "skills[0]"],
    ["uppercase id", withSkills(skill("React" as string)), "skills[0].id"],
    ["id with a space", withSkills(skill("google ads")), "skills[0].id"],
    ["empty name", withSkills(skill("a", { name: " " })), "skills[0].name"],
    ["category with empty segment", withSkills(skill("a", { category: "x//y" })), "skills[0].category"],
    ["aliases not an array", withSkills(skill("a", { aliases: "A" as unknown as string[] })), "skills[0].aliases"],
    ["empty alias", withSkills(skill("a", { aliases: ["ok", ""] })), "skills[0].aliases[1]"],
    ["ambiguous not boolean", withSkills(skill("a", { ambiguous: "yes" as unknown as boolean })), "skills[0].ambiguous"],
    ["unknown field (typo)", withSkills({ ...skill("a"), alias: ["A"] } as TaxonomySkill), "skills[0].alias"],
    ["duplicate id", withSkills(skill("a"), skill("b"), skill("a", { name: "Other" })), "skills[2].id"],
    ["alias claimed by two skills", withSkills(skill("a", { aliases: ["Shared"] }), skill("b", { aliases: ["shared "] })), "skills[1].aliases[0]"],
    ["alias equal to another skill's name", withSkills(skill("a"), skill("b", { aliases: ["a"] })), "skills[1].aliases[0]"],
    ["unknown related id", withSkills(skill("a", { related: ["zzz"] })), "skills[0].related[0]"],
    ["related to itself", withSkills(skill("a", { related: ["a"] })), "skills[0].related[0]"],
  ])("rejects %s, naming the field", (_reason, data, field) => {
    const error = invalid(data);
    expect(error.code).toBe("INVALID_TAXONOMY");
    expect(error.field).toBe(field);
    expect(error.file).toBe("user.json");
  });

  test("names the skill id and the conflicting skill in the message", () => {
    const error = invalid(withSkills(skill("react", { aliases: ["ReactJS"] }), skill("preact", { aliases: ["reactjs"] })));
    expect(error.recordId).toBe("preact");
    expect(error.value).toBe("reactjs");
    expect(error.message).toContain('also names skill "react"');
  });

  test("returns valid data unchanged", () => {
    expect(validateTaxonomy(TEST_TAXONOMY)).toBe(TEST_TAXONOMY);
  });
});

describe("Taxonomy", () => {
  test("numbers skills densely in data order", () => {
    expect(taxonomy.size).toBe(TEST_TAXONOMY.skills.length);
    TEST_TAXONOMY.skills.forEach((s, i) => {
      expect(taxonomy.indexOf(s.id)).toBe(i);
      expect(taxonomy.skill(i).name).toBe(s.name);
      expect(taxonomy.category(i)).toBe(s.category);
    });
    expect(taxonomy.indexOf("nope")).toBeUndefined();
    expect(() => taxonomy.skill(taxonomy.size)).toThrow(RangeError);
  });

  test("makes related links symmetric and sorted", () => {
    const react = taxonomy.indexOf("react")!;
    const js = taxonomy.indexOf("javascript")!;
    const rn = taxonomy.indexOf("react-native")!;
    expect(taxonomy.related(js)).toEqual([taxonomy.indexOf("typescript"), react].sort((a, b) => a! - b!));
    expect(taxonomy.related(react)).toEqual([js, rn]);
    expect(taxonomy.related(rn)).toEqual([react]);
  });

  test("is immutable: skills and link lists are frozen and the input is not kept", () => {
    const data = structuredClone(TEST_TAXONOMY);
    const t = new Taxonomy(data);
    data.skills[0].name = "Changed";
    expect(t.skill(0).name).toBe("JavaScript");
    expect(Object.isFrozen(t.skill(0))).toBe(true);
    expect(Object.isFrozen(t.related(0))).toBe(true);
  });

  test.each([
    ["JavaScript", "javascript", "exact"],
    ["  javascript ", "javascript", "exact"],
    ["google-ads", "google-ads", "exact"],
    ["GOOGLE   ADS", "google-ads", "exact"],
    ["ReactJS", "react", "alias"],
    ["react.js", "react", "alias"],
    ["React JS", "react", "alias"], // loose key "reactjs" of the alias ReactJS
    ["node js", "node-js", "alias"], // name variant: space instead of dot
    ["NodeJS", "node-js", "alias"],
    ["asp net", "asp-net", "alias"],
    ["dot net", "dot-net", "alias"], // loose key of the alias "dotnet"
    ["CICD", "ci-cd", "alias"],
    ["APIs", "api", "alias"], // plural
    ["REST APIs", "api", "alias"],
    ["Kubernetes 1.28", "kubernetes", "alias"], // trailing version dropped
    ["python3", "python", "alias"], // an alias, before any version rule
    ["C++11", "c-plus-plus", "alias"],
    ["React v18", "react", "alias"],
    ["Foo Framework", undefined, undefined], // unknown: the engine keeps it as a custom skill
    ["Gos", undefined, undefined], // no plurals for ambiguous skills
  ])("resolve(%j) -> %s via %s", (input, id, via) => {
    const r = taxonomy.resolve(input);
    expect(r && taxonomy.skill(r.index).id).toBe(id);
    expect(r?.via).toBe(via);
  });

  test("a loose key shared by two skills resolves only their exact spellings", () => {
    const t = new Taxonomy(withSkills(skill("ab", { name: "A.B" }), skill("a-b", { name: "A-B" })));
    expect(t.resolve("a.b")?.index).toBe(0);
    expect(t.resolve("A-B")?.index).toBe(1);
    expect(t.resolve("ab")?.index).toBe(0); // the id "ab" is exact
    expect(t.resolve("a b")).toBeUndefined();
  });

  test("property: every name, alias and id resolves to its own skill", () => {
    const forms = TEST_TAXONOMY.skills.flatMap((s, i) => [s.id, s.name, ...(s.aliases ?? [])].map((f) => [f, i] as const));
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.constantFrom("", " ", "  "), fc.boolean(), ([form, index], pad, upper) => {
        const written = pad + (upper ? form.toUpperCase() : form.toLowerCase()) + pad;
        expect(taxonomy.resolve(written)?.index).toBe(index);
      }),
    );
  });
});

describe("normalizeSkillKey", () => {
  test.each([
    ["Node.js", "nodejs"],
    ["node js", "nodejs"],
    ["node-JS", "nodejs"],
    ["node\u2011js", "nodejs"], // non-breaking hyphen, as word processors write it
    ["C++", "c++"],
    ["C#", "c#"],
    [".NET", ".net"],
    ["ASP.NET", "aspnet"],
    ["CI/CD", "cicd"],
    ["R&D", "r&d"],
    ["R & D", "r&d"],
    ["Machine   Learning", "machinelearning"],
    ["Sales, Marketing", "sales,marketing"], // a break is kept: not the same as "sales marketing"
    ["++", "++"],
  ])("%j -> %j", (input, key) => {
    expect(normalizeSkillKey(input)).toBe(key);
  });

  test("property: ignores case and the choice of joiner between words", () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(" ", "-", ".", "/", "_", "  "), (words, joiner) => {
        expect(normalizeSkillKey(words.join(joiner).toUpperCase())).toBe(normalizeSkillKey(words.join(" ")));
      }),
    );
  });
});

test.each([
  ["APIs", ["API"]],
  ["Technologies", ["Technology", "Technologie"]],
  ["Classes", ["Class", "Classe"]],
  ["CSS", []],
  ["Sass", []],
])("pluralStems(%j)", (word, stems) => {
  expect(pluralStems(word)).toEqual(stems);
});

test.each([
  ["Angular 12", "Angular"],
  ["php7", "php"],
  ["Python 3.10", "Python"],
  ["vue-3.x", "vue"],
  ["C++11", "C++"],
  ["Web", undefined], // no version
  ["S3", undefined], // one letter would remain
  ["3D", undefined],
])("withoutVersion(%j) -> %j", (name, stem) => {
  expect(withoutVersion(name)).toBe(stem);
});

describe("extendTaxonomy", () => {
  test("adds skills and merges an override by id", () => {
    const extended = extendTaxonomy(TEST_TAXONOMY, withSkills(
      { id: "react", name: "React", category: "software/ui", aliases: ["React 18"], related: ["typescript"] },
      { id: "foo-framework", name: "Foo Framework", category: "software/web-backend", related: ["node-js"] },
    ));
    const t = new Taxonomy(extended);
    expect(t.size).toBe(TEST_TAXONOMY.skills.length + 1);
    const react = t.skill(t.indexOf("react")!);
    expect(react.category).toBe("software/ui");
    expect(react.aliases).toEqual(["ReactJS", "React.js", "React 18"]);
    expect(react.related).toEqual(["javascript", "typescript"]);
    expect(t.resolve("foo framework")?.index).toBe(t.size - 1);
    expect(t.related(t.indexOf("node-js")!)).toContain(t.size - 1);
    expect(extended.name).toBe("test+t");
  });

  test("a renamed skill keeps its old name as an alias", () => {
    const t = new Taxonomy(extendTaxonomy(TEST_TAXONOMY, withSkills({ id: "microsoft-excel", name: "Excel 365", category: "office/spreadsheets" })));
    const excel = t.indexOf("microsoft-excel")!;
    expect(t.resolve("Microsoft Excel")).toEqual({ index: excel, via: "alias" });
    expect(t.resolve("Excel 365")).toEqual({ index: excel, via: "exact" });
  });

  test("rejects an extension whose alias is claimed by a base skill", () => {
    expect(() => extendTaxonomy(TEST_TAXONOMY, withSkills({ id: "preact", name: "Preact", category: "x/y", aliases: ["ReactJS"] })))
      .toThrow(expect.objectContaining({ code: "INVALID_TAXONOMY", field: expect.stringMatching(/aliases\[0\]$/), recordId: "preact" }));
  });

  test("rejects a malformed extension skill before merging", () => {
    expect(() => extendTaxonomy(TEST_TAXONOMY, withSkills({ id: "x", name: "X" } as TaxonomySkill)))
      .toThrow(expect.objectContaining({ code: "INVALID_TAXONOMY", field: "skills[0].category" }));
  });
});
