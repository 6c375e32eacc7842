/**
 * --model and --taxonomy files -> engine options, validated with messages naming the file.
 *
 * A model file is either one model for one task, `{ "task": "freelancers", "version": 1,
 * "bias": 0, "weights": {...} }`, or several keyed by task:
 * `{ "freelancers": {...}, "proposals": {...}, "jobs": {...} }` (any subset).
 */
import { BestMatchError } from "../errors.js";
import { readJsonFile } from "../io/input.js";
import { RANK_TASKS, validateModel, type Model, type RankTask } from "../rank/model.js";
import { validateTaxonomy } from "../skills/taxonomy.js";
import type { EngineOptions } from "../options.js";

export const MODEL_FILE_HELP = `A --model file holds one model with its task,
  { "task": "freelancers", "version": 1, "bias": 0, "weights": { "requiredSkills": 0.4, ... } }
or models keyed by task (any subset; tasks left out keep their defaults):
  { "freelancers": { "version": 1, ... }, "proposals": { ... }, "jobs": { ... } }
A model is linear (as above; "type": "linear" optional) or trees ("type": "trees", as
bestmatch train --learner trees writes it).`;

export function parseModelFile(json: unknown, file: string): Partial<Record<RankTask, Model>> {
  const fail = (message: string, value?: unknown): never => {
    throw new BestMatchError("INVALID_MODEL", message, { file, value, expected: 'a model with "task", or an object keyed by freelancers, proposals, jobs' });
  };
  if (typeof json !== "object" || json === null || Array.isArray(json)) return fail("must be a JSON object", json);
  const obj = json as Record<string, unknown>;
  if ("weights" in obj || "task" in obj) {
    const { task, ...model } = obj;
    if (typeof task !== "string" || !(RANK_TASKS as readonly string[]).includes(task)) return fail('a single model needs "task": freelancers, proposals or jobs', task);
    return { [task as RankTask]: validateModel(model, task as RankTask, file) };
  }
  const out: Partial<Record<RankTask, Model>> = {};
  for (const [key, model] of Object.entries(obj)) {
    if (!(RANK_TASKS as readonly string[]).includes(key)) fail(`unknown task "${key}"`, key);
    out[key as RankTask] = validateModel(model, key as RankTask, file);
  }
  return out;
}

export interface EngineFiles {
  model?: string;
  taxonomy?: string;
}

export async function engineOptionsFromFiles(files: EngineFiles): Promise<Partial<EngineOptions>> {
  const options: Partial<EngineOptions> = {};
  if (files.taxonomy !== undefined) options.taxonomy = validateTaxonomy(await readJsonFile(files.taxonomy), files.taxonomy);
  if (files.model !== undefined) options.model = parseModelFile(await readJsonFile(files.model), files.model);
  return options;
}
