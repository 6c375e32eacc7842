/**
 * ESCO files every skill under skill groups (and sometimes under broader skills), with several parents
 * at each level. A taxonomy category is one slash path of group labels, most general first, so one
 * path is chosen per skill: a direct group parent wins over one inherited through a broader skill, then
 * the most specific (longest) path, then the first in code-point order. Cycles are cut, not followed.
 */
import { compare, foldedSlug } from "./assemble.js";

export interface EscoHierarchy {
  /** Skill group URI -> label. */
  groupLabels: ReadonlyMap<string, string>;
  /** Concept URI (skill or group) -> broader concept URIs. */
  parents: ReadonlyMap<string, readonly string[]>;
}

/** Returns skill URI -> category path ("" when no group is above the skill). */
export function escoCategories(skillUris: Iterable<string>, hierarchy: EscoHierarchy): Map<string, string> {
  const groupPaths = new Map<string, string[]>();
  const skillPaths = new Map<string, string[]>();
  const visiting = new Set<string>();

  const groupPath = (uri: string): string[] => {
    const known = groupPaths.get(uri);
    if (known) return known;
    if (visiting.has(uri)) return [];
    visiting.add(uri);
    const above = best((hierarchy.parents.get(uri) ?? []).filter((p) => hierarchy.groupLabels.has(p)).map(groupPath));
    visiting.delete(uri);
    const segment = foldedSlug(hierarchy.groupLabels.get(uri)!) || lastSegment(uri);
    // ISCED-F repeats a label one level down ("ICTs" > "ICTs"); one segment says it.
    const path = above[above.length - 1] === segment ? above : [...above, segment];
    groupPaths.set(uri, path);
    return path;
  };

  const skillPath = (uri: string): string[] => {
    const known = skillPaths.get(uri);
    if (known) return known;
    if (visiting.has(uri)) return [];
    visiting.add(uri);
    const parents = hierarchy.parents.get(uri) ?? [];
    const groups = parents.filter((p) => hierarchy.groupLabels.has(p));
    const path = groups.length > 0 ? best(groups.map(groupPath)) : best(parents.map(skillPath));
    visiting.delete(uri);
    skillPaths.set(uri, path);
    return path;
  };

  const categories = new Map<string, string>();
  for (const uri of skillUris) categories.set(uri, skillPath(uri).join("/"));
  return categories;
}

function best(paths: string[][]): string[] {
  let chosen: string[] = [];
  for (const path of paths) {
    if (path.length > chosen.length || (path.length === chosen.length && compare(path.join("/"), chosen.join("/")) < 0)) {
      chosen = path;
    }
  }
  return chosen;
}

const lastSegment = (uri: string): string => foldedSlug(uri.slice(uri.lastIndexOf("/") + 1)) || "group";
