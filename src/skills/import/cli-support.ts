/**
 * What the two import scripts share: where output goes, and how a failure becomes an exit code
 * (2 = the command line is wrong, 1 = the input or output is; the message says which file and line).
 */
import { BestMatchError } from "../../errors.js";
import type { TaxonomyData } from "../taxonomy-types.js";
import type { AssemblyStats } from "./assemble.js";
import { taxonomyJson, writeTaxonomyFile } from "./write-taxonomy.js";
import { mergeTaxonomies } from "../merge-taxonomy.js";
import { buildDefaultTaxonomy } from "../default-taxonomy/index.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Thrown for a bad command line; `runImportCli` prints it with the usage text and returns 2. */
export class UsageError extends Error {}

export async function runImportCli(usage: string, io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`error: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof BestMatchError) {
      io.stderr(`error: ${error.message}\n`);
      return error.code === "INVALID_OPTION" ? 2 : 1;
    }
    throw error;
  }
}

/** Writes the taxonomy to `out` (atomically) or to stdout, and the counts to stderr. */
export async function emitTaxonomy(taxonomy: TaxonomyData, out: string | undefined, summary: string[], io: CliIo): Promise<void> {
  if (out) await writeTaxonomyFile(out, taxonomy);
  else io.stdout(taxonomyJson(taxonomy));
  io.stderr(`${summary.join("\n")}\n${out ? `wrote ${out}\n` : ""}`);
}

/** The counts every importer reports. */
export function assemblySummary(stats: AssemblyStats): string[] {
  const lines = [
    `skills: ${stats.skills}`,
    `aliases: ${stats.aliases}`,
    `related links: ${stats.relatedLinks}`,
    `aliases dropped (naming two skills): ${stats.aliasesDropped} (${stats.conflicts.length} distinct)`,
    `ids disambiguated: ${stats.idsDisambiguated}`,
    `names disambiguated: ${stats.namesDisambiguated}`,
    `marked ambiguous: ${stats.ambiguous}`,
  ];
  if (stats.conflicts.length > 0) {
    const shown = stats.conflicts.slice(0, 5).map((c) => `"${c.alias}" (${c.ids.join(", ")})`);
    lines.push(`  e.g. ${shown.join("; ")}${stats.conflicts.length > 5 ? "; ..." : ""}`);
  }
  return lines;
}

/** `--into-default`: fold the import into bestmatch's default taxonomy, reporting every compromise. */
export function intoDefault(taxonomy: TaxonomyData, wanted: boolean | undefined): { taxonomy: TaxonomyData; summary: string[] } {
  if (!wanted) return { taxonomy, summary: [] };
  const r = mergeTaxonomies(buildDefaultTaxonomy(), taxonomy);
  return {
    taxonomy: r.taxonomy,
    summary: [`merged into the default taxonomy: ${r.added} skills added, ${r.folded.length} folded into existing skills, ${r.droppedAliases.length} aliases dropped (owned by another skill)`],
  };
}
