/**
 * The default taxonomy is written by hand in a compact table, one skill a line,
 * because 1,500 JSON objects are hard to review. Format:
 *
 *   # category: software/web-frontend
 *   React | ReactJS, React.js | JavaScript, Next.js, Redux
 *   Go | Golang | Docker, Kubernetes | ambiguous
 *
 * Columns: name | aliases | related skill names (or aliases) | flags ("ambiguous": an
 * everyday word; "generic": a field of work rather than a tool, see TaxonomySkill).
 * An alias written "~Website" is a tag alias (TaxonomySkill.tagAliases): it resolves a listed
 * name but is an everyday word in prose, so extraction never looks for it.
 * Empty columns may be left out. Blank lines and lines starting with "//" are ignored.
 */
import type { TaxonomySkill } from "../taxonomy-types.js";

/** A skill as written, before related names are resolved to ids. */
export interface SkillRow {
  name: string;
  category: string;
  aliases: string[];
  tagAliases: string[];
  relatedNames: string[];
  ambiguous: boolean;
  generic: boolean;
  /** Where it was written, for error messages. */
  source: string;
}

/** Canonical slug of a skill name: "C++" -> "c-plus-plus", "C#" -> "c-sharp", ".NET" -> "dot-net", "Node.js" -> "node-js". */
export function skillSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, "-plus")
    .replace(/#/g, "-sharp")
    .replace(/^\./, "dot-")
    .replace(/&/g, "-and-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const splitList = (cell: string | undefined): string[] =>
  (cell ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export function parseSkillTable(text: string, sourceName: string): SkillRow[] {
  const rows: SkillRow[] = [];
  let category = "";
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("//")) return;
    const header = /^#\s*category:\s*(\S+)\s*$/.exec(line);
    if (header) {
      category = header[1];
      return;
    }
    const source = `${sourceName}:${i + 1}`;
    if (category === "") throw new Error(`${source}: skill row before any "# category:" header`);
    const [name, aliases, related, flags] = line.split("|").map((c) => c.trim());
    if (!name) throw new Error(`${source}: empty skill name`);
    const flagList = splitList(flags);
    for (const f of flagList) if (f !== "ambiguous" && f !== "generic") throw new Error(`${source}: unknown flag "${f}"`);
    rows.push({
      name,
      category,
      aliases: splitList(aliases).filter((a) => !a.startsWith("~")),
      tagAliases: splitList(aliases).filter((a) => a.startsWith("~")).map((a) => a.slice(1).trim()),
      relatedNames: splitList(related),
      ambiguous: flagList.includes("ambiguous"),
      generic: flagList.includes("generic"),
      source,
    });
  });
  return rows;
}

/**
 * Turns rows into taxonomy skills: ids from names, related names resolved to ids through
 * names and aliases. Unknown related names are reported, never silently dropped.
 */
export function resolveSkillRows(rows: SkillRow[]): { skills: TaxonomySkill[]; problems: string[] } {
  const problems: string[] = [];
  const byKey = new Map<string, string>();
  const seenIds = new Map<string, string>();
  for (const row of rows) {
    const id = skillSlug(row.name);
    const earlier = seenIds.get(id);
    if (earlier) problems.push(`${row.source}: "${row.name}" has the same id "${id}" as ${earlier}`);
    seenIds.set(id, row.source);
    for (const key of [row.name, ...row.aliases, ...row.tagAliases].map((s) => s.toLowerCase())) {
      const other = byKey.get(key);
      if (other && other !== id) problems.push(`${row.source}: "${key}" names both "${other}" and "${id}"`);
      byKey.set(key, id);
    }
  }
  const skills = rows.map((row): TaxonomySkill => {
    const id = skillSlug(row.name);
    const related: string[] = [];
    for (const name of row.relatedNames) {
      const target = byKey.get(name.toLowerCase());
      if (!target) problems.push(`${row.source}: related skill "${name}" of "${row.name}" is not in the taxonomy`);
      else if (target !== id && !related.includes(target)) related.push(target);
    }
    const skill: TaxonomySkill = { id, name: row.name, category: row.category };
    if (row.aliases.length) skill.aliases = row.aliases;
    if (row.tagAliases.length) skill.tagAliases = row.tagAliases;
    if (related.length) skill.related = related;
    if (row.ambiguous) skill.ambiguous = true;
    if (row.generic) skill.generic = true;
    return skill;
  });
  return { skills, problems };
}
