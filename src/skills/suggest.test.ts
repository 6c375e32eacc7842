/**
 * engine.suggestSkills: prefix, typo and alias lookup over the vocabulary (taxonomy and custom
 * skills), ordered exact > prefix > typo, then by how many indexed freelancers and jobs have the
 * skill, then by name; deterministic, limited, and strict about its input.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import { loadEngine } from "../engine-load.js";
import type { Engine } from "../engine-types.js";
import { BestMatchError } from "../errors.js";
import type { FreelancerRecord, JobRecord } from "../model/records.js";
import { maxTypos, matchForm, typoDistance, wordStarts, fold } from "./suggest-match.js";

const freelancer = (id: string, skills: string[]): FreelancerRecord => ({ id, title: "Freelancer", skills });
const job = (id: string, skills: string[]): JobRecord => ({ id, title: "A project", description: "Work to do.", skills });

/** React Native is held by three freelancers and required by one job; React by one freelancer. */
const RECORDS = {
  freelancers: [freelancer("f1", ["React Native", "Zorblax Toolkit"]), freelancer("f2", ["React Native"]), freelancer("f3", ["React Native", "React"]), freelancer("f4", ["Python"])],
  jobs: [job("j1", ["React Native"]), job("j2", ["Zorblax Toolkit", "Zorblax Cloud"])],
};

function engineWith(order: "forward" | "reversed" = "forward"): Engine {
  const e = createEngine();
  const fs = order === "forward" ? RECORDS.freelancers : [...RECORDS.freelancers].reverse();
  const js = order === "forward" ? RECORDS.jobs : [...RECORDS.jobs].reverse();
  e.addFreelancers(fs);
  e.addJobs(js);
  return e;
}

let engine: Engine;
beforeAll(() => {
  engine = engineWith();
});

const first = (e: Engine, prefix: string) => e.suggestSkills(prefix)[0];

describe("engine.suggestSkills", () => {
  it("when the text starts a skill name then that skill is suggested as a prefix match", () => {
    expect(first(createEngine(), "reac")).toEqual({ skill: "React", matched: "React", match: "prefix", uses: 0, custom: false });
    const names = createEngine().suggestSkills("machine lear").map((s) => s.skill);
    expect(names[0]).toBe("Machine Learning");
  });

  it.each([
    ["javscript", "JavaScript"],
    ["pyhton", "Python"],
    ["typescrpt", "TypeScript"],
    ["kubernets", "Kubernetes"],
    ["reactt", "React"],
    ["javscr", "JavaScript"],
  ])("when the text is a typo (%s) then %s is suggested as a typo match", (typed, skill) => {
    const top = first(createEngine(), typed);
    expect(top.skill).toBe(skill);
    expect(top.match).toBe("typo");
  });

  it("when the text is an alias then the canonical skill is suggested, with the alias it matched", () => {
    expect(first(createEngine(), "js")).toMatchObject({ skill: "JavaScript", matched: "JS", match: "exact" });
    expect(first(createEngine(), "golang")).toMatchObject({ skill: "Go", matched: "Golang", match: "exact" });
    expect(first(createEngine(), "Réact")).toMatchObject({ skill: "React", match: "exact" });
  });

  it("when a skill has several matching forms then it is suggested once, by its best form", () => {
    const list = createEngine().suggestSkills("react", { limit: 100 });
    const skills = list.map((s) => s.skill);
    expect(new Set(skills).size).toBe(skills.length);
    expect(list.find((s) => s.skill === "React")).toMatchObject({ matched: "React", match: "exact" });
  });

  it("when records name skills the taxonomy lacks then those custom skills are suggested, also ones minted after the first call", () => {
    const e = engineWith();
    expect(e.suggestSkills("zorb")).toEqual([
      { skill: "Zorblax Toolkit", matched: "Zorblax Toolkit", match: "prefix", uses: 2, custom: true },
      { skill: "Zorblax Cloud", matched: "Zorblax Cloud", match: "prefix", uses: 1, custom: true },
    ]);
    e.addFreelancers([freelancer("f9", ["Zorblax Mesh", "Zorblax Mesh Pro"])]);
    const mesh = e.suggestSkills("zorblax m");
    expect(mesh.slice(0, 2).map((s) => [s.skill, s.match])).toEqual([["Zorblax Mesh", "prefix"], ["Zorblax Mesh Pro", "prefix"]]);
    // The rest are a typo away (the last letter dropped): after every match as typed.
    expect(mesh.slice(2).every((s) => s.match === "typo")).toBe(true);
    expect(e.suggestSkills("zorblax toolkti")[0]).toMatchObject({ skill: "Zorblax Toolkit", match: "typo" });
  });

  it("when matches tie on kind then the skills more indexed freelancers and jobs have come first, then by name", () => {
    const list = engine.suggestSkills("reac", { limit: 100 });
    expect(list.slice(0, 2)).toEqual([
      { skill: "React Native", matched: "React Native", match: "prefix", uses: 4, custom: false },
      { skill: "React", matched: "React", match: "prefix", uses: 1, custom: false },
    ]);
    const zero = list.filter((s) => s.uses === 0 && s.match === "prefix" && fold(s.matched).startsWith("reac"));
    expect(zero.length).toBeGreaterThan(2);
    const names = zero.map((s) => s.skill);
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
    // An exact match beats a more popular prefix match.
    expect(engine.suggestSkills("react").slice(0, 2).map((s) => s.skill)).toEqual(["React", "React Native"]);
  });

  it("when uses change then the order follows at the next call (popularity is read per call)", () => {
    const e = engineWith();
    e.addFreelancers(["a", "b", "c", "d", "e"].map((id) => freelancer(`r${id}`, ["React"])));
    expect(e.suggestSkills("reac").slice(0, 2).map((s) => [s.skill, s.uses])).toEqual([["React", 6], ["React Native", 4]]);
  });

  it("when limit is given then at most that many come back, the first of the longer list; the default is 10", () => {
    expect(engine.suggestSkills("s")).toHaveLength(10);
    const all = engine.suggestSkills("s", { limit: 100 });
    expect(all).toHaveLength(100);
    expect(engine.suggestSkills("s", { limit: 3 })).toEqual(all.slice(0, 3));
  });

  it("when the same records are indexed in another order then the suggestions are the same (a property over typed prefixes)", () => {
    const other = engineWith("reversed");
    const snapshotted = loadEngine(engine.toBuffer());
    const names = ["React Native", "JavaScript", "Zorblax Toolkit", "PostgreSQL", "Machine Learning", "Kubernetes", "C#", "Node.js", "Python"];
    const typed = fc.tuple(fc.constantFrom(...names), fc.integer({ min: 1, max: 12 }), fc.nat(), fc.boolean()).map(([name, length, at, typo]) => {
      const text = name.slice(0, length);
      if (!typo || text.length < 4) return text;
      const i = 1 + (at % (text.length - 2));
      return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    });
    return snapshotted.then((loaded) =>
      fc.assert(
        fc.property(typed, fc.integer({ min: 1, max: 30 }), (text, limit) => {
          const here = engine.suggestSkills(text, { limit });
          expect(other.suggestSkills(text, { limit })).toEqual(here);
          expect(loaded.suggestSkills(text, { limit })).toEqual(here);
          const order = { exact: 0, prefix: 1, typo: 2 };
          for (let i = 1; i < here.length; i++) expect(order[here[i].match]).toBeGreaterThanOrEqual(order[here[i - 1].match]);
          expect(new Set(here.map((s) => s.skill)).size).toBe(here.length);
        }),
        { numRuns: 60 },
      ),
    );
  });

  it("when nothing is typed (or only spaces) then nothing is suggested", () => {
    expect(engine.suggestSkills("")).toEqual([]);
    expect(engine.suggestSkills("   ")).toEqual([]);
    expect(engine.suggestSkills("qqqqzzzz")).toEqual([]);
  });

  it.each([
    [() => engine.suggestSkills("re", { limit: 0 }), "limit"],
    [() => engine.suggestSkills("re", { limit: 101 }), "limit"],
    [() => engine.suggestSkills("re", { limit: 2.5 }), "limit"],
    [() => engine.suggestSkills("re", { limit: "3" as unknown as number }), "limit"],
    [() => engine.suggestSkills("re", { lmit: 3 } as never), "lmit"],
    [() => engine.suggestSkills(42 as unknown as string), undefined],
    [() => engine.suggestSkills("x".repeat(101)), undefined],
    [() => engine.suggestSkills("re", "limit" as never), undefined],
  ])("when the input is bad (case %#) then INVALID_OPTION naming the field", (call, field) => {
    let error: unknown;
    try {
      call();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BestMatchError);
    expect((error as BestMatchError).code).toBe("INVALID_OPTION");
    expect((error as BestMatchError).field).toBe(field);
  });
});

describe("suggest-match", () => {
  it("counts a swap of neighbours as one typo and allows none below 4 letters", () => {
    expect(typoDistance("pyhton", "python")).toBe(1);
    expect(typoDistance("javscript", "javascript")).toBe(1);
    expect(typoDistance("abc", "abc")).toBe(0);
    expect(typoDistance("", "abc")).toBe(3);
    expect([maxTypos(3), maxTypos(4), maxTypos(7), maxTypos(8)]).toEqual([0, 1, 1, 2]);
  });

  it("typo distance is a metric on random strings: symmetric, zero only for equal strings, at most the longer length", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        const d = typoDistance(a, b);
        expect(typoDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it("tells exact, prefix, later-word prefix and typo apart", () => {
    const m = (q: string, form: string) => matchForm(fold(q), fold(form), wordStarts(fold(form)));
    expect(m("react", "React")).toEqual({ tier: 0, typos: 0 });
    expect(m("react n", "React Native")).toEqual({ tier: 1, typos: 0 });
    expect(m("react", "Motion for React")).toEqual({ tier: 2, typos: 0 });
    expect(m("sharp", "C-Sharp")).toEqual({ tier: 2, typos: 0 });
    expect(m("pyhton", "Python")).toEqual({ tier: 0, typos: 1 });
    expect(m("pyhton", "Python 3")).toEqual({ tier: 1, typos: 1 });
    expect(m("kubernets", "Azure Kubernetes Service")).toEqual({ tier: 2, typos: 1 });
    expect(m("pyt", "Ruby")).toBeUndefined();
    expect(m("rxct", "React")).toBeUndefined();
  });
});
