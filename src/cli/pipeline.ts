/**
 * The steps every ranking command shares: read and check the CSV inputs, index them, then
 * rank every subject into the output. Commands differ only in which files, which subjects
 * and which task.
 */
import { createEngine } from "../engine.js";
import type { Engine } from "../engine-types.js";
import type { RankTask } from "../rank/model.js";
import { note, type CliIO } from "./cli-io.js";
import { printable } from "../errors.js";
import { createPolicy, reportRejects, withOutput, type OutputOptions, type PolicyOptions } from "./common.js";
import { engineOptionsFromFiles, type EngineFiles } from "./engine-config.js";
import { runBatch } from "./batch.js";
import { customSkillNotes } from "./custom-skills-note.js";
import { loadInputs, type InputPaths, type Inputs } from "./inputs.js";
import { createProgress, type Progress } from "./progress.js";
import { type Subject, subjectId } from "./rank-batch.js";
import { inShard } from "../scale/shard.js";
import { defaultWorkerCount } from "../scale/worker-count.js";

export interface Indexed {
  engine: Engine;
  inputs: Inputs;
  progress: Progress;
}

export interface IndexSteps {
  /** Checks on the inputs before the (slow) indexing, e.g. that --job names a job in the file. */
  check?: (inputs: Inputs) => void;
  /** Progress label while indexing. */
  phase: (inputs: Inputs) => string;
  /** Where the engine comes from (default: a new engine with the --model/--taxonomy files). */
  engine?: () => Promise<Engine>;
  /** The jobs are queries ranked as records, not indexed (rank). */
  jobsAreQueries?: boolean;
}

export async function loadAndIndex(opts: PolicyOptions & EngineFiles & { quiet?: boolean }, io: CliIO, paths: InputPaths, steps: IndexSteps): Promise<Indexed> {
  const policy = createPolicy(opts);
  const progress = createProgress(io, Boolean(opts.quiet));
  const engineOptions = await engineOptionsFromFiles(opts);
  const inputs = await loadInputs(paths, { io, policy, progress, quiet: Boolean(opts.quiet), formatIn: opts.formatIn, delimiter: opts.delimiter, strict: opts.strict });
  await reportRejects(policy, opts, io);
  steps.check?.(inputs);
  progress.phase(steps.phase(inputs));
  const engine = steps.engine ? await steps.engine() : createEngine(engineOptions);
  engine.addFreelancers(inputs.freelancers);
  if (!steps.jobsAreQueries) engine.addJobs(inputs.jobs);
  engine.addReviews(inputs.reviews);
  engine.addProposals(inputs.proposals);
  if (!opts.quiet) for (const line of customSkillNotes(engine, steps.jobsAreQueries ? inputs.jobs : [])) note(io, line);
  noteFutureDates(engine, io);
  return { engine, inputs, progress };
}

/** Dates the data clock set aside (see EngineOptions.futureDates) are worth a line: they are usually typos. */
export function noteFutureDates(engine: Engine, io: CliIO): void {
  const { futureDates, futureDateCount: count, now } = engine.stats();
  if (!count) return;
  const shown = futureDates.slice(0, 3).map((d) => `${d.kind} "${d.id}" ${d.field} ${d.date.slice(0, 10)}`).join(", ");
  const more = count > 3 ? ` and ${count - 3} more` : "";
  note(io, printable(`warning: ${count} date${count === 1 ? " lies" : "s lie"} after the data clock (${now.slice(0, 10)}) and count${count === 1 ? "s" : ""} as that day: ${shown}${more}`));
}

export interface RankRun {
  subjects: Subject[];
  task: RankTask;
  /** Progress unit ("jobs", "freelancers"). */
  unit: string;
  /** The snapshot the engine came from (--index): its bytes (see loadSharedSnapshot), shared with the workers, or its path. */
  snapshot?: SharedArrayBuffer | string;
}

/** Ranks every subject into --out; returns how many were ranked and how long it took. */
export async function rankToOutput(
  opts: OutputOptions & { top: number; workers?: number },
  io: CliIO,
  { engine, progress }: Indexed,
  run: RankRun,
): Promise<{ ranked: number; seconds: number }> {
  const started = Date.now();
  const shard = opts.shard;
  const subjects = shard ? run.subjects.filter((s) => inShard(subjectId(s), shard)) : run.subjects;
  const ranked = await withOutput(opts.out, io, (output) =>
    runBatch({
      engine,
      subjects,
      spec: { format: { format: opts.format, task: run.task, explain: Boolean(opts.explain) }, limit: opts.top },
      // No --workers: what was fastest for a batch this long (src/scale/worker-count.ts).
      workers: opts.workers ?? defaultWorkerCount(subjects.length, io.cpus),
      snapshot: run.snapshot,
      output,
      progress,
      unit: run.unit,
    }),
  );
  return { ranked, seconds: (Date.now() - started) / 1000 };
}
