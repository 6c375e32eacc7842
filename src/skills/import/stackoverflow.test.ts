import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BestMatchError } from "../../errors.js";
import { missingSharedData, sharedDataPath } from "../../testing/shared-data.js";
import type { TaxonomyData } from "../taxonomy-types.js";
import { validateTaxonomy } from "../taxonomy.js";
import { importStackOverflowSynonyms, importStackOverflowSynonymsWithStats } from "./stackoverflow.js";

const dir = mkdtempSync(join(tmpdir(), "bestmatch-so-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function csv(lines: string[]): string {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, `\uFEFF${lines.join("\r\n")}\r\n`); // SEDE exports: BOM, CRLF, every cell quoted
  return path;
}

const SYN_HEADER = "Id,SourceTagName,TargetTagName,CreationDate,OwnerUserId,AutoRenameCount,LastAutoRename,Score,ApprovedByUserId,ApprovalDate";
const syn = (id: number, source: string, target: string, approved = true) =>
  `"${id}","${source}","${target}","2015-01-01 00:00:00","1","0","","0","${approved ? "1" : ""}","${approved ? "2015-01-02 00:00:00" : ""}"`;
const TAGS_HEADER = "Id,TagName,Count,ExcerptPostId,WikiPostId,IsModeratorOnly,IsRequired";
const tag = (id: number, name: string, count: number) => `"${id}","${name}","${count}","","","",""`;

const synonyms = () =>
  csv([
    SYN_HEADER,
    syn(1, "k8s", "kubernetes"),
    syn(2, "js", "javascript"),
    syn(3, "nodejs", "node.js"),
    syn(4, "react-old", "react.js"),
    syn(5, "react.js", "reactjs"),
    syn(6, "react", "reactjs"),
    syn(7, "c-sharp", "c#"),
    syn(8, "ecmascript-unapproved", "javascript", false),
  ]);

const skill = (data: TaxonomyData, name: string) => data.skills.find((s) => s.name === name);

describe("importStackOverflowSynonyms on a small export", () => {
  let data: TaxonomyData;
  beforeAll(async () => {
    data = await importStackOverflowSynonyms(synonyms());
  });

  it("when a tag has synonyms then it becomes a skill named by the tag with the source tags as aliases", () => {
    expect(skill(data, "node.js")).toEqual({ id: "node-js", name: "node.js", category: "software/stackoverflow", aliases: ["nodejs"] });
    expect(skill(data, "c#")!.id).toBe("c-sharp");
    expect(skill(data, "kubernetes")!.aliases).toEqual(["k8s"]);
  });

  it("when synonyms chain then the aliases collapse onto the final target and the middle tag is not a skill", () => {
    expect(skill(data, "reactjs")!.aliases).toEqual(["react", "react-old", "react.js"]);
    expect(skill(data, "react.js")).toBeUndefined();
  });

  it("when a synonym is not approved then it is left out by default and kept with approvedOnly false", async () => {
    expect(skill(data, "javascript")!.aliases).toEqual(["js"]);
    const all = await importStackOverflowSynonymsWithStats(synonyms(), { approvedOnly: false });
    expect(skill(all.taxonomy, "javascript")!.aliases).toEqual(["ecmascript-unapproved", "js"]);
    expect(all.stats.skippedUnapproved).toBe(0);
  });

  it("when validated then the output is a valid taxonomy with one skill per final target", () => {
    expect(validateTaxonomy(data).skills.map((s) => s.name)).toEqual(["c#", "javascript", "kubernetes", "node.js", "reactjs"]);
  });
});

describe("importStackOverflowSynonyms with a tags export", () => {
  const tags = () =>
    csv([TAGS_HEADER, tag(1, "javascript", 2_000_000), tag(2, "python", 1_900_000), tag(3, "r", 400_000), tag(4, "nodejs", 5000), tag(5, "rare-tag", 12), tag(6, "html.encode", 1500), tag(7, "html-encode", 1100)]);

  it("when tags are popular enough then they are added as skills; synonym sources are not", async () => {
    const { taxonomy, stats } = await importStackOverflowSynonymsWithStats(synonyms(), { tagsCsv: tags(), minCount: 1000 });
    const names = taxonomy.skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["python", "r", "html.encode", "html-encode"]));
    expect(names).not.toContain("rare-tag");
    expect(names).not.toContain("nodejs");
    expect(stats.popularTagsAdded).toBe(4);
    expect(skill(taxonomy, "r")!.ambiguous).toBe(true);
  });

  it("when two tags slug to the same id then the tag that is the slug keeps it", async () => {
    const data = await importStackOverflowSynonyms(synonyms(), { tagsCsv: tags() });
    expect(skill(data, "html-encode")!.id).toBe("html-encode");
    expect(skill(data, "html.encode")!.id).toMatch(/^html-encode-[0-9a-f]{8}$/);
    validateTaxonomy(data);
  });

  it("when minCount is lowered then rarer tags come in too", async () => {
    const data = await importStackOverflowSynonyms(synonyms(), { tagsCsv: tags(), minCount: 10 });
    expect(skill(data, "rare-tag")).toBeDefined();
  });

  it("when a Count cell is not a number then the error names file, line and column", async () => {
    const path = csv([TAGS_HEADER, tag(1, "javascript", 10), `"2","python","many","","","",""`]);
    const error = (await importStackOverflowSynonyms(synonyms(), { tagsCsv: path }).catch((e: unknown) => e)) as BestMatchError;
    expect(error.code).toBe("INVALID_INPUT");
    expect([error.file, error.line, error.field, error.value]).toEqual([path, 3, "Count", "many"]);
  });
});

describe("importStackOverflowSynonyms input errors", () => {
  it("when ApprovalDate is missing and only approved synonyms are wanted then the error names the column", async () => {
    const path = csv(["SourceTagName,TargetTagName", "js,javascript"]);
    const error = (await importStackOverflowSynonyms(path).catch((e: unknown) => e)) as BestMatchError;
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toContain("missing required column ApprovalDate; columns found: SourceTagName, TargetTagName");
    const data = await importStackOverflowSynonyms(path, { approvedOnly: false });
    expect(data.skills).toEqual([{ id: "javascript", name: "javascript", category: "software/stackoverflow", aliases: ["js"] }]);
  });

  it("when a source tag is empty then the error gives the line", async () => {
    const path = csv([SYN_HEADER, syn(1, "js", "javascript"), syn(2, "", "python")]);
    const error = (await importStackOverflowSynonyms(path).catch((e: unknown) => e)) as BestMatchError;
    expect([error.code, error.line, error.field]).toEqual(["INVALID_INPUT", 3, "SourceTagName"]);
  });

  it("when minCount is negative then the error is INVALID_OPTION", async () => {
    const error = (await importStackOverflowSynonyms(synonyms(), { minCount: -1 }).catch((e: unknown) => e)) as BestMatchError;
    expect([error.code, error.field]).toEqual(["INVALID_OPTION", "minCount"]);
  });
});

describe.skipIf(missingSharedData("stackoverflow-tags"))("importStackOverflowSynonyms on the real Stack Overflow export", () => {
  const folder = sharedDataPath("stackoverflow-tags") ?? "";
  let data: TaxonomyData;
  beforeAll(async () => {
    data = await importStackOverflowSynonyms(join(folder, "TagSynonyms.csv"), { tagsCsv: join(folder, "Tags.csv") });
  });

  it.each([
    ["k8s", "kubernetes"],
    ["js", "javascript"],
    ["nodejs", "node.js"],
    ["react.js", "reactjs"],
    ["c-sharp", "c#"],
    ["postgres", "postgresql"],
  ])("when %s is looked up then it is an alias of %s", (alias, target) => {
    expect(skill(data, target)!.aliases).toContain(alias);
  });

  it("when imported then the result is a valid taxonomy, no target is also an alias, and popular tags are present", () => {
    validateTaxonomy(data, "stackoverflow");
    const aliases = new Set(data.skills.flatMap((s) => s.aliases ?? []));
    expect(data.skills.filter((s) => aliases.has(s.name))).toEqual([]);
    expect(skill(data, "python")).toBeDefined();
    expect(data.skills.length).toBeGreaterThan(3000);
  });
});
