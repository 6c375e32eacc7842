/** Messages between the batch runner and its worker threads. */
import type { BatchSpec, Subject } from "./rank-batch.js";

export interface WorkerSetup {
  /** Snapshot every worker loads, so all rank against the same engine. */
  snapshot: string;
  spec: BatchSpec;
}

export interface BatchRequest {
  batch: number;
  subjects: Subject[];
}

export type WorkerReply =
  | { kind: "ready" }
  | { kind: "done"; batch: number; text: string; count: number }
  | { kind: "error"; batch: number; error: { name: string; message: string; code?: string } };
