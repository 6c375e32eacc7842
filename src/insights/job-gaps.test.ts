import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FreelancerRecord } from "../model/records.js";
import { smallEngine } from "./test-data.js";

const SKILLS = ["React", "Node.js", "Docker", "Kubernetes", "PostgreSQL"];

describe("jobGaps", () => {
  it("when one required skill is rare then relaxing it is the first suggestion, with brute-force counts", () => {
    const freelancers: FreelancerRecord[] = [
      { id: "1", skills: ["React", "Node.js", "Docker", "Kubernetes"] },
      { id: "2", skills: ["React", "Node.js", "Docker"] },
      { id: "3", skills: ["React", "Node.js", "Docker"] },
      { id: "4", skills: ["React", "Docker"] },
      { id: "5", skills: ["Figma"] },
    ];
    const e = smallEngine(freelancers, [{ id: "j", title: "Platform work", skills: ["React", "Node.js", "Docker", "Kubernetes"] }]);
    const gaps = e.jobGaps("j", { minCandidates: 2 });
    expect(gaps.matchingAll).toBe(1);
    expect(gaps.narrow).toBe(true);
    expect(gaps.requiredSkills).toEqual([
      { skill: "React", freelancers: 4, known: true },
      { skill: "Node.js", freelancers: 3, known: true },
      { skill: "Docker", freelancers: 4, known: true },
      { skill: "Kubernetes", freelancers: 1, known: true },
    ]);
    expect(gaps.relaxations.map((r) => [r.skill, r.matchingAll])).toEqual([["Kubernetes", 3], ["Docker", 1], ["Node.js", 1], ["React", 1]]);
    expect(gaps.messages).toContain("making Kubernetes nice-to-have raises freelancers with every required skill from 1 to 3");
  });

  it("when a job record names a skill nobody knows then it is reported as unknown and blocks every match", () => {
    const e = smallEngine([{ id: "1", skills: ["React"] }]);
    const gaps = e.jobGaps({ id: "q", skills: ["React", "Frobnicator 3000"] });
    expect(gaps.requiredSkills[1]).toEqual({ skill: "Frobnicator 3000", freelancers: 0, known: false });
    expect(gaps.matchingAll).toBe(0);
    expect(gaps.relaxations.find((r) => r.skill === "Frobnicator 3000")?.matchingAll).toBe(1);
  });

  it("property: counts equal a brute-force check of every profile's skill set", () => {
    const profile = fc.subarray(SKILLS);
    fc.assert(
      fc.property(fc.array(profile, { minLength: 1, maxLength: 12 }), fc.subarray(SKILLS, { minLength: 1 }), (sets, wanted) => {
        const e = smallEngine(sets.map((skills, i) => ({ id: `f${i}`, title: "Freelancer", skills })), [{ id: "j", skills: wanted }]);
        const gaps = e.jobGaps("j");
        const holdsAll = (need: string[]) => sets.filter((s) => need.every((w) => s.includes(w))).length;
        expect(gaps.matchingAll).toBe(holdsAll(wanted));
        expect(gaps.narrow).toBe(holdsAll(wanted) < 10);
        for (const r of gaps.relaxations) expect(r.matchingAll).toBe(holdsAll(wanted.filter((w) => w !== r.skill)));
      }),
      { numRuns: 25, seed: 3 },
    );
  });

  it("when the job id is unknown then UNKNOWN_RECORD", () => {
    expect(() => smallEngine([]).jobGaps("nope")).toThrowError(expect.objectContaining({ code: "UNKNOWN_RECORD" }));
    expect(() => smallEngine([]).jobGaps({ id: "x", skills: ["React"] }, { minCandidates: -1 })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
  });
});
