/** `bestmatch draft`: a structured job post from a short brief, with past jobs as comparables. */
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import type { DraftSource, JobPostDraft } from "../../insights/types.js";
import type { Budget } from "../../model/records.js";
import type { CliIO } from "../cli-io.js";
import { addEngineFileOptions, addPolicyOptions, integerArg, summary, withOutput, type PolicyOptions } from "../common.js";
import { loadAndIndex } from "../pipeline.js";

interface DraftOptions extends PolicyOptions {
  jobs?: string;
  budget?: Budget;
  similar: number;
  json?: boolean;
  out?: string;
  model?: string;
  taxonomy?: string;
}

/** "fixed:500", "hourly:20-40", "hourly:35" (max). */
export function parseBudgetArg(value: string): Budget {
  const m = /^\s*(fixed|hourly)\s*:\s*\$?(\d+(?:\.\d+)?)\s*(?:-\s*\$?(\d+(?:\.\d+)?))?\s*$/i.exec(value);
  const fail = () => new InvalidArgumentError('--budget must look like "fixed:500", "hourly:20-40" or "hourly:35".');
  if (!m) throw fail();
  const a = Number(m[2]);
  const b = m[3] === undefined ? undefined : Number(m[3]);
  if (m[1].toLowerCase() === "fixed") {
    if (b !== undefined || a <= 0) throw fail();
    return { type: "fixed", amount: a };
  }
  if (b !== undefined && b < a) throw fail();
  return b === undefined ? { type: "hourly", max: a } : { type: "hourly", min: a, max: b };
}

export function registerDraft(program: Command, io: CliIO): void {
  const cmd = program
    .command("draft")
    .description("draft a job post from a short brief: title, sections, skills, level, budget range and screening questions, each with its source")
    .argument("<brief>", "the brief, e.g. \"need someone to set up a Shopify store, around $500\"")
    .option("--jobs <file>", "past jobs CSV: the comparables for skills, level and budget")
    .option("--budget <spec>", 'budget to use instead of one in the brief: "fixed:500", "hourly:20-40"', parseBudgetArg)
    .option("--similar <n>", "similar jobs used", integerArg("--similar", 1, 10_000), 40)
    .option("--json", "the full draft as JSON")
    .option("-o, --out <file>", 'output file, written atomically; "-" for stdout (default: stdout)');
  addEngineFileOptions(cmd);
  addPolicyOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Examples:
  $ bestmatch draft "need someone to set up a Shopify store for my candle business, around $500" --jobs jobs.csv
  $ bestmatch draft "React dashboard for our sales data" --jobs jobs.csv --budget hourly:30-50 --json`,
  );
  cmd.action((brief: string, opts: DraftOptions) => draft(brief, opts, io));
}

async function draft(brief: string, opts: DraftOptions, io: CliIO): Promise<void> {
  const { engine } = await loadAndIndex(opts, io, { jobs: opts.jobs }, { phase: (inputs) => `indexing ${inputs.jobs.length.toLocaleString("en-US")} past jobs` });
  if (opts.jobs === undefined) summary(io, opts.quiet, "no --jobs: skills come from the brief only, and no budget range can be suggested");
  const result = engine.draftJobPost(brief, { similarJobs: opts.similar, ...(opts.budget ? { budgetHint: opts.budget } : {}) });
  await withOutput(opts.out, io, (out) => out.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatDraft(result)));
}

const src = (s: DraftSource) => `[${s.kind}: ${s.detail}]`;
const money = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

export function formatDraft(d: JobPostDraft): string {
  const lines = [`Title: ${d.title.value}`, ""];
  for (const section of d.description) {
    lines.push(`${section.heading}:`);
    for (const l of section.lines) lines.push(`  - ${l.value}  ${src(l.source)}`);
    lines.push("");
  }
  lines.push("Required skills:");
  for (const s of d.requiredSkills) lines.push(`  - ${s.name}  ${src(s.source)}`);
  if (d.niceToHaveSkills.length) lines.push("Nice-to-have skills:");
  for (const s of d.niceToHaveSkills) lines.push(`  - ${s.name}  ${src(s.source)}`);
  if (d.experienceLevel) lines.push(`Experience level: ${d.experienceLevel.value}  ${src(d.experienceLevel.source)}`);
  if (d.budget) {
    const b = d.budget;
    const unit = b.type === "hourly" ? "/h" : "";
    const stated = b.stated !== undefined ? `${money(b.stated)}${unit} (yours); typical ` : "";
    lines.push(`Budget: ${b.type}, ${stated}${money(b.min)}-${money(b.max)}${unit}${b.median !== undefined ? `, median ${money(b.median)}${unit}` : ""}  ${src(b.source)}`);
    const alt = b.alternative;
    if (alt) lines.push(`  or ${alt.type}: ${money(alt.min)}-${money(alt.max)}${alt.type === "hourly" ? "/h" : ""}, median ${money(alt.median)}  ${src(alt.source)}`);
  } else {
    lines.push("Budget: no suggestion (no comparable job had a budget)");
  }
  lines.push("Screening questions:");
  d.screeningQuestions.forEach((q, i) => lines.push(`  ${i + 1}. ${q.value}  ${src(q.source)}`));
  if (d.similarJobIds.length) lines.push(`Most similar past jobs: ${d.similarJobIds.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
