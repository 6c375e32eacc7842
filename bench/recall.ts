/** recall@20 of two-stage retrieval against exhaustive scoring (goal >= 0.99), at the default candidates setting. */
import type { BenchContext, OperationResult } from "./lib/context.js";
import { mean, recallAtK } from "../src/learn/metrics.js";
import { percentile } from "./lib/stats.js";

export async function recallBench(ctx: BenchContext): Promise<OperationResult> {
  const built = await ctx.build(ctx.mainSpec);
  const { engine, data } = built;
  const corpus = `${data.freelancers.length} freelancers, ${data.jobs.length} jobs (candidates = 1000, the default)`;
  ctx.options.log(`[recall] corpus: ${corpus}`);
  const { jobs, top } = ctx.exhaustiveRuns(built);
  const recalls = jobs.map((id) => {
    const reference = new Set(top.get(id));
    const got = engine.rankFreelancers(id, { limit: 20 }).items.map((i) => i.id);
    return reference.size === 0 ? 1 : recallAtK(got, reference, 20);
  });
  return {
    operation: "recall",
    corpus,
    figures: [
      { name: "recall@20 two-stage vs exhaustive (mean)", value: mean(recalls), unit: "", note: `${jobs.length} jobs; goal >= 0.99` },
      { name: "recall@20 worst job", value: Math.min(...recalls), unit: "" },
      { name: "recall@20 p10 job", value: percentile(recalls, 10), unit: "" },
      { name: "jobs with recall@20 = 1", value: recalls.filter((r) => r === 1).length / recalls.length, unit: "share" },
    ],
  };
}
