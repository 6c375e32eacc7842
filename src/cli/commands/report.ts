/**
 * `bestmatch report`: the HTML Best Match report from a results file written with `--format jsonl`,
 * so a ranking run once can be re-read, shared and archived without re-ranking. To rank and
 * render in one go, `rank`/`proposals`/`recommend` take `--format html`.
 */
import { Option, type Command } from "commander";
import { readTextFile } from "../../io/input.js";
import { RANK_TASKS, type RankTask } from "../../rank/model.js";
import { renderReport } from "../../report/index.js";
import { sectionsFromJsonl } from "../../report/from-jsonl.js";
import type { CliIO } from "../cli-io.js";
import { addPolicyOptions, createPolicy, summary, withOutput, type PolicyOptions } from "../common.js";
import { loadInputs } from "../inputs.js";
import { createProgress } from "../progress.js";

interface ReportOptions extends PolicyOptions {
  out?: string;
  task?: RankTask;
  jobs?: string;
  freelancers?: string;
  title?: string;
}

export function registerReport(program: Command, io: CliIO): void {
  const cmd = program
    .command("report")
    .description("render a results file (--format jsonl output) as one self-contained HTML Best Match report")
    .argument("<results>", 'results JSONL from rank, proposals or recommend with --format jsonl ("-" for stdin)')
    .option("-o, --out <file>", 'HTML file, written atomically; "-" for stdout (default: stdout)')
    .addOption(new Option("--task <task>", "which ranking the file holds (default: detected from the first line)").choices(RANK_TASKS))
    .option("--jobs <file>", "jobs CSV, for job titles")
    .option("--freelancers <file>", "freelancers CSV, for names and skills")
    .option("--title <text>", "page title", "Best Match report");
  addPolicyOptions(cmd);
  cmd.addHelpText(
    "after",
    `
The page is one HTML file with inline CSS and SVG, no script and no external fetch: it opens offline.
Per list: the ranked items, a score bar split into feature contributions, matched skills (green),
related ones (amber, with the skill they came from), missing ones (red), badges and reasons, and a
chart of how the scores split across features.

Examples:
  $ bestmatch rank --jobs jobs.csv --index market.snapshot --format jsonl -o matches.jsonl
  $ bestmatch report matches.jsonl --jobs jobs.csv --freelancers freelancers.csv -o report.html
  $ bestmatch rank --jobs jobs.csv --index market.snapshot --top 10 --format html -o report.html   # rank and render at once`,
  );
  cmd.action((results: string, opts: ReportOptions) => report(results, opts, io));
}

async function report(results: string, opts: ReportOptions, io: CliIO): Promise<void> {
  const text = results === "-" ? await readStdin(io) : await readTextFile(results);
  const sections = sectionsFromJsonl(text, results === "-" ? "<stdin>" : results, opts.task);
  if (opts.jobs !== undefined || opts.freelancers !== undefined) {
    const policy = createPolicy(opts);
    const inputs = await loadInputs({ jobs: opts.jobs, freelancers: opts.freelancers }, { io, policy, progress: createProgress(io, true), quiet: Boolean(opts.quiet) });
    const jobs = new Map(inputs.jobs.map((j) => [j.id, j]));
    const freelancers = new Map(inputs.freelancers.map((f) => [f.id, f]));
    for (const s of sections) {
      if (s.task === "jobs") {
        const f = freelancers.get(s.subject.id);
        s.subject.title = f?.title;
        s.subject.skills = f?.skills?.map((c) => (typeof c === "string" ? c : c.name));
        s.label = (id) => jobs.get(id)?.title;
      } else {
        s.subject.title = jobs.get(s.subject.id)?.title;
        const byItem = new Map(s.result.items.map((i) => [i.id, i.freelancerId ?? i.id]));
        s.label = (id) => freelancers.get(byItem.get(id) ?? id)?.title;
      }
    }
  }
  await withOutput(opts.out, io, (out) => out.write(renderReport(sections, { title: opts.title, source: `${sections.length} lists from ${results === "-" ? "stdin" : results}` })));
  summary(io, opts.quiet, `rendered ${sections.length} lists (${sections.reduce((n, s) => n + s.result.items.length, 0)} items)${opts.out && opts.out !== "-" ? ` to ${opts.out}` : ""}`);
}

async function readStdin(io: CliIO): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of io.stdin as AsyncIterable<Buffer | string>) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks).toString("utf8");
}
