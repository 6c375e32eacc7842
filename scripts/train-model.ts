/**
 * Learns ranking weights from a data folder's outcomes and writes a model file for `--model`:
 *   npx tsx scripts/train-model.ts --data DIR [--task proposals|freelancers] --out model.json
 *     [--regularization N] [--negatives 200]
 * Without --regularization the strength is chosen on the latest quarter of the jobs (src/learn/train-select.ts).
 * The folder holds freelancers.csv, jobs.csv, proposals.csv, outcomes.csv (reviews.csv optional),
 * as written by scripts/generate.ts or scripts/import-stackexchange.ts. See src/learn/train.ts.
 */
import { parseArgs } from "node:util";
import { BestMatchError } from "../src/errors.js";
import { describeTrainReport } from "../src/learn/train.js";
import { describeSelection } from "../src/learn/train-select.js";
import { trainFromDataFolder, writeModelFile, type TrainableTask } from "../src/learn/train-data.js";

const USAGE = "usage: tsx scripts/train-model.ts --data DIR [--task proposals|freelancers] --out model.json [--regularization N] [--negatives N]";

function positive(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!(Number.isFinite(n) && n > 0)) throw new BestMatchError("INVALID_OPTION", `--${name} must be a number > 0`, { field: name, value: text, expected: "a number > 0" });
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { data: { type: "string" }, task: { type: "string" }, out: { type: "string" }, regularization: { type: "string" }, negatives: { type: "string" } },
  });
  if (values.data === undefined || values.out === undefined) {
    console.error(USAGE);
    return 2;
  }
  const task = (values.task ?? "proposals") as TrainableTask;
  if (task !== "proposals" && task !== "freelancers") {
    console.error(`--task must be proposals or freelancers, got "${values.task}"\n${USAGE}`);
    return 2;
  }
  const negatives = positive("negatives", values.negatives);
  const result = await trainFromDataFolder(values.data, task, {
    regularization: positive("regularization", values.regularization),
    negatives: negatives === undefined ? undefined : Math.round(negatives),
  });
  for (const r of result.rejected) console.error(`skipped ${r.rows} invalid rows of ${r.file}, e.g. ${r.example}`);
  for (const line of describeTrainReport(result.report)) console.error(line);
  if (result.selection) console.error(`  ${describeSelection(result.selection)}`);
  await writeModelFile(values.out, task, result.model);
  const weights = Object.entries(result.model.weights).map(([f, w]) => `${f} ${w.toFixed(3)}`);
  console.error(`weights: ${weights.join(", ")}\nwrote ${values.out}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof BestMatchError ? `error: ${error.message}` : error);
    process.exit(error instanceof BestMatchError ? 2 : 1);
  },
);
