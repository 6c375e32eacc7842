/**
 * Training from a data folder (freelancers, jobs, reviews, proposals and outcomes.csv, as the
 * generator and the Stack Exchange importer write them) and writing the result as a --model file.
 *
 * Features are read off an engine holding the whole folder. For dated data whose profiles change
 * over time (Stack Exchange) that engine knows each freelancer's latest state, not the state at the
 * job's time; scripts/eval-stackexchange.ts trains leak-free through its replay instead.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import { BestMatchError } from "../errors.js";
import { createEngine } from "../index.js";
import { tempPathFor } from "../io/atomic-output.js";
import type { Model, RankTask } from "../rank/model.js";
import { readDataFolder, type Rejected } from "./dataset.js";
import { queriesFromEngine, type QueriesFromEngineOptions } from "./train-examples.js";
import { trainModel, type TrainOptions, type TrainResult } from "./train.js";
import { trainWithSelection, type Selection } from "./train-select.js";

export type TrainableTask = Extract<RankTask, "proposals" | "freelancers">;

export interface FolderTrainResult extends TrainResult {
  /** Rows the reader rejected (invalid records are skipped and counted, never silently). */
  rejected: Rejected[];
  jobs: number;
  /** Set when the regularization strength was chosen on the latest jobs (no `regularization` given). */
  selection?: Selection;
}

export async function trainFromDataFolder(
  dir: string,
  task: TrainableTask,
  options: TrainOptions & QueriesFromEngineOptions = {},
): Promise<FolderTrainResult> {
  const data = await readDataFolder(dir, { onInvalid: "skip" });
  if (data.outcomes.length === 0) throw new BestMatchError("INVALID_INPUT", "no outcomes to learn from: outcomes.csv is missing or empty", { file: dir });
  const engine = createEngine(options.prior ? { model: { [task]: options.prior } } : {});
  engine.addFreelancers(data.freelancers);
  engine.addJobs(data.jobs);
  engine.addReviews(data.reviews);
  engine.addProposals(data.proposals);
  // Time order (undated jobs last, then by id), so the held-out queries are the latest ones.
  const time = (t: unknown) => (typeof t === "number" ? t : Infinity);
  const ordered = [...data.jobs].sort((a, b) => time(a.postedAt) - time(b.postedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const jobIds = ordered.map((j) => j.id);
  const queries = queriesFromEngine(engine, task, data.outcomes, jobIds, options);
  const result = options.regularization === undefined ? trainWithSelection(task, queries, options) : trainModel(task, queries, options);
  return { ...result, rejected: data.rejected, jobs: jobIds.length };
}

/** The --model file shape for one task (src/cli/engine-config.ts): the model with its `task` first. */
export function modelFileJson(task: RankTask, model: Model): string {
  return `${JSON.stringify({ task, ...model }, null, 2)}\n`;
}

/** Writes through a temp file and a rename, so a reader never sees half a model. */
export async function writeModelFile(path: string, task: RankTask, model: Model): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, modelFileJson(task, model));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new BestMatchError("OUTPUT_IO", `could not write the model: ${(error as Error).message}`, { file: path });
  }
}
