/**
 * Worker thread entry: loads the engine from the shared snapshot bytes once, then ranks the
 * batches it is sent. Built as dist/worker.js, used by the CLI and by rankInWorkers.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadCheckedBytes, loadEngine } from "../engine-load.js";
import type { Engine } from "../engine-types.js";
import { rankBatch, type Subject } from "../cli/rank-batch.js";
import { rankSubjects, type RankSubject } from "./rank-subjects.js";
import type { BatchRequest, WorkerReply, WorkerSetup, WorkerTask } from "./worker-protocol.js";

const port = parentPort;
if (!port) throw new Error("bestmatch worker must run in a worker thread");
const setup = workerData as WorkerSetup;

const reply = (message: WorkerReply) => port.postMessage(message);
const describe = (err: unknown) => ({
  name: err instanceof Error ? err.name : "Error",
  message: err instanceof Error ? err.message : String(err),
  code: (err as { code?: string })?.code,
});

function run(engine: Engine, task: WorkerTask, subjects: RankSubject[]): unknown {
  return task.kind === "text" ? rankBatch(engine, subjects as Subject[], task.spec) : rankSubjects(engine, task.task, subjects, task.options);
}

try {
  if (!(setup.snapshot instanceof SharedArrayBuffer)) throw new Error("bestmatch worker: the snapshot must arrive as a SharedArrayBuffer");
  const engine = setup.checked ? loadCheckedBytes(setup.snapshot) : await loadEngine(setup.snapshot);
  port.on("message", (request: BatchRequest) => {
    if (request.kind === "probe") {
      reply({ kind: "probe", at: request.at, value: new Uint8Array(setup.snapshot)[request.at], shared: setup.snapshot instanceof SharedArrayBuffer });
      return;
    }
    try {
      reply({ kind: "done", batch: request.batch, result: run(engine, setup.task, request.subjects), count: request.subjects.length });
    } catch (err) {
      reply({ kind: "error", batch: request.batch, error: describe(err) });
    }
  });
  reply({ kind: "ready" });
} catch (err) {
  reply({ kind: "error", batch: -1, error: describe(err) });
}
