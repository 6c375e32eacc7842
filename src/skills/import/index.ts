/** Importers of third-party skill vocabularies into the taxonomy format. */
export {
  importEsco,
  importEscoWithStats,
  DEFAULT_ESCO_IMPORT_OPTIONS,
  ESCO_RELATION_TYPES,
  ESCO_SKILL_TYPES,
  type EscoImportOptions,
  type EscoImportStats,
  type EscoRelationType,
  type EscoSkillType,
} from "./esco.js";
export {
  importStackOverflowSynonyms,
  importStackOverflowSynonymsWithStats,
  DEFAULT_STACKOVERFLOW_IMPORT_OPTIONS,
  type StackOverflowImportOptions,
  type StackOverflowImportStats,
} from "./stackoverflow.js";
export { assembleSkills, type AliasConflict, type AssemblyStats, type DraftSkill } from "./assemble.js";
export { taxonomyJson, writeTaxonomyFile } from "./write-taxonomy.js";
