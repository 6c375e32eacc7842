import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { Taxonomy } from "../taxonomy.js";
import { createSkillExtractor } from "./extractor.js";
import { isListSeparator } from "./evidence.js";
import { TEST_TAXONOMY } from "./test-taxonomy.js";

const taxonomy = new Taxonomy(TEST_TAXONOMY);
const extract = createSkillExtractor(taxonomy);
const found = (text: string): string[] => extract(text).map((m) => `${m.skill}=${m.alias}`);

describe("spans", () => {
  test("report canonical name, index, text as seen and offsets", () => {
    const text = "Senior dev: ReactJS and k8s.";
    expect(extract(text)).toEqual([
      { skill: "React", index: taxonomy.indexOf("react"), alias: "ReactJS", start: 12, end: 19, mentionClass: "required" },
      { skill: "Kubernetes", index: taxonomy.indexOf("kubernetes"), alias: "k8s", start: 24, end: 27, mentionClass: "required" },
    ]);
  });
});

describe("golden: what is found", () => {
  test.each([
    // multi-word skills, any case
    ["We need machine learning skills", ["Machine Learning=machine learning"]],
    ["Run Google Ads campaigns", ["Google Ads=Google Ads"]],
    // punctuation skills keep their symbols and stop at punctuation around them
    ["C++, Java", ["C++=C++"]],
    ["Languages (C#) and .NET", ["C#=C#", ".NET=.NET"]],
    ["ASP.NET MVC", ["ASP.NET=ASP.NET"]], // not .NET inside ASP.NET
    ["Node.js/Express", ["Node.js=Node.js"]],
    ["CI/CD pipelines", ["CI/CD=CI/CD"]],
    ["Objective-C code", ["Objective-C=Objective-C"]], // not C inside Objective-C
    ["C++ only", ["C++=C++"]], // "C" inside "C++" is not C
    // spelling variants through the loose key
    ["node js, nodejs and Node-JS", ["Node.js=node js", "Node.js=nodejs", "Node.js=Node-JS"]],
    ["CICD and asp net", ["CI/CD=CICD", "ASP.NET=asp net"]],
    // plurals and longest match
    ["Design REST APIs", ["API=REST APIs"]],
    ["Build React Native apps", ["React Native=React Native"]], // longest match, "apps" left out
    ["React and React Native", ["React=React", "React Native=React Native"]],
    ["python2 and Kubernetes1 scripts", ["Python=python2", "Kubernetes=Kubernetes1"]], // glued version number
    // aliases, case-insensitive for unambiguous skills
    ["js, k8s, reactjs, postgres, AdWords", ["JavaScript=js", "Kubernetes=k8s", "React=reactjs", "PostgreSQL=postgres", "Google Ads=AdWords"]],
    ["MS Excel reports", ["Microsoft Excel=MS Excel"]], // multi-word alias of an ambiguous skill needs no context
    ["Golang services", ["Go=Golang"]], // "Golang" extends "Go": self-evident
    // ambiguous skills with evidence
    ["Written in Go.", ["Go=Go"]], // cue before: "in"
    ["Hiring a Go developer", ["Go=Go"]], // cue after: "developer"
    ["Python, Go and Rust", ["Python=Python", "Go=Go", "Rust=Rust"]], // list with a kept skill, spreading along the list
    ["Skills:\n- Docker\n- Go", ["Docker=Docker", "Go=Go"]], // bulleted list
    ["We deploy Go on Kubernetes clusters daily", ["Kubernetes=Kubernetes"]], // "Go on" reads as the verb
    ["Our stack uses Docker and Swift for the iOS app", ["Docker=Docker", "Swift=Swift"]], // weak: Docker nearby
    ["Experience with R packages", ["R=R"]], // cue before: "with"
    ["Strong R skills", ["R=R"]], // cue after: "skills"
    ["Published an R package", ["R=R"]], // cue after: "package"
    ["Swift programming is fun", ["Swift=Swift"]], // sentence start, but cue after: "programming"
    ["We like the Go language", ["Go=Go"]], // cue after: "language"
    ["C/C++ firmware", ["C=C", "C++=C++"]], // list with C++
    ["Advanced Excel and Python", ["Microsoft Excel=Excel", "Python=Python"]],
    ["Proficient in Excel", ["Microsoft Excel=Excel"]],
    ["Word, Excel, PowerPoint, Python", ["Microsoft Excel=Excel", "Python=Python"]],
    // other casings of ambiguous words: only a cue after or a list
    ["python, go and rust", ["Python=python", "Go=go", "Rust=rust"]], // lowercase list anchored by python
    ["python docker go", ["Python=python", "Docker=docker", "Go=go"]], // space-separated tag line of 3+
    ["senior go developer", ["Go=go"]], // cue after
    ["GO DEVELOPER", ["Go=GO"]], // cue after, shouting
    // two-letter acronyms that spell a word need capitals
    ["IT support", ["IT=IT"]],
    ["BI dashboards", ["Business Intelligence=BI"]], // capitals: the acronym
  ])("%j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("golden: everyday words are not skills", () => {
  test.each([
    ["go ahead and start", "lowercase: the verb"],
    ["Go ahead and start", "sentence start, followed by 'ahead'"],
    ["let's go", "lowercase: the verb"],
    ["Let's Go!", "'Let's' before it"],
    ["things to go wrong with Docker", "lowercase 'go' despite Docker nearby"],
    ["Strong R&D background", "R glued to '&D'"],
    ["R and D budget", "single letter paired with another letter"],
    ["Q&A with C and D", "C and D are a letter pair"],
    ["We have a Plan C", "'Plan' before a single letter"],
    ["Vitamin C", "'Vitamin' before a single letter"],
    ["Grade C or better, Python helps", "'Grade' before C"],
    ["a swift response from Docker support", "lowercase 'swift'"],
    ["Swift response expected", "sentence start, no cue"],
    ["rust on the car", "lowercase 'rust'"],
    ["Rust on the car body", "'on' after it"],
    ["excel at customer service", "lowercase 'excel'"],
    ["Excel at customer service", "'at' after it, despite a skill nearby"],
    ["C-level executives", "C glued by a hyphen"],
    ["Go-live support", "Go glued by a hyphen"],
    ["Section C of the contract", "'Section' before a single letter"],
    ["Written by John C. Smith", "single letter without a cue"],
    ["It is what it is", "'it' is a word; the IT acronym needs capitals"],
    ["bi-weekly Docker meetups", "'bi' is a prefix; the BI acronym needs capitals"],
    ["Docker and gos", "no plurals of ambiguous skills"],
    ["Docker and Go1", "no glued versions on ambiguous spellings"],
    ["we go to Docker meetups", "lowercase: a nearby skill is not enough"],
    ["with go today, Docker later", "lowercase: a cue before is not enough"],
    ["ready to go, Python first", "'to' before a lowercase word, even in a list"],
    ["r, Python", "single letters never match in another case"],
    ["our Docker teams", "two words with spaces are a compound, not a list"],
  ])("%j (%s)", (text) => {
    const hits = extract(text).filter((m) => taxonomy.isAmbiguous(m.index) || m.alias.length <= 2);
    expect(hits.map((m) => m.alias)).toEqual([]);
  });
});

describe("isListSeparator", () => {
  test.each([
    [", ", true],
    [" / ", true],
    [", and ", true],
    [" or ", true],
    ["\n- ", true],
    [" with ", false],
    [" - ", false],
    ["  ", false], // plain spaces make a list only in a run of three (see the goldens)
    [". ", false],
  ])("%j -> %s", (sep, expected) => {
    expect(isListSeparator(sep)).toBe(expected);
  });
});

describe("properties", () => {
  const names = TEST_TAXONOMY.skills.flatMap((s) => [s.name, ...(s.aliases ?? [])]);
  const piece = fc.oneof(
    fc.constantFrom(...names),
    fc.constantFrom(" ", ", ", "/", "-", ".", "(", ")", "\n", " and ", "s", "++", "#", "&"),
    fc.string({ maxLength: 6 }),
    fc.constantFrom("go", "Go", "R", "C", "in", "developer", "the", "x"),
  );
  const text = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(""));

  test("spans are sorted, never overlap and slice back to the alias", () => {
    fc.assert(
      fc.property(text, (t) => {
        const mentions = extract(t);
        let lastEnd = 0;
        for (const m of mentions) {
          expect(t.slice(m.start, m.end)).toBe(m.alias);
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.skill).toBe(taxonomy.skill(m.index).name);
          lastEnd = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  test("every unambiguous name or alias written alone is found as itself", () => {
    const plain = TEST_TAXONOMY.skills.flatMap((s, i) => (s.ambiguous ? [] : [s.name, ...(s.aliases ?? [])].map((f) => [f, i] as const)));
    fc.assert(
      fc.property(fc.constantFrom(...plain), fc.constantFrom("", "Use ", "(", "- "), fc.constantFrom("", ".", ", ok", ")"), ([form, index], pre, post) => {
        expect(extract(pre + form + post)).toEqual([{ skill: taxonomy.skill(index).name, index, alias: form, start: pre.length, end: pre.length + form.length, mentionClass: "required" }]);
      }),
    );
  });

  test("extraction of a text is the same as of its pieces when breaks separate them", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (parts) => {
        const joined = parts.join("\n\n.\n\n");
        const offsets: number[] = [];
        parts.reduce((at, p) => (offsets.push(at), at + p.length + 5), 0);
        const piecewise = parts.flatMap((p, k) => extract(p).map((m) => ({ ...m, start: m.start + offsets[k], end: m.end + offsets[k] })));
        // Context rules look only within a sentence, so paragraphs are independent.
        expect(extract(joined)).toEqual(piecewise);
      }),
      { numRuns: 200 },
    );
  });
});
