/** `bestmatch ltr export`: a --model file as the Learning-to-Rank plugin's feature set and model bodies. */
import { Option, type Command } from "commander";
import { readJsonFile } from "../../io/input.js";
import { RANK_TASKS, defaultModels, type RankTask } from "../../rank/model.js";
import { ltrExport } from "../../scale/ltr.js";
import type { CliIO } from "../cli-io.js";
import { note } from "../cli-io.js";
import { summary, withOutput } from "../common.js";
import { parseModelFile } from "../engine-config.js";
import { UsageError } from "../exit-codes.js";

interface LtrOptions {
  task: RankTask;
  model?: string;
  name?: string;
  skillsField: string;
  out?: string;
  quiet?: boolean;
}

export function registerLtr(program: Command, io: CliIO): void {
  const ltr = program.command("ltr").description("OpenSearch / Elasticsearch Learning-to-Rank plugin interop");
  ltr
    .command("export")
    .description("write a model as the LTR plugin's feature set and _createmodel bodies (JSON): linear as model/linear, trees as model/xgboost+json")
    .addOption(new Option("--task <task>", "which model").choices(RANK_TASKS).makeOptionMandatory())
    .option("--model <file>", "model file (as for --model; default: the built-in model)")
    .option("--name <name>", "model name in the cluster (default: bestmatch_<task>_model)")
    .option("--skills-field <field>", "keyword field of canonical skill names in the index", "skills")
    .option("-o, --out <file>", 'JSON file, written atomically; "-" for stdout (default: stdout)')
    .option("-q, --quiet", "no notes on stderr")
    .addHelpText(
      "after",
      `
The output is { "requests": [{ "method", "path", "body" }, ...], "approximated": [...], "valueFields": [...] }:
send the requests in order (feature set, then model). "valueFields" are numeric document fields to fill
with bestmatch's feature values; "approximated" features are computed by bestmatch only and add 0 in the
cluster (see docs/scale-out.md).

Examples:
  $ bestmatch train --task freelancers --data market/ --out model.json
  $ bestmatch ltr export --task freelancers --model model.json -o ltr.json`,
    )
    .action((opts: LtrOptions) => exportLtr(opts, io));
}

async function exportLtr(opts: LtrOptions, io: CliIO): Promise<void> {
  const models = opts.model === undefined ? defaultModels : parseModelFile(await readJsonFile(opts.model), opts.model);
  const model = models[opts.task];
  if (!model) throw new UsageError(`${opts.model} has no model for --task ${opts.task}`);
  const x = ltrExport(model, opts.task, { name: opts.name, fields: { skills: opts.skillsField } });
  await withOutput(opts.out, io, (out) => out.write(`${JSON.stringify({ requests: x.requests, approximated: x.approximated, valueFields: x.valueFields }, null, 2)}\n`));
  if (!opts.quiet && x.approximated.length) note(io, `note: computed by bestmatch only, 0 in the cluster: ${x.approximated.join(", ")}`);
  summary(io, opts.quiet, `wrote the feature set and ${x.createModel.model.model.type} for ${opts.task}${opts.out && opts.out !== "-" ? ` to ${opts.out}` : ""}`);
}
