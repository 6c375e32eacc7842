/** `bestmatch skills`: the skills found in a text, one per line, with how the text means each (required, nice-to-have, negated, aspirational). */
import { Option, type Command } from "commander";
import { text as readStream } from "node:stream/consumers";
import { createEngine } from "../../engine.js";
import type { ExtractedSkill } from "../../engine-types.js";
import { csvLine } from "../../io/csv-write.js";
import { readTextFile } from "../../io/input.js";
import type { CliIO } from "../cli-io.js";
import { withOutput } from "../common.js";
import { engineOptionsFromFiles } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";
import { registerSkillsSuggest } from "./skills-suggest.js";

const SKILL_FORMATS = ["text", "csv", "jsonl"] as const;
type SkillFormat = (typeof SKILL_FORMATS)[number];

interface SkillsOptions {
  file?: string;
  format: SkillFormat;
  all?: boolean;
  taxonomy?: string;
  out?: string;
}

export function registerSkills(program: Command, io: CliIO): void {
  const skills = program
    .command("skills")
    .description("extract skills from a text: canonical name, the alias seen and how the text means it (required, niceToHave, negated, aspirational), one per line")
    .argument("[text]", 'the text; "-" or nothing (with piped input) reads stdin')
    .option("--file <path>", "read the text from a file")
    .addOption(new Option("-f, --format <format>", "text (skill<TAB>alias<TAB>class), csv (skill,alias,start,end,class,generic) or jsonl").choices(SKILL_FORMATS).default("text"))
    .option("--all", "every occurrence, with character offsets, instead of each skill once")
    .option("--taxonomy <file>", "skill taxonomy JSON, replacing the default")
    .option("-o, --out <file>", 'output file, written atomically; "-" for stdout (default: stdout)')
    .addHelpText(
      "after",
      `
Examples:
  $ bestmatch skills "Senior ReactJS dev, Node and Postgres. Docker is a plus, no PHP"
  React	ReactJS	required
  Node.js	Node	required
  PostgreSQL	Postgres	required
  Docker	Docker	niceToHave
  PHP	PHP	negated
  $ cat job.txt | bestmatch skills --format csv
  $ bestmatch skills suggest reac          (search-as-you-type; see bestmatch skills suggest --help)`,
    )
    .action((text: string | undefined, opts: SkillsOptions) => extract(text, opts, io));
  // `skills suggest js -f json`: options after "suggest" are the subcommand's, not this command's -f (the program enables it too).
  skills.enablePositionalOptions();
  registerSkillsSuggest(skills, io);
}

/** Each skill once per class ("React" required and "React" negated are both shown). */
export function dedupeSkills(found: readonly ExtractedSkill[]): ExtractedSkill[] {
  const seen = new Set<string>();
  return found.filter((s) => {
    const key = `${s.skill}\u0000${s.mentionClass}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

export function formatSkills(found: readonly ExtractedSkill[], format: SkillFormat): string {
  switch (format) {
    case "text":
      return found.map((s) => `${s.skill}\t${s.alias.replace(/\s+/g, " ")}\t${s.mentionClass}\n`).join("");
    case "csv":
      return csvLine(["skill", "alias", "start", "end", "class", "generic"]) + found.map((s) => csvLine([s.skill, s.alias, s.start, s.end, s.mentionClass, s.generic])).join("");
    case "jsonl":
      return found.map((s) => `${JSON.stringify(s)}\n`).join("");
  }
}

async function readInput(text: string | undefined, opts: SkillsOptions, io: CliIO): Promise<string> {
  if (opts.file !== undefined) {
    if (text !== undefined) throw new UsageError("give the text or --file, not both");
    return readTextFile(opts.file);
  }
  if (text !== undefined && text !== "-") return text;
  if (text === undefined && io.stdinIsTTY) throw new UsageError('no text: pass it as an argument, with --file, or pipe it in ("-")');
  return readStream(io.stdin);
}

async function extract(text: string | undefined, opts: SkillsOptions, io: CliIO): Promise<void> {
  const input = await readInput(text, opts, io);
  const engine = createEngine(await engineOptionsFromFiles({ taxonomy: opts.taxonomy }));
  const found = engine.extractSkills(input);
  await withOutput(opts.out, io, (out) => out.write(formatSkills(opts.all ? found : dedupeSkills(found), opts.format)));
}
