/**
 * Stack Overflow (Stack Exchange Data Explorer) TagSynonyms export -> bestmatch taxonomy JSON.
 *   npx tsx scripts/import-so-synonyms.ts ../shared/data/stackoverflow-tags/TagSynonyms.csv \
 *     --tags ../shared/data/stackoverflow-tags/Tags.csv --out so-taxonomy.json
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { assemblySummary, emitTaxonomy, intoDefault, processIo, runImportCli, UsageError, type CliIo } from "../src/skills/import/cli-support.js";
import { importStackOverflowSynonymsWithStats } from "../src/skills/import/stackoverflow.js";

const USAGE = `usage: import-so-synonyms <TagSynonyms.csv> [--out FILE] [options]

One skill per target tag, with its source tags as aliases (chains collapsed to the final target).

  --out FILE          write here (atomically) instead of stdout
  --tags FILE         Tags export (TagName, Count): also add popular tags without synonyms
  --min-count N       with --tags: minimum question count of an added tag (default 1000)
  --all               keep unapproved synonyms too (default: rows with an ApprovalDate only)
  --category PATH     category of every skill (default software/stackoverflow)
  --name NAME         taxonomy name (default stackoverflow-tags)
  --into-default      merge into bestmatch's default taxonomy (base spellings win; compromises reported)
`;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  return runImportCli(USAGE, io, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        tags: { type: "string" },
        "min-count": { type: "string" },
        all: { type: "boolean" },
        category: { type: "string" },
        name: { type: "string" },
        "into-default": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length ? "expected one TagSynonyms file" : "missing the TagSynonyms file");
    const minCount = values["min-count"];
    if (minCount !== undefined && !/^\d+$/.test(minCount)) throw new UsageError(`--min-count must be a whole number (got "${minCount}")`);
    if (minCount !== undefined && values.tags === undefined) throw new UsageError("--min-count needs --tags");
    const { taxonomy, stats } = await importStackOverflowSynonymsWithStats(positionals[0], {
      tagsCsv: values.tags,
      minCount: minCount === undefined ? undefined : Number(minCount),
      approvedOnly: values.all ? false : undefined,
      category: values.category,
      name: values.name,
    });
    const summary = [
      `synonym rows: ${stats.synonymRows} (${stats.skippedUnapproved} unapproved skipped)`,
      `chained aliases collapsed: ${stats.chainedAliases}; loops broken: ${stats.loops}; sources with two targets: ${stats.conflictingSources}`,
      ...(values.tags ? [`popular tags added: ${stats.popularTagsAdded}`] : []),
      ...assemblySummary(stats),
    ];
    const merged = intoDefault(taxonomy, values["into-default"]);
    await emitTaxonomy(merged.taxonomy, values.out, [...summary, ...merged.summary], io);
    return 0;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
