/**
 * Skill features. A skill set is a sorted list of skill indices with how each was written.
 * Wanted skills carry IDF weights, so rare skills count more than common ones. Related-skill
 * credit comes from a table built once per query (`relatedTable`), so scoring one candidate
 * costs a few map lookups per wanted skill instead of a walk over neighbour lists.
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

/**
 * For each wanted skill, a dense row over the vocabulary: skill -> its position in the wanted
 * skill's neighbour list (most similar first), -1 when unrelated. Dense rows make the check
 * per candidate skill one typed-array read.
 */
export interface RelatedTable {
  /** undefined when the wanted skill has no related skills. */
  row(wanted: number): Int32Array | undefined;
  neighbors: NeighborFn;
}

/** Built lazily: a wanted skill's row is made the first time a candidate is checked against it. */
export function relatedTable(neighbors: NeighborFn, vocabularySize = 0): RelatedTable {
  const rows = new Map<number, Int32Array | undefined>();
  return {
    row: (s) => {
      if (rows.has(s)) return rows.get(s);
      const list = neighbors(s);
      let row: Int32Array | undefined;
      if (list.length) {
        const size = Math.max(vocabularySize, ...list.map((n) => n.index + 1));
        row = new Int32Array(size).fill(-1);
        list.forEach((n, rank) => (row![n.index] = rank));
      }
      rows.set(s, row);
      return row;
    },
    neighbors,
  };
}

/** The most similar of `skills` to `wanted` (first in its neighbour list), or undefined. */
function bestRelated(wanted: number, skills: ArrayLike<number>, related: RelatedTable): { index: number; similarity: number } | undefined {
  const ranks = related.row(wanted);
  if (!ranks) return undefined;
  let best = Infinity;
  for (let i = 0; i < skills.length; i++) {
    const s = skills[i];
    const r = s < ranks.length ? ranks[s] : -1;
    if (r >= 0 && r < best) best = r;
  }
  return best === Infinity ? undefined : related.neighbors(wanted)[best];
}

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
/**
 * `detail: false` computes the value only (same arithmetic, same result) without the matched
 * and missing lists: stage two scores thousands of candidates and explains only a page of them.
 */
export function skillCoverage(wanted: readonly WeightedSkill[], candidate: SkillSet, related: RelatedTable, detail = true): CoverageResult {
  if (wanted.length === 0) return { ...defaulted(0, { wanted: 0 }), matched: [], missing: [] };
  const value = skillCoverageValue(wanted, candidate, related);
  if (!detail) return { value, defaulted: false, matched: [], missing: [] };
  const matched: CoverageResult["matched"] = [];
  const missing: number[] = [];
  for (const { index } of wanted) {
    const at = hasSkill(candidate, index);
    if (at >= 0) {
      matched.push({ index, via: candidate.via[at] === 1 ? "alias" : "exact", similarity: 1 });
      continue;
    }
    const best = bestRelated(index, candidate.skills, related);
    if (best) matched.push({ index, via: "related", similarity: best.similarity, from: best.index });
    else missing.push(index);
  }
  const direct = matched.filter((m) => m.via !== "related").length;
  return { ...measured(value, { wanted: wanted.length, direct, related: matched.length - direct }), matched, missing };
}

/**
 * skillCoverage's value alone: the weighted share of the wanted skills the candidate has, a related
 * skill counting its similarity. The score bound runs it for every candidate, with no result object.
 */
export function skillCoverageValue(wanted: readonly WeightedSkill[], candidate: SkillSet, related: RelatedTable): number {
  let total = 0;
  let got = 0;
  for (const { index, weight } of wanted) {
    total += weight;
    if (hasSkill(candidate, index) >= 0) got += weight;
    else {
      const best = bestRelated(index, candidate.skills, related);
      if (best) got += weight * best.similarity;
    }
  }
  return total > 0 ? got / total : 0;
}

/**
 * Skills a profile can list credibly: marketplaces cap profiles at about this many (Upwork: 15). Beyond
 * it, each listed skill's credit shrinks by sqrt(limit / listed): a profile listing 41 skills gets 0.6 of
 * the credit per skill, so listing everything does not match everything.
 */
export const CREDIBLE_SKILL_COUNT = 15;

export function listingCredibility(listed: number): number {
  return listed <= CREDIBLE_SKILL_COUNT ? 1 : Math.sqrt(CREDIBLE_SKILL_COUNT / listed);
}

/** Coverage scaled by the listing's credibility (facts say by how much). */
export function credibleCoverage(coverage: CoverageResult, listed: number): CoverageResult {
  const credibility = listingCredibility(listed);
  if (credibility === 1 || coverage.defaulted) return coverage;
  return { ...coverage, value: coverage.value * credibility, facts: { ...coverage.facts, listed, credibility } };
}

/** Job skills and their neighbours: the skills that "matter to the job" for skill focus. */
export function relevantSkills(jobSkills: Iterable<number>, neighbors: NeighborFn): Set<number> {
  const out = new Set<number>();
  for (const s of jobSkills) {
    out.add(s);
    for (const n of neighbors(s)) out.add(n.index);
  }
  return out;
}

/**
 * Share of the candidate's skills that matter to the job (a job skill or one of its related
 * skills). Punishes keyword stuffing: 40 listed skills with 3 relevant score low.
 */
/** `fromText`: how many of the candidate's skills were found in the profile text, not listed (the facts say so). */
export function skillFocus(candidate: SkillSet, relevant: ReadonlySet<number>, jobHasSkills: boolean, fromText = 0): FeatureResult {
  const n = candidate.skills.length;
  if (n === 0) return defaulted(0, { listed: 0 });
  if (!jobHasSkills) return defaulted(0, { listed: n });
  let count = 0;
  for (const s of candidate.skills) if (relevant.has(s)) count++;
  return measured(count / n, { listed: n, relevant: count, fromText });
}

/**
 * The coverage with a `relatedPairs` fact naming each related credit ("Next.js counts toward
 * React"), so a reason about it can say where the credit came from.
 */
export function withRelatedPairs(result: CoverageResult, name: (index: number) => string): CoverageResult {
  const pairs = result.matched.filter((m) => m.via === "related" && m.from !== undefined).map((m) => `${name(m.from as number)} counts toward ${name(m.index)}`);
  return pairs.length ? { ...result, facts: { ...result.facts, relatedPairs: pairs.join(", ") } } : result;
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
 * wants, itself or through a related skill. `related` is built over the freelancer's skills.
 */
export function skillAlignment(freelancer: SkillSet, jobSkills: Int32Array, weight: (s: number) => number, related: RelatedTable): FeatureResult {
  const n = freelancer.skills.length;
  if (n === 0 || jobSkills.length === 0) return defaulted(0, { listed: n, relevant: 0 });
  let total = 0;
  let got = 0;
  let relevant = 0;
  for (const s of freelancer.skills) {
    const w = weight(s);
    total += w;
    if (jobSkills.includes(s)) {
      got += w;
      relevant++;
      continue;
    }
    const best = bestRelated(s, jobSkills, related);
    if (best) {
      got += w * best.similarity;
      relevant++;
    }
  }
  return measured(total > 0 ? got / total : 0, { listed: n, relevant });
}

/**
 * How deep the candidate's claimed experience is in the required skills they hold directly:
 * the IDF-weighted mean of claimed depth (level, years) over those skills. Skills listed
 * without a level or years do not count; none at all gives the neutral default.
 */
export function skillDepth(wanted: readonly WeightedSkill[], candidate: SkillSet, depth: ReadonlyMap<number, number>, name: (index: number) => string): FeatureResult {
  let total = 0;
  let sum = 0;
  let best: { index: number; depth: number } | undefined;
  if (depth.size === 0) return defaulted(0.5);
  for (const { index, weight } of wanted) {
    const d = depth.get(index);
    if (d === undefined || hasSkill(candidate, index) < 0) continue;
    total += weight;
    sum += weight * d;
    if (!best || d > best.depth) best = { index, depth: d };
  }
  if (total === 0 || !best) return defaulted(0.5);
  return measured(sum / total, { deepest: name(best.index), depth: best.depth });
}
