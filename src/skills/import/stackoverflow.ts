/**
 * Stack Overflow (or any Stack Exchange site) tag synonyms -> taxonomy. Input is a Stack Exchange Data
 * Explorer export of the TagSynonyms table (SourceTagName, TargetTagName, ApprovalDate) and optionally of
 * the Tags table (TagName, Count). One skill per final target tag, named by the tag as users type it
 * ("node.js", "c#"), with the source tags as aliases. Tags are flat, so every skill gets one category.
 */
import { BestMatchError } from "../../errors.js";
import { TAXONOMY_FORMAT_VERSION, type TaxonomyData } from "../taxonomy-types.js";
import { assembleSkills, type AssemblyStats, type DraftSkill } from "./assemble.js";
import { csvRecords } from "./csv-records.js";
import { withDefaults } from "./merge-options.js";
import { collapseSynonymChains } from "./synonym-chains.js";

export interface StackOverflowImportOptions {
  /** Tags table export (TagName, Count): adds popular tags without synonyms, and popularity decides id collisions. */
  tagsCsv?: string;
  /** Keep only approved synonyms (ApprovalDate set). Default true. */
  approvedOnly?: boolean;
  /** With `tagsCsv`: tags used on at least this many questions become skills. Synonym targets are always kept. Default 1000. */
  minCount?: number;
  /** Category of every skill. Default "software/stackoverflow". */
  category?: string;
  /** Taxonomy name. Default "stackoverflow-tags". */
  name?: string;
}

export const DEFAULT_STACKOVERFLOW_IMPORT_OPTIONS: Required<Omit<StackOverflowImportOptions, "tagsCsv">> = {
  approvedOnly: true,
  minCount: 1000,
  category: "software/stackoverflow",
  name: "stackoverflow-tags",
};

export interface StackOverflowImportStats extends AssemblyStats {
  /** Synonym rows read / skipped because not approved. */
  synonymRows: number;
  skippedUnapproved: number;
  /** Aliases that reached their target through a chain (a -> b -> c). */
  chainedAliases: number;
  conflictingSources: number;
  loops: number;
  selfLinks: number;
  /** With `tagsCsv`: skills added for popular tags that have no synonyms. */
  popularTagsAdded: number;
}

export async function importStackOverflowSynonyms(tagSynonymsCsv: string, options: StackOverflowImportOptions = {}): Promise<TaxonomyData> {
  return (await importStackOverflowSynonymsWithStats(tagSynonymsCsv, options)).taxonomy;
}

export async function importStackOverflowSynonymsWithStats(
  tagSynonymsCsv: string,
  options: StackOverflowImportOptions = {},
): Promise<{ taxonomy: TaxonomyData; stats: StackOverflowImportStats }> {
  const opts = withDefaults(DEFAULT_STACKOVERFLOW_IMPORT_OPTIONS, options);
  checkOptions(opts);

  const pairs: Array<[string, string]> = [];
  let skippedUnapproved = 0;
  const columns = { required: ["SourceTagName", "TargetTagName", ...(opts.approvedOnly ? ["ApprovalDate"] : [])] };
  for await (const { line, cells } of csvRecords(tagSynonymsCsv, columns)) {
    if (opts.approvedOnly && cells.ApprovalDate.trim() === "") {
      skippedUnapproved++;
      continue;
    }
    pairs.push([tag(cells.SourceTagName, "SourceTagName", tagSynonymsCsv, line), tag(cells.TargetTagName, "TargetTagName", tagSynonymsCsv, line)]);
  }
  const collapsed = collapseSynonymChains(pairs);

  const counts = opts.tagsCsv ? await readTagCounts(opts.tagsCsv) : new Map<string, number>();
  const aliasesOf = new Map<string, string[]>();
  for (const [source, target] of collapsed.targetOf) {
    const list = aliasesOf.get(target);
    if (list) list.push(source);
    else aliasesOf.set(target, [source]);
  }
  let popularTagsAdded = 0;
  for (const [name, count] of counts) {
    if (count >= opts.minCount && !aliasesOf.has(name) && !collapsed.targetOf.has(name)) {
      aliasesOf.set(name, []);
      popularTagsAdded++;
    }
  }

  const drafts: DraftSkill[] = [...aliasesOf].map(([name, aliases]) => ({
    key: name,
    name,
    category: opts.category,
    aliases,
    priority: counts.get(name) ?? 0,
  }));
  const { skills, stats } = assembleSkills(drafts);
  return {
    taxonomy: { version: TAXONOMY_FORMAT_VERSION, name: opts.name, skills },
    stats: {
      ...stats,
      synonymRows: pairs.length + skippedUnapproved,
      skippedUnapproved,
      chainedAliases: collapsed.chained,
      conflictingSources: collapsed.conflictingSources,
      loops: collapsed.loops,
      selfLinks: collapsed.selfLinks,
      popularTagsAdded,
    },
  };
}

async function readTagCounts(file: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const { line, cells } of csvRecords(file, { required: ["TagName", "Count"] })) {
    const name = tag(cells.TagName, "TagName", file, line);
    const raw = cells.Count.trim();
    const count = raw === "" ? 0 : Number(raw);
    if (!Number.isInteger(count) || count < 0) {
      throw new BestMatchError("INVALID_INPUT", "bad tag count", { file, line, field: "Count", value: raw, expected: "a whole number >= 0" });
    }
    counts.set(name, Math.max(count, counts.get(name) ?? 0));
  }
  return counts;
}

/** Tags are case-insensitive on Stack Exchange and stored lowercase; an empty one is a broken row. */
function tag(cell: string, field: string, file: string, line: number): string {
  const value = cell.trim().toLowerCase();
  if (value === "") throw new BestMatchError("INVALID_INPUT", "empty tag", { file, line, field, expected: "a tag name" });
  return value;
}

function checkOptions(opts: typeof DEFAULT_STACKOVERFLOW_IMPORT_OPTIONS): void {
  if (!Number.isFinite(opts.minCount) || opts.minCount < 0) {
    throw new BestMatchError("INVALID_OPTION", "invalid minimum tag count", { field: "minCount", value: opts.minCount, expected: "a number >= 0" });
  }
  if (opts.category.trim() === "") {
    throw new BestMatchError("INVALID_OPTION", "empty category", { field: "category", expected: 'a category path such as "software/stackoverflow"' });
  }
}
