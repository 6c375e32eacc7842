/** Messages between a ranking pool and its worker threads. */
import type { RankFreelancersOptions, RankProposalsOptions, RecommendJobsOptions } from "../options.js";
import type { RankTask } from "../rank/model.js";
import type { BatchSpec } from "../cli/rank-batch.js";
import type { RankSubject } from "./rank-subjects.js";

/** Rank options that can cross to a thread: plain data only (no `filter` function). */
export type PortableRankOptions = Omit<RankFreelancersOptions, "filter"> | RankProposalsOptions | Omit<RecommendJobsOptions, "filter">;

/** What a worker makes of a batch: the CLI's formatted text, or the library's RankResults. */
export type WorkerTask = { kind: "text"; spec: BatchSpec } | { kind: "results"; task: RankTask; options: PortableRankOptions };

export interface WorkerSetup {
  /** Snapshot bytes every worker loads, shared (never copied): all rank against the same index. */
  snapshot: SharedArrayBuffer;
  /** The sender made these bytes or has loaded them (so checked every section): the worker need not checksum them again. */
  checked?: boolean;
  task: WorkerTask;
}

export type BatchRequest =
  | { kind: "batch"; batch: number; subjects: RankSubject[] }
  /** Reads one byte of the worker's snapshot buffer: a test that the buffer is shared, not copied. */
  | { kind: "probe"; at: number };

export type WorkerReply =
  | { kind: "ready" }
  | { kind: "done"; batch: number; result: unknown; count: number }
  | { kind: "probe"; at: number; value: number; shared: boolean }
  | { kind: "error"; batch: number; error: { name: string; message: string; code?: string } };
