import type { TaxonomyData } from "../taxonomy-types.js";
import { TAXONOMY_FORMAT_VERSION } from "../taxonomy-types.js";
import { parseSkillTable, resolveSkillRows } from "./parse.js";
import { TECH_TABLES } from "./data/tech.js";
import { BUSINESS_TABLES } from "./data/business.js";

let cached: TaxonomyData | undefined;

/** Builds (once) the taxonomy shipped with bestmatch. */
export function buildDefaultTaxonomy(): TaxonomyData {
  if (cached) return cached;
  const tables = { ...TECH_TABLES, ...BUSINESS_TABLES };
  const rows = Object.entries(tables).flatMap(([name, text]) => parseSkillTable(text, name));
  const { skills, problems } = resolveSkillRows(rows);
  if (problems.length) throw new Error(`default taxonomy has ${problems.length} problems:\n${problems.slice(0, 20).join("\n")}`);
  cached = { version: TAXONOMY_FORMAT_VERSION, name: "bestmatch-default", skills };
  return cached;
}
