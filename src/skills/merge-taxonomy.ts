/**
 * Merging an imported taxonomy (ESCO, Stack Overflow tags, a partner's list) into a base one
 * where the two disagree about names. `extendTaxonomy` is strict: any name or alias claimed
 * twice is an error. Here the base wins and every compromise is reported:
 * - an extra skill whose id or name is already a spelling of a base skill, or one of whose
 *   aliases is a base skill's name, is folded into that skill (its other spellings become
 *   aliases there): SO "reactjs" joins the base "React", ESCO "Python (computer programming)"
 *   joins "Python";
 * - a spelling that would name two skills is dropped from the extra side;
 * - related links follow folded skills.
 */
import { TAXONOMY_FORMAT_VERSION, type TaxonomyData, type TaxonomySkill } from "./taxonomy-types.js";
import { exactSkillKey, validateTaxonomy } from "./taxonomy.js";

export interface MergeReport {
  taxonomy: TaxonomyData;
  /** Extra skill id -> base skill id it was folded into. */
  folded: Array<{ from: string; into: string }>;
  /** Spellings dropped because another skill already owns them. */
  droppedAliases: Array<{ skill: string; alias: string; ownedBy: string }>;
  added: number;
}

export function mergeTaxonomies(base: TaxonomyData, extra: TaxonomyData): MergeReport {
  validateTaxonomy(base, `base "${base.name}"`);
  validateTaxonomy(extra, `extra "${extra.name}"`);
  const skills: TaxonomySkill[] = base.skills.map((s) => ({ ...s, aliases: s.aliases ? [...s.aliases] : undefined, related: s.related ? [...s.related] : undefined }));
  const byId = new Map(skills.map((s, i) => [s.id, i]));
  const owner = new Map<string, number>();
  const primary = new Map<string, number>(); // names and ids only: an alias match alone does not fold
  const claim = (text: string, at: number) => owner.set(exactSkillKey(text), at);
  skills.forEach((s, i) => {
    [s.id, s.name, ...(s.aliases ?? [])].forEach((t) => claim(t, i));
    [s.id, s.name].forEach((t) => primary.set(exactSkillKey(t), i));
  });

  const folded: MergeReport["folded"] = [];
  const droppedAliases: MergeReport["droppedAliases"] = [];
  const target = new Map<string, number>(); // extra id -> position in `skills`
  let added = 0;

  for (const s of extra.skills) {
    // Same skill when its id or name is any spelling of a base skill, or one of its aliases is a base name.
    const hit =
      byId.get(s.id) ??
      [s.id, s.name].map((t) => owner.get(exactSkillKey(t))).find((i) => i !== undefined) ??
      (s.aliases ?? []).map((t) => primary.get(exactSkillKey(t))).find((i) => i !== undefined);
    let at: number;
    if (hit !== undefined) {
      at = hit;
      folded.push({ from: s.id, into: skills[at].id });
    } else {
      at = skills.length;
      skills.push({ id: s.id, name: s.name, category: s.category, ...(s.ambiguous ? { ambiguous: true } : {}), ...(s.generic ? { generic: true } : {}) });
      byId.set(s.id, at);
      claim(s.id, at);
      claim(s.name, at);
      primary.set(exactSkillKey(s.id), at);
      primary.set(exactSkillKey(s.name), at);
      added++;
    }
    target.set(s.id, at);
    const into = skills[at];
    for (const spelling of [s.name, ...(s.aliases ?? [])]) {
      const key = exactSkillKey(spelling);
      const current = owner.get(key);
      if (current === at) continue;
      if (current !== undefined) {
        droppedAliases.push({ skill: s.id, alias: spelling, ownedBy: skills[current].id });
        continue;
      }
      (into.aliases ??= []).push(spelling);
      claim(spelling, at);
    }
  }
  for (const s of extra.skills) {
    const at = target.get(s.id) as number;
    for (const r of s.related ?? []) {
      const other = target.get(r);
      if (other === undefined || other === at) continue;
      const id = skills[other].id;
      const list = (skills[at].related ??= []);
      if (!list.includes(id)) list.push(id);
    }
  }
  const clean = skills.map((s) => {
    const out: TaxonomySkill = { id: s.id, name: s.name, category: s.category };
    if (s.aliases?.length) out.aliases = s.aliases;
    if (s.tagAliases?.length) out.tagAliases = s.tagAliases;
    if (s.related?.length) out.related = s.related;
    if (s.ambiguous) out.ambiguous = true;
    if (s.generic) out.generic = true;
    return out;
  });
  const taxonomy = validateTaxonomy({ version: TAXONOMY_FORMAT_VERSION, name: `${base.name}+${extra.name}`, skills: clean }, "merged taxonomy");
  return { taxonomy, folded, droppedAliases, added };
}
