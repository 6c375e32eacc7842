/** `bestmatch import stackexchange`: a Stack Exchange data dump as bestmatch CSV files. */
import type { Command } from "commander";
import { importStackExchange } from "../../import/stackexchange/index.js";
import { note, type CliIO } from "../cli-io.js";
import { summary } from "../common.js";

interface ImportOptions {
  out: string;
  quiet?: boolean;
}

export function registerImport(program: Command, io: CliIO): void {
  const group = program.command("import").description("convert public data sets to bestmatch CSV files");
  group
    .command("stackexchange")
    .description("questions become jobs, answers proposals, accepted answers hires, users freelancers")
    .argument("<dump-dir>", "folder with Posts.xml and Users.xml (Votes.xml, Comments.xml optional)")
    .requiredOption("-o, --out <dir>", "output folder (created when missing; files there are replaced)")
    .option("-q, --quiet", "no progress or summary")
    .addHelpText(
      "after",
      `
Example:
  $ bestmatch import stackexchange ~/dumps/datascience.stackexchange.com --out data/ds/`,
    )
    .action((dumpDir: string, opts: ImportOptions) => runImport(dumpDir, opts, io));
}

async function runImport(dumpDir: string, opts: ImportOptions, io: CliIO): Promise<void> {
  let lastStage = "";
  const result = await importStackExchange({
    dumpDir,
    outDir: opts.out,
    onProgress: (stage) => {
      if (!opts.quiet && io.stderrIsTTY && stage !== lastStage) note(io, `${stage}...`);
      lastStage = stage;
    },
  });
  const c = result.counts;
  summary(io, opts.quiet, `wrote ${c.jobs} jobs, ${c.proposals} proposals, ${c.freelancers} freelancers, ${c.reviews} reviews to ${opts.out}`);
  if (!opts.quiet) for (const n of result.notes) note(io, `note: ${n}`);
  for (const s of result.skipped) note(io, `skipped ${s.count} rows: ${s.reason}`);
}
