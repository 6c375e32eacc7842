/**
 * Worker thread entry: loads the shared snapshot once, then ranks the batches it is sent.
 * Built as dist/worker.js next to the CLI.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadEngine } from "../engine.js";
import { rankBatch } from "./rank-batch.js";
import type { BatchRequest, WorkerReply, WorkerSetup } from "./worker-protocol.js";

const port = parentPort;
if (!port) throw new Error("bestmatch worker must run in a worker thread");
const setup = workerData as WorkerSetup;

const reply = (message: WorkerReply) => port.postMessage(message);
const describe = (err: unknown) => ({
  name: err instanceof Error ? err.name : "Error",
  message: err instanceof Error ? err.message : String(err),
  code: (err as { code?: string })?.code,
});

try {
  const engine = await loadEngine(setup.snapshot);
  port.on("message", (request: BatchRequest) => {
    try {
      reply({ kind: "done", batch: request.batch, text: rankBatch(engine, request.subjects, setup.spec), count: request.subjects.length });
    } catch (err) {
      reply({ kind: "error", batch: request.batch, error: describe(err) });
    }
  });
  reply({ kind: "ready" });
} catch (err) {
  reply({ kind: "error", batch: -1, error: describe(err) });
}
