/**
 * The snapshot reaches a worker thread as the same memory, not a copy: a byte changed by the main
 * thread after the worker has loaded is the byte the worker reads.
 */
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import { toSharedBytes } from "./shared-snapshot.js";
import { startWorker } from "./worker-pool.js";
import type { WorkerReply } from "./worker-protocol.js";

describe("worker threads and the shared snapshot", () => {
  it("when the main thread changes a byte of the shared snapshot then the worker reads the new byte", async () => {
    const engine = createEngine();
    engine.addFreelancers([{ id: "a", title: "React developer", skills: ["React"] }]);
    const snapshot = toSharedBytes(engine.toBuffer());
    const worker = startWorker({ snapshot, task: { kind: "results", task: "freelancers", options: {} } });
    try {
      const replies: WorkerReply[] = [];
      worker.on("message", (r: WorkerReply) => replies.push(r));
      while (!replies.some((r) => r.kind === "ready")) await once(worker, "message");
      const at = snapshot.byteLength - 1;
      const view = new Uint8Array(snapshot);
      view[at] = (view[at] + 1) % 256;
      worker.postMessage({ kind: "probe", at });
      while (!replies.some((r) => r.kind === "probe")) await once(worker, "message");
      expect(replies.find((r) => r.kind === "probe")).toEqual({ kind: "probe", at, value: view[at], shared: true });
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it("toSharedBytes keeps a SharedArrayBuffer as it is and copies anything else once", () => {
    const shared = new SharedArrayBuffer(4);
    expect(toSharedBytes(shared)).toBe(shared);
    expect(toSharedBytes(new Uint8Array(shared))).toBe(shared);
    const copy = toSharedBytes(Buffer.from([1, 2, 3]));
    expect(copy).toBeInstanceOf(SharedArrayBuffer);
    expect([...new Uint8Array(copy)]).toEqual([1, 2, 3]);
    expect([...new Uint8Array(toSharedBytes(new Uint8Array([9, 8, 7, 6]).subarray(1, 3)))]).toEqual([8, 7]);
  });
});
