import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateTaxonomy } from "../src/skills/taxonomy.js";
import { main as importEsco } from "./import-esco.js";
import { main as importSo } from "./import-so-synonyms.js";

const dir = mkdtempSync(join(tmpdir(), "bestmatch-import-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(main: (argv: string[], io: { stdout: (t: string) => void; stderr: (t: string) => void }) => Promise<number>, argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const escoDir = join(dir, "esco");
mkdirSync(escoDir);
writeFileSync(
  join(escoDir, "skills_en.csv"),
  'conceptUri,preferredLabel,altLabels,status\r\nu1,JavaScript,"Java script\nJS",released\r\nu2,TypeScript,TS,released\r\n',
);
const synonyms = join(dir, "TagSynonyms.csv");
writeFileSync(synonyms, 'SourceTagName,TargetTagName,ApprovalDate\n"k8s","kubernetes","2020-01-01"\n"nodejs","node.js","2020-01-01"\n');

describe("import-esco script", () => {
  it("when given a folder and --out then it writes a valid taxonomy, leaves no temp file and prints counts to stderr", async () => {
    const out = join(dir, "esco-out", "esco.json");
    mkdirSync(join(dir, "esco-out"));
    const { code, stderr } = await run(importEsco, [escoDir, "--out", out]);
    expect(code).toBe(0);
    const data = validateTaxonomy(JSON.parse(readFileSync(out, "utf8")), out);
    expect(data.skills.map((s) => [s.id, s.aliases])).toEqual([
      ["javascript", ["JS", "Java script"]],
      ["typescript", ["TS"]],
    ]);
    expect(readdirSync(join(dir, "esco-out"))).toEqual(["esco.json"]);
    expect(stderr).toContain("skills: 2\naliases: 3\n");
    expect(stderr).toContain("skillGroups_en.csv not found");
  });

  it("when no folder is given then it prints the usage and exits 2", async () => {
    const { code, stderr } = await run(importEsco, []);
    expect(code).toBe(2);
    expect(stderr).toContain("usage: import-esco <esco-folder>");
  });

  it("when an unknown flag is given then it exits 2", async () => {
    expect((await run(importEsco, [escoDir, "--frobnicate"])).code).toBe(2);
  });

  it("when the skills file is malformed then it exits 1 naming the file and line, and writes nothing", async () => {
    const bad = join(dir, "bad-esco");
    mkdirSync(bad);
    writeFileSync(join(bad, "skills_en.csv"), "conceptUri,preferredLabel\nu1,JavaScript\nu2,Type,Script\n");
    const out = join(dir, "bad.json");
    const { code, stderr } = await run(importEsco, [bad, "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(bad, "skills_en.csv")}:3: record has 3 cells but the header has 2`);
    expect(readdirSync(dir)).not.toContain("bad.json");
  });

  it("when the output folder does not exist then it exits 1 naming the output file", async () => {
    const out = join(dir, "missing-folder", "x.json");
    const { code, stderr } = await run(importEsco, [escoDir, "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toContain(out);
  });
});

describe("import-so-synonyms script", () => {
  it("when no --out is given then the JSON goes to stdout", async () => {
    const { code, stdout, stderr } = await run(importSo, [synonyms]);
    expect(code).toBe(0);
    const data = validateTaxonomy(JSON.parse(stdout));
    expect(data.skills.map((s) => [s.name, s.aliases])).toEqual([
      ["kubernetes", ["k8s"]],
      ["node.js", ["nodejs"]],
    ]);
    expect(stderr).toContain("skills: 2");
  });

  it("when --min-count is not a whole number then it exits 2", async () => {
    const { code, stderr } = await run(importSo, [synonyms, "--tags", synonyms, "--min-count", "lots"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--min-count must be a whole number");
  });

  it("when the tags file lacks the Count column then it exits 1 listing found and required columns", async () => {
    const { code, stderr } = await run(importSo, [synonyms, "--tags", synonyms]);
    expect(code).toBe(1);
    expect(stderr).toContain("missing required columns TagName, Count; columns found: SourceTagName, TargetTagName, ApprovalDate");
  });
});
