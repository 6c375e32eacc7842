/**
 * The `bestmatch` command line: builds a fresh commander program per run and maps every
 * outcome to an exit code. `run(argv, io)` never calls process.exit, so tests can run the
 * CLI in-process; main.ts wires the real process.
 */
import { Command, CommanderError } from "commander";
import packageJson from "../../package.json";
import { BestMatchError } from "../errors.js";
import { note, type CliIO } from "./cli-io.js";
import { EXIT, EXIT_CODES_HELP, UsageError, exitCodeFor } from "./exit-codes.js";
import { registerDraft } from "./commands/draft.js";
import { registerGap } from "./commands/gap.js";
import { registerGenerate } from "./commands/generate.js";
import { registerImport } from "./commands/import.js";
import { registerIndex } from "./commands/index-build.js";
import { registerProposals } from "./commands/proposals.js";
import { registerRank } from "./commands/rank.js";
import { registerRecommend } from "./commands/recommend.js";
import { registerSkills } from "./commands/skills.js";
import { registerEvaluate } from "./commands/evaluate.js";
import { registerTrain } from "./commands/train.js";
import { registerServe } from "./commands/serve.js";
import { registerReport } from "./commands/report.js";
import { registerLtr } from "./commands/ltr.js";

const HELP_HINT = "(add --help for usage and examples)";

const CSV_HELP = `CSV input: a header row; names match record fields case-insensitively, in snake_case
or camelCase (hourly_rate, hourlyRate) or a documented alias (rate). Lists are ";"-separated
or a JSON array; dates ISO 8601; booleans true/false/yes/no/1/0; empty cell = absent.
UTF-8 with or without BOM, LF or CRLF, quoted cells may hold commas and newlines.`;

export function createProgram(io: CliIO): Command {
  const program = new Command("bestmatch");
  program
    .description("Explainable Best Match ranking for talent marketplaces, from CSV files.")
    .version(packageJson.version, "-V, --version")
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .exitOverride()
    // Options after a command name belong to that command: `skills suggest js -f json` is suggest's -f, not skills'.
    .enablePositionalOptions()
    .showHelpAfterError(HELP_HINT)
    .addHelpText("after", `\n${CSV_HELP}\n\n${EXIT_CODES_HELP}\n\nExample:\n  $ bestmatch rank --jobs jobs.csv --freelancers freelancers.csv --top 10 -o matches.csv`);
  registerRank(program, io);
  registerProposals(program, io);
  registerRecommend(program, io);
  registerSkills(program, io);
  registerIndex(program, io);
  registerGenerate(program, io);
  registerImport(program, io);
  registerEvaluate(program, io);
  registerTrain(program, io);
  registerGap(program, io);
  registerDraft(program, io);
  registerServe(program, io);
  registerReport(program, io);
  registerLtr(program, io);
  // Every command that runs: the leaves, and a command with subcommands that also takes arguments (skills [text], skills suggest).
  const runnable = (cmd: Command): Command[] => [...(cmd.commands.length === 0 || cmd.registeredArguments.length > 0 ? [cmd] : []), ...cmd.commands.flatMap(runnable)];
  for (const cmd of program.commands.flatMap(runnable)) {
    cmd.addHelpText("after", "\nExit codes: 0 ok, 2 usage, 65 bad data, 66 missing input, 73 cannot write output, 130 interrupted.");
  }
  return program;
}

/** Runs the CLI with arguments after the program name; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.OK;
  } catch (err) {
    return reportError(err, io);
  }
}

function reportError(err: unknown, io: CliIO): number {
  // Commander has already printed its message (and the help hint).
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  const code = exitCodeFor(err);
  if (code === EXIT.OK) return code;
  const message = err instanceof Error ? err.message : String(err);
  note(io, `bestmatch: error: ${message}`);
  if (err instanceof UsageError) note(io, HELP_HINT);
  if (err instanceof BestMatchError && ["INVALID_INPUT", "INVALID_RECORD", "DUPLICATE_ID", "UNKNOWN_RECORD"].includes(err.code) && err.file !== undefined) {
    note(io, "nothing was written; to skip bad rows and list them instead: --on-invalid skip --rejects rejects.csv");
  }
  if (code === EXIT.SOFTWARE && err instanceof Error && err.stack) note(io, err.stack);
  return code;
}
