/**
 * Conveniences on top of the engine's core: per-query weight boosts, and indexing a large batch
 * in chunks that yield to the event loop (so a server keeps answering while it loads).
 */
import { BestMatchError } from "./errors.js";
import type { Corpus } from "./corpus/corpus.js";
import type { ResolvedEngineOptions } from "./engine-options.js";
import { isTreesModel, type RankTask, TASK_FEATURES } from "./rank/model.js";
import { type AsyncAddOptions, type Boost, DEFAULT_ASYNC_CHUNK } from "./options.js";

/** The kinds of record an engine holds, for has/get/count. */
export type RecordKind = "freelancer" | "job" | "review" | "proposal";
export const RECORD_KINDS: readonly RecordKind[] = ["freelancer", "job", "review", "proposal"];

export function checkKind(kind: unknown): RecordKind {
  if (!RECORD_KINDS.includes(kind as RecordKind)) throw new BestMatchError("INVALID_OPTION", "unknown record kind", { field: "kind", value: kind, expected: RECORD_KINDS.join(", ") });
  return kind as RecordKind;
}

/**
 * The corpus seen through a model whose weights are multiplied by `boost`. The view shares every
 * index with the real corpus (it only shadows `options`), so it costs nothing to make; the scores
 * it gives are still exactly bias + the sum of the (boosted) contributions.
 */
export function boostedCorpus(corpus: Corpus, task: RankTask, boost: Boost | undefined): Corpus {
  if (boost === undefined) return corpus;
  if (boost === null || typeof boost !== "object" || Array.isArray(boost)) {
    throw new BestMatchError("INVALID_OPTION", 'option "boost" is invalid', { field: "boost", value: boost, expected: "an object of feature name to multiplier" });
  }
  const features: readonly string[] = TASK_FEATURES[task];
  const model = corpus.options.models[task];
  if (isTreesModel(model)) {
    throw new BestMatchError("INVALID_OPTION", `option "boost" multiplies weights: the ${task} model is a trees model, which has none`, { field: "boost", value: boost, expected: "a linear model for this task" });
  }
  const weights: Record<string, number> = { ...model.weights };
  for (const [feature, factor] of Object.entries(boost)) {
    if (!features.includes(feature)) {
      throw new BestMatchError("INVALID_OPTION", `option "boost" names a feature the ${task} model does not have`, { field: `boost.${feature}`, value: feature, expected: `one of ${features.join(", ")}` });
    }
    if (typeof factor !== "number" || !Number.isFinite(factor) || factor < 0) {
      throw new BestMatchError("INVALID_OPTION", 'option "boost" is invalid', { field: `boost.${feature}`, value: factor, expected: "a finite number >= 0" });
    }
    weights[feature] = (weights[feature] ?? 0) * factor;
  }
  const options: ResolvedEngineOptions = { ...corpus.options, models: { ...corpus.options.models, [task]: { ...model, weights } } };
  return Object.create(corpus, { options: { value: options } }) as Corpus;
}

export function checkAsyncOptions(options: AsyncAddOptions): Required<Pick<AsyncAddOptions, "chunkSize">> & AsyncAddOptions {
  const chunkSize = options.chunkSize ?? DEFAULT_ASYNC_CHUNK;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new BestMatchError("INVALID_OPTION", 'option "chunkSize" is invalid', { field: "chunkSize", value: chunkSize, expected: "an integer >= 1" });
  return { ...options, chunkSize };
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Indexes `batch` (already validated) in chunks, yielding between them. On abort (or an error
 * while indexing) every record placed so far is undone with `undo`, newest first, so the batch
 * is atomic like the synchronous add.
 */
export async function indexInChunks<T>(batch: readonly T[], options: AsyncAddOptions, place: (record: T) => () => void): Promise<void> {
  const { chunkSize, signal, onProgress } = checkAsyncOptions(options);
  const undo: Array<() => void> = [];
  try {
    signal?.throwIfAborted();
    for (let i = 0; i < batch.length; i += chunkSize) {
      for (const record of batch.slice(i, i + chunkSize)) undo.push(place(record));
      onProgress?.(Math.min(i + chunkSize, batch.length), batch.length);
      await yieldToLoop();
      signal?.throwIfAborted();
    }
  } catch (err) {
    for (let k = undo.length - 1; k >= 0; k--) undo[k]();
    throw err;
  }
}
