/**
 * Skill features. A skill set is a sorted list of skill indices with how each was written.
 * Job skills carry IDF weights, so rare skills count more than common ones.
 */
import type { MatchVia, MatchedSkill } from "../results.js";
import { type FeatureResult, defaulted, measured } from "./types.js";

export interface SkillSet {
  /** Sorted skill indices. */
  skills: Int32Array;
  /** Per skill: 0 = written as the canonical name, 1 = written as an alias. */
  via: Uint8Array;
}

export interface WeightedSkill {
  index: number;
  weight: number;
}

export type NeighborFn = (skill: number) => ReadonlyArray<{ index: number; similarity: number }>;

export interface CoverageResult extends FeatureResult {
  matched: Array<{ index: number; via: MatchVia; similarity: number; from?: number }>;
  missing: number[];
}

export function hasSkill(set: SkillSet, skill: number): number {
  let lo = 0;
  let hi = set.skills.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = set.skills[mid];
    if (v === skill) return mid;
    if (v < skill) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Weighted share of `wanted` skills the candidate covers: 1 for the skill itself (exact or
 * alias), the similarity of its most similar related skill otherwise (0 if none qualifies).
 * Adding a skill to the candidate can only raise a credit, never lower it.
 */
export function skillCoverage(wanted: readonly WeightedSkill[], candidate: SkillSet, neighbors: NeighborFn): CoverageResult {
  if (wanted.length === 0) return { ...defaulted(0, { wanted: 0 }), matched: [], missing: [] };
  const matched: CoverageResult["matched"] = [];
  const missing: number[] = [];
  let total = 0;
  let got = 0;
  for (const { index, weight } of wanted) {
    total += weight;
    const at = hasSkill(candidate, index);
    if (at >= 0) {
      got += weight;
      matched.push({ index, via: candidate.via[at] === 1 ? "alias" : "exact", similarity: 1 });
      continue;
    }
    const best = neighbors(index).find((n) => hasSkill(candidate, n.index) >= 0);
    if (best) {
      got += weight * best.similarity;
      matched.push({ index, via: "related", similarity: best.similarity, from: best.index });
    } else missing.push(index);
  }
  const direct = matched.filter((m) => m.via !== "related").length;
  return {
    ...measured(total > 0 ? got / total : 0, { wanted: wanted.length, direct, related: matched.length - direct }),
    matched,
    missing,
  };
}

/**
 * Share of the candidate's skills that matter to the job (the skill itself or a related one
 * is wanted). Punishes keyword stuffing: 40 listed skills with 3 relevant score low.
 */
export function skillFocus(candidate: SkillSet, jobSkills: ReadonlySet<number>, neighbors: NeighborFn): FeatureResult {
  const n = candidate.skills.length;
  if (n === 0) return defaulted(0, { listed: 0 });
  if (jobSkills.size === 0) return defaulted(0, { listed: n });
  let relevant = 0;
  for (const s of candidate.skills) {
    if (jobSkills.has(s) || neighbors(s).some((x) => jobSkills.has(x.index))) relevant++;
  }
  return measured(relevant / n, { listed: n, relevant });
}

export function toMatchedSkills(result: CoverageResult, name: (index: number) => string): MatchedSkill[] {
  return result.matched.map((m) => {
    const out: MatchedSkill = { skill: name(m.index), via: m.via, similarity: m.similarity };
    if (m.from !== undefined) out.from = name(m.from);
    return out;
  });
}

/**
 * The freelancer's view of a job: the weighted share of the freelancer's skills that the job
 * wants, itself or through a related skill. Weights favour distinctive skills.
 */
export function skillAlignment(candidate: SkillSet, jobSkills: ReadonlySet<number>, weight: (s: number) => number, neighbors: NeighborFn): FeatureResult {
  const n = candidate.skills.length;
  if (n === 0 || jobSkills.size === 0) return defaulted(0, { listed: n, relevant: 0 });
  let total = 0;
  let got = 0;
  let relevant = 0;
  for (const s of candidate.skills) {
    const w = weight(s);
    total += w;
    if (jobSkills.has(s)) {
      got += w;
      relevant++;
      continue;
    }
    const best = neighbors(s).find((x) => jobSkills.has(x.index));
    if (best) {
      got += w * best.similarity;
      relevant++;
    }
  }
  return measured(total > 0 ? got / total : 0, { listed: n, relevant });
}
