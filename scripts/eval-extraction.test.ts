import { describe, expect, test } from "vitest";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { createSkillExtractor } from "../src/skills/extract/index.js";
import { TEST_TAXONOMY } from "../src/skills/extract/test-taxonomy.js";
import { parseConll, parseCsvLine, scoreSpans, scoreSynonyms } from "./eval-extraction.js";

const taxonomy = new Taxonomy(TEST_TAXONOMY);
const extract = createSkillExtractor(taxonomy);

const CONLL = [
  "Strong\tB-Skill\tO",
  "Python\tI-Skill\tB-Knowledge",
  "and\tO\tO",
  "Docker\tO\tB-Knowledge",
  "skills\tO\tO",
  "",
  "Use\tO\tO",
  "Foo\tO\tB-Knowledge",
  "Framework\tO\tI-Knowledge",
  "with\tO\tO",
  "k8s\tO\tO",
].join("\n");

describe("parseConll", () => {
  test("rebuilds text with single spaces and reads spans of every tag column", () => {
    const [first, second] = parseConll(CONLL, /\t/);
    expect(first.text).toBe("Strong Python and Docker skills");
    expect(first.gold.map((g) => [first.text.slice(g.start, g.end), g.label])).toEqual([
      ["Strong Python", "Skill"],
      ["Python", "Knowledge"],
      ["Docker", "Knowledge"],
    ]);
    expect(second.gold.map((g) => second.text.slice(g.start, g.end))).toEqual(["Foo Framework"]);
  });
});

describe("scoreSpans", () => {
  test("counts recall only on gold spans that resolve, precision on any overlap", () => {
    const s = scoreSpans(parseConll(CONLL, /\t/), taxonomy, extract);
    // Predicted: Python, Docker, Kubernetes (k8s, unannotated). Gold in vocabulary: Python, Docker
    // ("Strong Python" and "Foo Framework" do not resolve).
    expect([s.predicted, s.gold, s.goldInVocabulary]).toEqual([3, 4, 2]);
    expect(s.overlap.precision).toBeCloseTo(2 / 3);
    expect(s.overlap.recall).toBe(1);
    expect(s.exact.precision).toBeCloseTo(2 / 3);
    expect(s.exact.f1).toBeCloseTo((2 * (2 / 3) * 1) / (2 / 3 + 1));
  });
});

describe("scoreSynonyms", () => {
  test("scores approved rows only, on pairs where both tags resolve", () => {
    const csv = [
      "Id,SourceTagName,TargetTagName,ApprovalDate",
      '"1","reactjs","react","2010-01-01"', // same skill
      '"2","nodejs","node.js","2010-01-01"', // same skill
      '"3","golang","c","2010-01-01"', // resolves apart (a made-up disagreement)
      '"4","k8s","kubernetes",""', // not approved
      '"5","unknown-tag","docker","2010-01-01"', // source does not resolve
    ].join("\n");
    const s = scoreSynonyms(csv, taxonomy);
    expect([s.approved, s.bothResolve, s.agree, s.targetResolves, s.sourceCovered]).toEqual([4, 3, 2, 4, 2]);
    expect(s.disagreements).toEqual([["golang", "c", "Go", "C"]]);
  });

  test("parseCsvLine handles quotes, escaped quotes and empty fields", () => {
    expect(parseCsvLine('"a","b ""c""",,"d,e"')).toEqual(["a", 'b "c"', "", "d,e"]);
  });
});
