/**
 * ESCO CSV download -> bestmatch taxonomy JSON.
 *   npx tsx scripts/import-esco.ts ../shared/data/esco --out esco-taxonomy.json
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { assemblySummary, emitTaxonomy, intoDefault, processIo, runImportCli, UsageError, type CliIo } from "../src/skills/import/cli-support.js";
import { importEscoWithStats, type EscoImportOptions, type EscoRelationType, type EscoSkillType } from "../src/skills/import/esco.js";

const USAGE = `usage: import-esco <esco-folder> [--out FILE] [options]

Reads skills_<lang>.csv, skillGroups_<lang>.csv, broaderRelationsSkillPillar.csv and
skillSkillRelations.csv from an ESCO CSV download and writes a bestmatch taxonomy (JSON).

  --out FILE              write here (atomically) instead of stdout
  --language CODE         label language of the files (default en)
  --skill-types LIST      comma-separated: skill/competence,knowledge (default all)
  --relation-types LIST   comma-separated: essential,optional (default both)
  --no-hidden-labels      do not take hiddenLabels as aliases
  --name NAME             taxonomy name (default esco)
  --into-default          merge into bestmatch's default taxonomy (base spellings win; compromises reported)
`;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  return runImportCli(USAGE, io, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        language: { type: "string" },
        "skill-types": { type: "string" },
        "relation-types": { type: "string" },
        "no-hidden-labels": { type: "boolean" },
        name: { type: "string" },
        "into-default": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length ? "expected one ESCO folder" : "missing the ESCO folder");
    const options: EscoImportOptions = {
      language: values.language,
      skillTypes: list(values["skill-types"]) as EscoSkillType[] | undefined,
      relationTypes: list(values["relation-types"]) as EscoRelationType[] | undefined,
      includeHiddenLabels: values["no-hidden-labels"] ? false : undefined,
      name: values.name,
    };
    const { taxonomy, stats } = await importEscoWithStats(positionals[0], options);
    const summary = [
      ...stats.files.map((f) => `read ${f}`),
      ...stats.missingFiles.map((f) => `warning: ${f} not found; its part of the taxonomy is empty`),
      ...assemblySummary(stats),
      `skipped (not released): ${stats.skippedNotReleased}`,
      `skipped (skill type): ${stats.skippedByType}`,
      `uncategorized: ${stats.uncategorized}`,
    ];
    const merged = intoDefault(taxonomy, values["into-default"]);
    await emitTaxonomy(merged.taxonomy, values.out, [...summary, ...merged.summary], io);
    return 0;
  });
}

const list = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : value.split(",").map((s) => s.trim()).filter((s) => s !== "");

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
