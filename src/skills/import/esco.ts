/**
 * ESCO (European Skills, Competences, Qualifications and Occupations) CSV download -> taxonomy.
 * Reads, from one folder of any ESCO release:
 *   skills_<lang>.csv                     preferredLabel -> name; altLabels, hiddenLabels (one per line in the cell) -> aliases
 *   skillGroups_<lang>.csv                group labels, for categories
 *   broaderRelationsSkillPillar[_<lang>].csv  skill/group -> broader skill/group, for categories
 *   skillSkillRelations[_<lang>].csv      essential/optional skill links -> related
 * Only the skills file is required: the hierarchy and relations come in a separate ESCO download, so
 * their absence is reported (`missingFiles`) rather than fatal.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BestMatchError } from "../../errors.js";
import { TAXONOMY_FORMAT_VERSION, type TaxonomyData } from "../taxonomy-types.js";
import { assembleSkills, type AssemblyStats, type DraftSkill } from "./assemble.js";
import { csvRecords } from "./csv-records.js";
import { withDefaults } from "./merge-options.js";
import { escoCategories } from "./esco-hierarchy.js";

export const ESCO_SKILL_TYPES = ["skill/competence", "knowledge"] as const;
export type EscoSkillType = (typeof ESCO_SKILL_TYPES)[number];
export const ESCO_RELATION_TYPES = ["essential", "optional"] as const;
export type EscoRelationType = (typeof ESCO_RELATION_TYPES)[number];

export interface EscoImportOptions {
  /** Language suffix of the label files (skills_<language>.csv). Default "en". */
  language?: string;
  /** Keep only skills of these types (software tools are mostly "knowledge"). Default: every type, including untyped rows. */
  skillTypes?: readonly EscoSkillType[];
  /** Also take hiddenLabels (misspellings, outdated names) as aliases. Default true. */
  includeHiddenLabels?: boolean;
  /** Skill-skill relation types that become `related`. Default both. */
  relationTypes?: readonly EscoRelationType[];
  /** Category of skills with no skill group above them. Default "uncategorized". */
  fallbackCategory?: string;
  /** Taxonomy name. Default "esco". */
  name?: string;
}

export const DEFAULT_ESCO_IMPORT_OPTIONS: Required<Omit<EscoImportOptions, "skillTypes">> = {
  language: "en",
  includeHiddenLabels: true,
  relationTypes: ESCO_RELATION_TYPES,
  fallbackCategory: "uncategorized",
  name: "esco",
};

export interface EscoImportStats extends AssemblyStats {
  /** Rows whose status is not "released". */
  skippedNotReleased: number;
  /** Rows left out by `skillTypes`. */
  skippedByType: number;
  /** Skills that got `fallbackCategory`. */
  uncategorized: number;
  /** Optional files that were not found (their part of the taxonomy is empty). */
  missingFiles: string[];
  /** Files read, in order. */
  files: string[];
}

export async function importEsco(dir: string, options: EscoImportOptions = {}): Promise<TaxonomyData> {
  return (await importEscoWithStats(dir, options)).taxonomy;
}

export async function importEscoWithStats(
  dir: string,
  options: EscoImportOptions = {},
): Promise<{ taxonomy: TaxonomyData; stats: EscoImportStats }> {
  const opts = withDefaults(DEFAULT_ESCO_IMPORT_OPTIONS, options);
  checkOptions(opts);
  const files: string[] = [];
  const missingFiles: string[] = [];
  const locate = (base: string, perLanguage: boolean): string | undefined => {
    const names = perLanguage ? [`${base}_${opts.language}.csv`] : [`${base}_${opts.language}.csv`, `${base}.csv`];
    const found = names.map((n) => join(dir, n)).find((p) => existsSync(p));
    if (found) files.push(found);
    else missingFiles.push(join(dir, names[names.length - 1]));
    return found;
  };

  const skillsFile = locate("skills", true);
  if (!skillsFile) throw new BestMatchError("INPUT_IO", "ESCO skills file not found", { file: missingFiles[0], expected: "the folder of an ESCO CSV download" });
  const { drafts, skippedNotReleased, skippedByType } = await readSkills(skillsFile, opts);

  const groupsFile = locate("skillGroups", true);
  const broaderFile = locate("broaderRelationsSkillPillar", false);
  const groupLabels = groupsFile ? await readGroupLabels(groupsFile) : new Map<string, string>();
  const parents = broaderFile ? await readBroader(broaderFile) : new Map<string, string[]>();
  const categories = escoCategories(drafts.keys(), { groupLabels, parents });

  const relationsFile = locate("skillSkillRelations", false);
  const related = relationsFile ? await readRelations(relationsFile, new Set(opts.relationTypes), drafts) : new Map<string, string[]>();

  let uncategorized = 0;
  const finished: DraftSkill[] = [...drafts.values()].map((draft) => {
    const category = categories.get(draft.key) || (uncategorized++, opts.fallbackCategory);
    return { ...draft, category, relatedKeys: related.get(draft.key) };
  });
  const { skills, stats } = assembleSkills(finished);
  return {
    taxonomy: { version: TAXONOMY_FORMAT_VERSION, name: opts.name, skills },
    stats: { ...stats, skippedNotReleased, skippedByType, uncategorized, missingFiles, files },
  };
}

type ResolvedOptions = typeof DEFAULT_ESCO_IMPORT_OPTIONS & Pick<EscoImportOptions, "skillTypes">;

async function readSkills(file: string, opts: ResolvedOptions) {
  const drafts = new Map<string, DraftSkill>();
  const types = opts.skillTypes ? new Set<string>(opts.skillTypes) : undefined;
  let skippedNotReleased = 0;
  let skippedByType = 0;
  const columns = {
    required: ["conceptUri", "preferredLabel", ...(types ? ["skillType"] : [])],
    optional: ["altLabels", "hiddenLabels", "status", "skillType"],
  };
  for await (const { line, cells } of csvRecords(file, columns)) {
    const uri = cells.conceptUri.trim();
    const name = cells.preferredLabel.trim();
    if (uri === "" || name === "") {
      const field = uri === "" ? "conceptUri" : "preferredLabel";
      throw new BestMatchError("INVALID_INPUT", "empty cell", { file, line, field, expected: "a non-empty value" });
    }
    if (drafts.has(uri)) throw new BestMatchError("INVALID_INPUT", "skill listed twice", { file, line, recordId: uri });
    if (cells.status !== "" && cells.status.trim().toLowerCase() !== "released") {
      skippedNotReleased++;
      continue;
    }
    if (types && !types.has(cells.skillType.trim().toLowerCase())) {
      skippedByType++;
      continue;
    }
    const aliases = splitLines(cells.altLabels);
    if (opts.includeHiddenLabels) aliases.push(...splitLines(cells.hiddenLabels));
    drafts.set(uri, { key: uri, name, category: "", aliases, idSuffix: uriSuffix(uri) });
  }
  return { drafts, skippedNotReleased, skippedByType };
}

async function readGroupLabels(file: string): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for await (const { cells } of csvRecords(file, { required: ["conceptUri", "preferredLabel"] })) {
    const uri = cells.conceptUri.trim();
    const label = cells.preferredLabel.trim();
    if (uri !== "" && label !== "") labels.set(uri, label);
  }
  return labels;
}

async function readBroader(file: string): Promise<Map<string, string[]>> {
  const parents = new Map<string, string[]>();
  for await (const { cells } of csvRecords(file, { required: ["conceptUri", "broaderUri"] })) {
    const uri = cells.conceptUri.trim();
    const broader = cells.broaderUri.trim();
    if (uri === "" || broader === "") continue;
    const list = parents.get(uri);
    if (list) list.push(broader);
    else parents.set(uri, [broader]);
  }
  return parents;
}

async function readRelations(file: string, wanted: Set<string>, drafts: ReadonlyMap<string, DraftSkill>): Promise<Map<string, string[]>> {
  const related = new Map<string, string[]>();
  const columns = { required: ["originalSkillUri", "relatedSkillUri", "relationType"] };
  for await (const { cells } of csvRecords(file, columns)) {
    if (!wanted.has(cells.relationType.trim().toLowerCase())) continue;
    const from = cells.originalSkillUri.trim();
    const to = cells.relatedSkillUri.trim();
    // Links to skills filtered out (type, status) are not counted as dropped: they were never in scope.
    if (!drafts.has(from) || !drafts.has(to)) continue;
    const list = related.get(from);
    if (list) list.push(to);
    else related.set(from, [to]);
  }
  return related;
}

/** altLabels/hiddenLabels hold one label per line. */
const splitLines = (cell: string): string[] =>
  cell
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** First block of the concept UUID: short, stable across releases, and findable in ESCO. */
function uriSuffix(uri: string): string | undefined {
  const match = /([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?$/i.exec(uri);
  return match ? match[1].toLowerCase() : undefined;
}

function checkOptions(opts: ResolvedOptions): void {
  if (!/^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(opts.language)) {
    throw new BestMatchError("INVALID_OPTION", "invalid ESCO language", { field: "language", value: opts.language, expected: 'a language code such as "en"' });
  }
  for (const type of opts.skillTypes ?? []) {
    if (!(ESCO_SKILL_TYPES as readonly string[]).includes(type)) {
      throw new BestMatchError("INVALID_OPTION", "unknown ESCO skill type", { field: "skillTypes", value: type, expected: ESCO_SKILL_TYPES.join(" or ") });
    }
  }
  for (const type of opts.relationTypes) {
    if (!(ESCO_RELATION_TYPES as readonly string[]).includes(type)) {
      throw new BestMatchError("INVALID_OPTION", "unknown ESCO relation type", { field: "relationTypes", value: type, expected: ESCO_RELATION_TYPES.join(" or ") });
    }
  }
  if (opts.fallbackCategory.trim() === "") {
    throw new BestMatchError("INVALID_OPTION", "empty fallback category", { field: "fallbackCategory", expected: 'a category path such as "uncategorized"' });
  }
}
