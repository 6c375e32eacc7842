/**
 * Role clusters derived from any taxonomy. Each category (full path) with skills is a role:
 * its own skills are the core (Zipf popularity, most-linked first), skills that the core links
 * to in other categories are adjacent (weighted by link count), and the rest of the same
 * top-level area are siblings. A profile or job picks an anchor skill from the core and
 * then mixes anchor neighbours, core, adjacent and sibling skills, so a "web-frontend"
 * person mostly lists front-end skills plus the languages and tools they connect to.
 */
import type { TaxonomyData, TaxonomySkill } from "../skills/taxonomy-types.js";
import { BestMatchError } from "../errors.js";
import { Rng, WeightedSampler, zipfWeights } from "./prng.js";
import { categoryProfile } from "./vocabulary.js";

export interface Role {
  /** Taxonomy category this role is built on: "software/web-frontend". */
  category: string;
  topLevel: string;
  /** Human label from the last category segment: "Web Frontend". */
  label: string;
  core: Int32Array;
  coreSampler: WeightedSampler;
  adjacent: Int32Array;
  adjacentSampler: WeightedSampler;
  siblings: Int32Array;
}

export interface SkillModel {
  skills: readonly TaxonomySkill[];
  /** Related skills per skill index, symmetrized (CSR: relatedIds[relatedStart[i]..relatedStart[i+1])). */
  relatedStart: Int32Array;
  relatedIds: Int32Array;
  roles: Role[];
  roleSampler: WeightedSampler;
}

/**
 * How a skill set is mixed; shares are tried in order, leftovers go to the core. Most draws
 * follow a related link from a skill already chosen (a snowball from the anchor), so a set
 * reads like one stack (React, Next.js, TypeScript) rather than a category's random members.
 */
const MIX = { chosenNeighbour: 0.55, adjacent: 0.1, sibling: 0.03 } as const;

export function buildSkillModel(taxonomy: TaxonomyData): SkillModel {
  const skills = taxonomy.skills;
  if (skills.length === 0) {
    throw new BestMatchError("INVALID_TAXONOMY", "the generator needs a taxonomy with at least one skill", {
      value: taxonomy.name,
      expected: "a taxonomy with skills",
    });
  }
  const indexOf = new Map<string, number>();
  skills.forEach((s, i) => indexOf.set(s.id, i));

  const neighbours: Set<number>[] = skills.map(() => new Set<number>());
  skills.forEach((s, i) => {
    for (const id of s.related ?? []) {
      const j = indexOf.get(id);
      if (j === undefined || j === i) continue;
      neighbours[i].add(j);
      neighbours[j].add(i);
    }
  });
  const relatedStart = new Int32Array(skills.length + 1);
  neighbours.forEach((n, i) => (relatedStart[i + 1] = relatedStart[i] + n.size));
  const relatedIds = new Int32Array(relatedStart[skills.length]);
  neighbours.forEach((n, i) => relatedIds.set([...n].sort((a, b) => a - b), relatedStart[i]));

  const byCategory = new Map<string, number[]>();
  skills.forEach((s, i) => {
    const list = byCategory.get(s.category);
    if (list) list.push(i);
    else byCategory.set(s.category, [i]);
  });
  const byTopLevel = new Map<string, number[]>();
  for (const [category, members] of byCategory) {
    const top = topLevelOf(category);
    byTopLevel.set(top, [...(byTopLevel.get(top) ?? []), ...members]);
  }

  // Popularity proxy: well-linked skills are the ones people list most. Ties keep taxonomy order.
  const degree = (i: number) => relatedStart[i + 1] - relatedStart[i];
  const roles: Role[] = [];
  for (const category of [...byCategory.keys()].sort()) {
    const core = [...byCategory.get(category)!].sort((a, b) => degree(b) - degree(a) || a - b);
    const links = new Map<number, number>();
    for (const i of core) {
      for (let k = relatedStart[i]; k < relatedStart[i + 1]; k++) {
        const j = relatedIds[k];
        if (skills[j].category !== category) links.set(j, (links.get(j) ?? 0) + 1);
      }
    }
    const adjacent = [...links.keys()].sort((a, b) => links.get(b)! - links.get(a)! || a - b);
    const top = topLevelOf(category);
    const siblings = byTopLevel.get(top)!.filter((i) => skills[i].category !== category);
    roles.push({
      category,
      topLevel: top,
      label: labelOf(category),
      core: Int32Array.from(core),
      coreSampler: new WeightedSampler(zipfWeights(core.length, 1)),
      adjacent: Int32Array.from(adjacent),
      adjacentSampler: new WeightedSampler(adjacent.map((j) => links.get(j)!)),
      siblings: Int32Array.from(siblings),
    });
  }
  // Bigger categories and busier areas of the market get more people and jobs.
  const roleWeights = roles.map((r) => Math.pow(r.core.length, 0.8) * categoryProfile(r.topLevel).marketShare);
  return { skills, relatedStart, relatedIds, roles, roleSampler: new WeightedSampler(roleWeights) };
}

export function topLevelOf(category: string): string {
  const slash = category.indexOf("/");
  return slash < 0 ? category : category.slice(0, slash);
}

/** Short words that are ordinary words, not acronyms, when they appear in category names. */
const PLAIN_SHORT_WORDS = new Set(["web", "app", "art", "and", "for", "the", "law", "tax", "dev", "ops", "no", "to", "of", "new"]);

/** "web-frontend" -> "Web Frontend"; short segments read as acronyms: "ui-ux" -> "UI UX", "apis" -> "APIs". */
export function labelOf(category: string): string {
  const last = category.slice(category.lastIndexOf("/") + 1);
  return last
    .split(/[-_\s]+/)
    .filter((w) => w.length > 0)
    .map((w) => {
      if (w.length <= 3 && !PLAIN_SHORT_WORDS.has(w)) return w.toUpperCase();
      if (w.length === 4 && w.endsWith("s") && !PLAIN_SHORT_WORDS.has(w.slice(0, 3))) return `${w.slice(0, 3).toUpperCase()}s`;
      return w[0].toUpperCase() + w.slice(1);
    })
    .join(" ");
}

export function pickRole(model: SkillModel, rng: Rng): number {
  return model.roleSampler.sample(rng);
}

/**
 * Up to `count` distinct skill indices for a role, anchor first. Fewer when the taxonomy
 * around the role is too small to supply that many distinct skills.
 */
export function sampleRoleSkills(model: SkillModel, roleIndex: number, count: number, rng: Rng): number[] {
  const role = model.roles[roleIndex];
  const chosen: number[] = [];
  if (count <= 0) return chosen;
  const anchor = role.core[role.coreSampler.sample(rng)];
  chosen.push(anchor);
  for (let attempt = 0; chosen.length < count && attempt < count * 8; attempt++) {
    const r = rng.next();
    const from = chosen[rng.int(chosen.length)];
    const fromStart = model.relatedStart[from];
    const fromCount = model.relatedStart[from + 1] - fromStart;
    let skill: number;
    if (r < MIX.chosenNeighbour && fromCount > 0) skill = model.relatedIds[fromStart + rng.int(fromCount)];
    else if (r < MIX.chosenNeighbour + MIX.adjacent && role.adjacent.length > 0) skill = role.adjacent[role.adjacentSampler.sample(rng)];
    else if (r < MIX.chosenNeighbour + MIX.adjacent + MIX.sibling && role.siblings.length > 0) skill = role.siblings[rng.int(role.siblings.length)];
    else skill = role.core[role.coreSampler.sample(rng)];
    if (!chosen.includes(skill)) chosen.push(skill);
  }
  return chosen;
}

/** True when skills a and b are linked in the taxonomy (either direction). */
export function areRelated(model: SkillModel, a: number, b: number): boolean {
  for (let k = model.relatedStart[a]; k < model.relatedStart[a + 1]; k++) if (model.relatedIds[k] === b) return true;
  return false;
}
