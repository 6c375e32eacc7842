/** `bestmatch skills suggest <prefix>`: skill names for search-as-you-type (engine.suggestSkills), one per line or as JSON. */
import { Option, type Command } from "commander";
import { createEngine } from "../../engine.js";
import { loadEngine } from "../../engine-load.js";
import type { SkillSuggestion } from "../../skills/suggest.js";
import type { CliIO } from "../cli-io.js";
import { integerArg, withOutput } from "../common.js";
import { engineOptionsFromFiles } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";

const SUGGEST_FORMATS = ["text", "jsonl", "json"] as const;
type SuggestFormat = (typeof SUGGEST_FORMATS)[number];

interface SuggestOptions {
  limit: number;
  format: SuggestFormat;
  index?: string;
  taxonomy?: string;
  out?: string;
}

export function registerSkillsSuggest(skills: Command, io: CliIO): void {
  skills
    .command("suggest")
    .description("skills whose name or alias the text starts, or is a typo or two from: exact and prefix matches first, then typos; then by how many indexed freelancers and jobs have the skill")
    .argument("<prefix>", "what has been typed so far")
    .option("--limit <n>", "suggestions shown (1-100)", integerArg("--limit", 1, 100), 10)
    .addOption(new Option("-f, --format <format>", "text (skill<TAB>matched<TAB>match<TAB>uses), jsonl (one suggestion per line) or json (an array)").choices(SUGGEST_FORMATS).default("text"))
    .option("--index <snapshot>", "suggest from a snapshot's vocabulary: its custom skills too, ordered by how many of its freelancers and jobs have each")
    .option("--taxonomy <file>", "skill taxonomy JSON, replacing the default (not with --index: the snapshot holds its own)")
    .option("-o, --out <file>", 'output file, written atomically; "-" for stdout (default: stdout)')
    .addHelpText(
      "after",
      `
Examples:
  $ bestmatch skills suggest reac
  React	React	prefix	0
  React Native	React Native	prefix	0
  ...
  $ bestmatch skills suggest js --limit 3
  JavaScript	JS	exact	0
  ...
  $ bestmatch skills suggest pyhton --index market.snapshot --format json`,
    )
    .action((prefix: string, opts: SuggestOptions) => suggest(prefix, opts, io));
}

export function formatSuggestions(found: readonly SkillSuggestion[], format: SuggestFormat): string {
  switch (format) {
    case "text":
      return found.map((s) => `${s.skill}\t${s.matched}\t${s.match}\t${s.uses}\n`).join("");
    case "jsonl":
      return found.map((s) => `${JSON.stringify(s)}\n`).join("");
    case "json":
      return `${JSON.stringify(found, null, 2)}\n`;
  }
}

async function suggest(prefix: string, opts: SuggestOptions, io: CliIO): Promise<void> {
  if (opts.index !== undefined && opts.taxonomy !== undefined) throw new UsageError("--index already holds its taxonomy; drop --taxonomy");
  const engine = opts.index !== undefined ? await loadEngine(opts.index) : createEngine(await engineOptionsFromFiles({ taxonomy: opts.taxonomy }));
  const found = engine.suggestSkills(prefix, { limit: opts.limit });
  await withOutput(opts.out, io, (out) => out.write(formatSuggestions(found, opts.format)));
}
