/**
 * Turns importer drafts into valid taxonomy skills. Third-party vocabularies collide: two skills share an
 * alternative label, an alternative label is another skill's name, two names slug to the same id. Every
 * collision is resolved the same way whatever the input order, and counted, so the output is valid and
 * deterministic and the user can see what was lost.
 */
import { createHash } from "node:crypto";
import type { TaxonomySkill } from "../taxonomy-types.js";
import { skillSlug } from "../default-taxonomy/parse.js";

/** A skill as an importer read it, before ids are assigned and collisions resolved. */
export interface DraftSkill {
  /** Identity in the source (ESCO concept URI, Stack Overflow tag). Unique; related links point at it; ties break on it. */
  key: string;
  name: string;
  category: string;
  aliases: readonly string[];
  /** Keys of related drafts; links to drafts not in the batch are dropped and counted. */
  relatedKeys?: readonly string[];
  /** Among drafts whose names give the same id, the highest priority keeps the plain id (e.g. tag popularity). Default 0. */
  priority?: number;
  /** Appended to the id when it must be disambiguated. Default: a short hash of `key`. */
  idSuffix?: string;
}

/** An alias dropped because it names more than one skill. */
export interface AliasConflict {
  alias: string;
  /** Ids of every skill it named (by name or alias), sorted. */
  ids: string[];
}

export interface AssemblyStats {
  skills: number;
  /** Aliases kept, over all skills. */
  aliases: number;
  relatedLinks: number;
  /** Alias occurrences removed because the alias also names another skill (as its name, id or alias). */
  aliasesDropped: number;
  conflicts: AliasConflict[];
  /** Skills whose id got a suffix because another skill's name gives the same slug. */
  idsDisambiguated: number;
  /** Skills renamed "name (suffix)" because another skill has the same name (case-insensitively). */
  namesDisambiguated: number;
  /** Related links whose target is not among the skills. */
  relatedDropped: number;
  ambiguous: number;
}

/** Whitespace (including no-break spaces) collapsed: the display form of a label. */
export const cleanLabel = (label: string): string => label.replace(/\s+/g, " ").trim();

/** The form under which labels are matched: case-insensitive, compatibility-normalized. */
export const labelKey = (label: string): string => cleanLabel(label.normalize("NFKC").toLowerCase());

/** skillSlug with accents folded first, so "canapés" gives "canapes", not "canap-s". */
export const foldedSlug = (label: string): string => skillSlug(label.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""));

const shortHash = (key: string): string => createHash("sha1").update(key).digest("hex").slice(0, 8);

/** Skills sorted by id, the id given to each draft key (e.g. to map more ESCO relations later), and what collided. */
export function assembleSkills(drafts: readonly DraftSkill[]): { skills: TaxonomySkill[]; ids: Map<string, string>; stats: AssemblyStats } {
  const ids = assignIds(drafts);
  const names = assignNames(drafts, ids);
  const stats: AssemblyStats = {
    skills: drafts.length,
    aliases: 0,
    relatedLinks: 0,
    aliasesDropped: 0,
    conflicts: [],
    idsDisambiguated: drafts.filter((d) => ids.get(d.key) !== baseId(d)).length,
    namesDisambiguated: drafts.filter((d) => names.get(d.key) !== cleanLabel(d.name)).length,
    relatedDropped: 0,
    ambiguous: 0,
  };

  // Who each label key names: a skill's name and id are strong claims; aliases lose to them and to each other.
  const claimedBy = new Map<string, string[]>();
  const aliasedBy = new Map<string, string[]>();
  const ownAliases = new Map<string, Map<string, string>>(); // draft key -> alias key -> first spelling
  for (const draft of drafts) {
    const id = ids.get(draft.key)!;
    const nameKey = labelKey(names.get(draft.key)!);
    push(claimedBy, nameKey, id);
    if (id !== nameKey) push(claimedBy, id, id);
    const own = new Map<string, string>();
    for (const alias of draft.aliases) {
      const spelled = cleanLabel(alias);
      const key = labelKey(spelled);
      if (key === "" || key === nameKey || own.has(key)) continue;
      own.set(key, spelled);
      push(aliasedBy, key, id);
    }
    ownAliases.set(draft.key, own);
  }

  const conflicted = new Set<string>();
  for (const [key, owners] of aliasedBy) {
    const claimants = new Set([...(claimedBy.get(key) ?? []), ...owners]);
    if (claimants.size < 2) continue;
    conflicted.add(key);
    stats.aliasesDropped += owners.length;
    stats.conflicts.push({ alias: key, ids: [...claimants].sort(compare) });
  }
  stats.conflicts.sort((a, b) => compare(a.alias, b.alias));

  const skills = drafts.map((draft): TaxonomySkill => {
    const id = ids.get(draft.key)!;
    const skill: TaxonomySkill = { id, name: names.get(draft.key)!, category: draft.category };
    const aliases = [...ownAliases.get(draft.key)!].filter(([key]) => !conflicted.has(key)).map(([, spelled]) => spelled);
    if (aliases.length) skill.aliases = aliases.sort(compare);
    const related = new Set<string>();
    for (const key of draft.relatedKeys ?? []) {
      const target = ids.get(key);
      if (target === undefined) stats.relatedDropped++;
      else if (target !== id) related.add(target);
    }
    if (related.size) skill.related = [...related].sort(compare);
    if ([skill.name, ...aliases].some(isSingleCharacter)) skill.ambiguous = true;
    stats.aliases += aliases.length;
    stats.relatedLinks += related.size;
    if (skill.ambiguous) stats.ambiguous++;
    return skill;
  });
  skills.sort((a, b) => compare(a.id, b.id));
  return { skills, ids, stats };
}

/** Order within a collision group: the higher priority first, then the smaller key. */
const byPriority = (a: DraftSkill, b: DraftSkill): number => (b.priority ?? 0) - (a.priority ?? 0) || compare(a.key, b.key);

const suffixOf = (draft: DraftSkill): string => draft.idSuffix ?? shortHash(draft.key);

function baseId(draft: DraftSkill): string {
  return foldedSlug(draft.name) || `skill-${suffixOf(draft)}`;
}

/**
 * Each slug goes to one draft: the one whose name is that very slug (an id must not name another skill),
 * else the first by priority. The others get `-suffix`, unique against every slug.
 */
function assignIds(drafts: readonly DraftSkill[]): Map<string, string> {
  const groups = new Map<string, DraftSkill[]>();
  for (const draft of drafts) push(groups, baseId(draft), draft);
  const ids = new Map<string, string>();
  const taken = new Set(groups.keys());
  for (const [base, group] of [...groups].sort(([a], [b]) => compare(a, b))) {
    const isSlug = (d: DraftSkill): number => (labelKey(d.name) === base ? 0 : 1);
    group.sort((a, b) => isSlug(a) - isSlug(b) || byPriority(a, b));
    ids.set(group[0].key, base);
    for (const draft of group.slice(1)) {
      let id = `${base}-${suffixOf(draft)}`;
      for (let n = 2; taken.has(id); n++) id = `${base}-${suffixOf(draft)}-${n}`;
      taken.add(id);
      ids.set(draft.key, id);
    }
  }
  return ids;
}

/** Two skills cannot share a name: the first by priority keeps it, the others get " (suffix)". */
function assignNames(drafts: readonly DraftSkill[], ids: ReadonlyMap<string, string>): Map<string, string> {
  const groups = new Map<string, DraftSkill[]>();
  for (const draft of drafts) push(groups, labelKey(draft.name), draft);
  const names = new Map<string, string>();
  for (const group of groups.values()) {
    group.sort((a, b) => (ids.get(a.key) === labelKey(a.name) ? -1 : ids.get(b.key) === labelKey(b.name) ? 1 : byPriority(a, b)));
    group.forEach((draft, i) => names.set(draft.key, i === 0 ? cleanLabel(draft.name) : `${cleanLabel(draft.name)} (${suffixOf(draft)})`));
  }
  return names;
}

/** "C", "R": a letter alone is an everyday token, so extraction must not trust it without context. */
const isSingleCharacter = (label: string): boolean => [...label.trim()].length === 1;

/** Locale-independent order, so output does not depend on the machine. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
