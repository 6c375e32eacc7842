import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BestMatchError } from "../../errors.js";
import { missingSharedData, sharedDataPath } from "../../testing/shared-data.js";
import type { TaxonomyData, TaxonomySkill } from "../taxonomy-types.js";
import { validateTaxonomy } from "../taxonomy.js";
import { importEsco, importEscoWithStats, type EscoImportStats } from "./esco.js";

const root = mkdtempSync(join(tmpdir(), "bestmatch-esco-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const S = "http://data.europa.eu/esco/skill/";
const uri = (n: number) => `${S}${String(n).padStart(8, "0")}-0000-4000-8000-000000000000`;
const G = (code: string) => `http://data.europa.eu/esco/isced-f/${code}`;

/** A miniature ESCO download, written the way ESCO writes it: BOM-less, CRLF rows, LF inside quoted cells. */
function writeEsco(dir: string, files: Record<string, string[][]>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, rows] of Object.entries(files)) {
    const text = rows.map((row) => row.map(quote).join(",")).join("\r\n");
    writeFileSync(join(dir, name), `${text}\r\n`);
  }
  return dir;
}
const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

const SKILL_HEADER = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "hiddenLabels", "status", "modifiedDate"];
const skillRow = (n: number, type: string, label: string, alt: string[], hidden: string[] = [], status = "released") =>
  ["KnowledgeSkillCompetence", uri(n), type, "cross-sector", label, alt.join("\n"), hidden.join("\n"), status, "2020-01-01"];

const miniature = (): Record<string, string[][]> => ({
  "skills_en.csv": [
    SKILL_HEADER,
    skillRow(1, "knowledge", "JavaScript", ["Java script", "JS", "Client-side JavaScript", "JavaScript"], ["Java script", "Javascript"]),
    skillRow(2, "knowledge", "TypeScript", ["TS", "typed JavaScript"]),
    skillRow(3, "skill/competence", "use scripting programming", ["scripting", "JS"]),
    skillRow(4, "skill/competence", "repair bicycles", ["fix bikes", "TypeScript"]),
    skillRow(5, "skill/competence", "C#", ["C sharp"]),
    skillRow(6, "knowledge", "C Sharp", []),
    skillRow(7, "knowledge", "obsolete thing", ["old"], [], "obsolete"),
  ],
  "skillGroups_en.csv": [
    ["conceptType", "conceptUri", "preferredLabel", "status"],
    ["SkillGroup", G("06"), "information and communication technologies (ICTs)", "released"],
    ["SkillGroup", G("061"), "information and communication technologies (ICTs)", "released"],
    ["SkillGroup", G("0613"), "software and applications development and analysis", "released"],
    ["SkillGroup", `${S}root-k`, "knowledge", "released"],
    ["SkillGroup", `${S}root-s`, "skills", "released"],
    ["SkillGroup", `${S}s1`, "working with computers", "released"],
  ],
  "broaderRelationsSkillPillar.csv": [
    ["conceptType", "conceptUri", "broaderType", "broaderUri"],
    ["SkillGroup", G("06"), "SkillGroup", `${S}root-k`],
    ["SkillGroup", G("061"), "SkillGroup", G("06")],
    ["SkillGroup", G("0613"), "SkillGroup", G("061")],
    ["SkillGroup", `${S}s1`, "SkillGroup", `${S}root-s`],
    ["KnowledgeSkillCompetence", uri(1), "SkillGroup", G("0613")],
    ["KnowledgeSkillCompetence", uri(1), "SkillGroup", `${S}s1`],
    // TypeScript only hangs under JavaScript: it inherits JavaScript's groups.
    ["KnowledgeSkillCompetence", uri(2), "KnowledgeSkillCompetence", uri(1)],
    ["KnowledgeSkillCompetence", uri(3), "SkillGroup", `${S}s1`],
    ["KnowledgeSkillCompetence", uri(5), "SkillGroup", G("0613")],
    ["KnowledgeSkillCompetence", uri(6), "SkillGroup", G("0613")],
  ],
  "skillSkillRelations.csv": [
    ["originalSkillUri", "originalSkillType", "relationType", "relatedSkillType", "relatedSkillUri"],
    [uri(2), "knowledge", "essential", "knowledge", uri(1)],
    [uri(3), "skill/competence", "optional", "knowledge", uri(1)],
    [uri(3), "skill/competence", "optional", "knowledge", uri(7)],
  ],
});

const skillNamed = (data: TaxonomyData, name: string): TaxonomySkill => {
  const skill = data.skills.find((s) => s.name === name);
  if (!skill) throw new Error(`no skill named ${name}`);
  return skill;
};

describe("importEsco on a miniature download", () => {
  let data: TaxonomyData;
  let stats: EscoImportStats;
  beforeAll(async () => {
    ({ taxonomy: data, stats } = await importEscoWithStats(writeEsco(join(root, "mini"), miniature())));
  });

  it("when labels are newline-separated in quoted cells then each becomes an alias, deduplicated case-insensitively", () => {
    expect(skillNamed(data, "JavaScript").aliases).toEqual(["Client-side JavaScript", "Java script"]);
  });

  it("when a skill's status is not released then it is skipped and links to it are not kept", () => {
    expect(data.skills.map((s) => s.name)).not.toContain("obsolete thing");
    expect(stats.skippedNotReleased).toBe(1);
    expect(skillNamed(data, "use scripting programming").related).toEqual(["javascript"]);
  });

  it("when two skills share an alias or an alias is another skill's name then it is dropped from both and counted", () => {
    expect(skillNamed(data, "use scripting programming").aliases).toEqual(["scripting"]);
    expect(skillNamed(data, "repair bicycles").aliases).toEqual(["fix bikes"]);
    expect(stats.conflicts.map((c) => c.alias)).toEqual(["c sharp", "js", "typescript"]);
    expect(stats.aliasesDropped).toBe(4);
  });

  it("when two preferred labels slug to the same id then the first concept URI keeps it and the other gets its UUID block", () => {
    expect(skillNamed(data, "C#").id).toBe("c-sharp");
    expect(skillNamed(data, "C Sharp").id).toBe("c-sharp-00000006");
    expect(stats.idsDisambiguated).toBe(1);
  });

  it("when a skill sits under several groups then its category is the most specific group path, with repeated labels merged", () => {
    expect(skillNamed(data, "JavaScript").category).toBe("knowledge/information-and-communication-technologies-icts/software-and-applications-development-and-analysis");
    expect(skillNamed(data, "use scripting programming").category).toBe("skills/working-with-computers");
  });

  it("when a skill hangs only under another skill then it inherits that skill's category", () => {
    expect(skillNamed(data, "TypeScript").category).toBe(skillNamed(data, "JavaScript").category);
  });

  it("when a skill has no group at all then it gets the fallback category and is counted", () => {
    expect(skillNamed(data, "repair bicycles").category).toBe("uncategorized");
    expect(stats.uncategorized).toBe(1);
  });

  it("when skill-skill relations are read then they become related ids", () => {
    expect(skillNamed(data, "TypeScript").related).toEqual(["javascript"]);
    expect(stats.relatedLinks).toBe(2);
  });

  it("when the output is validated then it is a valid taxonomy", () => {
    expect(validateTaxonomy(data).skills).toHaveLength(6);
  });

  it("when the rows come in another order then the output is identical", async () => {
    const files = miniature();
    for (const rows of Object.values(files)) rows.splice(1, rows.length - 1, ...rows.slice(1).reverse());
    expect(await importEsco(writeEsco(join(root, "reversed"), files))).toEqual(data);
  });
});

describe("importEsco options and errors", () => {
  it("when skillTypes is knowledge then skill/competence rows are left out and counted", async () => {
    const { taxonomy, stats } = await importEscoWithStats(writeEsco(join(root, "types"), miniature()), { skillTypes: ["knowledge"] });
    expect(taxonomy.skills.map((s) => s.name).sort()).toEqual(["C Sharp", "JavaScript", "TypeScript"]);
    expect(stats.skippedByType).toBe(3);
  });

  it("when hidden labels are excluded then only altLabels become aliases", async () => {
    const data = await importEsco(writeEsco(join(root, "hidden"), miniature()), { includeHiddenLabels: false });
    expect(skillNamed(data, "JavaScript").aliases).toEqual(["Client-side JavaScript", "Java script"]);
    const files = miniature();
    files["skills_en.csv"][1] = skillRow(1, "knowledge", "JavaScript", [], ["Javascrpt"]);
    const withHidden = await importEsco(writeEsco(join(root, "hidden2"), files));
    const without = await importEsco(join(root, "hidden2"), { includeHiddenLabels: false });
    expect(skillNamed(withHidden, "JavaScript").aliases).toEqual(["Javascrpt"]);
    expect(skillNamed(without, "JavaScript").aliases).toBeUndefined();
  });

  it("when only essential relations are wanted then optional ones are left out", async () => {
    const data = await importEsco(writeEsco(join(root, "essential"), miniature()), { relationTypes: ["essential"] });
    expect(skillNamed(data, "use scripting programming").related).toBeUndefined();
    expect(skillNamed(data, "TypeScript").related).toEqual(["javascript"]);
  });

  it("when the hierarchy and relation files are absent then skills still import and the files are reported missing", async () => {
    const files = miniature();
    const dir = writeEsco(join(root, "skills-only"), { "skills_en.csv": files["skills_en.csv"] });
    const { taxonomy, stats } = await importEscoWithStats(dir);
    expect(taxonomy.skills.every((s) => s.category === "uncategorized")).toBe(true);
    expect(stats.missingFiles.map((f) => f.slice(dir.length + 1))).toEqual(["skillGroups_en.csv", "broaderRelationsSkillPillar.csv", "skillSkillRelations.csv"]);
  });

  it("when the skills file lacks preferredLabel then the error names the file, the columns found and the required ones", async () => {
    const files = miniature();
    files["skills_en.csv"] = files["skills_en.csv"].map((row) => row.filter((_, i) => i !== 4));
    const dir = writeEsco(join(root, "no-label"), files);
    const error = await importEsco(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BestMatchError);
    expect((error as BestMatchError).code).toBe("INVALID_INPUT");
    expect((error as BestMatchError).file).toBe(join(dir, "skills_en.csv"));
    expect((error as BestMatchError).message).toContain("missing required column preferredLabel; columns found: conceptType, conceptUri, skillType");
  });

  it("when a row has an empty preferred label then the error gives its line (counting multi-line cells)", async () => {
    const files = miniature();
    files["skills_en.csv"][3] = skillRow(3, "knowledge", "", []);
    const error = (await importEsco(writeEsco(join(root, "empty-label"), files)).catch((e: unknown) => e)) as BestMatchError;
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.field).toBe("preferredLabel");
    expect(error.line).toBe(2 + 4 + 1 + 2); // header, JavaScript (4 lines), TypeScript (2 lines)
  });

  it("when the folder has no skills file then the error is INPUT_IO naming the file looked for", async () => {
    const error = (await importEsco(join(root, "nowhere")).catch((e: unknown) => e)) as BestMatchError;
    expect(error.code).toBe("INPUT_IO");
    expect(error.file).toBe(join(root, "nowhere", "skills_en.csv"));
  });

  it("when an unknown skill type is asked for then the error is INVALID_OPTION listing the valid ones", async () => {
    const error = (await importEsco(root, { skillTypes: ["tool" as "knowledge"] }).catch((e: unknown) => e)) as BestMatchError;
    expect(error.code).toBe("INVALID_OPTION");
    expect(error.expected).toBe("skill/competence or knowledge");
  });
});

describe.skipIf(missingSharedData("esco"))("importEsco on the real ESCO download", () => {
  let data: TaxonomyData;
  let stats: EscoImportStats;
  beforeAll(async () => {
    ({ taxonomy: data, stats } = await importEscoWithStats(sharedDataPath("esco")!));
  });

  it("when imported then every released skill is there and the result is a valid taxonomy", () => {
    expect(stats.skills + stats.skippedNotReleased).toBeGreaterThan(13_000);
    expect(data.skills).toHaveLength(stats.skills);
    validateTaxonomy(data, "esco");
  });

  it("when imported then known tech skills carry their ESCO alternative labels", () => {
    const js = data.skills.find((s) => s.id === "javascript")!;
    expect(js.name).toBe("JavaScript");
    expect(js.aliases).toEqual(expect.arrayContaining(["Java script", "Client-side JavaScript"]));
    expect(data.skills.find((s) => s.id === "python-computer-programming")!.aliases).toContain("Python");
  });

  it("when imported then every category is a non-empty path starting at an ESCO pillar", () => {
    const pillars = ["knowledge", "language-skills-and-knowledge", "skills", "transversal-skills-and-competences"];
    expect(data.skills.every((s) => pillars.includes(s.category.split("/")[0]))).toBe(true);
    expect(data.skills.every((s) => s.category.split("/").length >= 2)).toBe(true);
    expect(data.skills.every((s) => s.category.split("/").every((seg) => seg !== ""))).toBe(true);
    expect(stats.uncategorized).toBe(0);
  });

  it("when imported then related ids exist and no label names two skills", () => {
    const ids = new Set(data.skills.map((s) => s.id));
    expect(ids.size).toBe(data.skills.length);
    expect(data.skills.flatMap((s) => s.related ?? []).every((id) => ids.has(id))).toBe(true);
    expect(stats.relatedLinks).toBeGreaterThan(5000);
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const s of data.skills) {
      for (const label of [s.name, ...(s.aliases ?? [])]) {
        const key = label.toLowerCase();
        if ((owner.get(key) ?? s.id) !== s.id) shared.push(label);
        owner.set(key, s.id);
      }
    }
    expect(shared).toEqual([]);
    expect(stats.aliasesDropped).toBeGreaterThan(0);
  });
});
