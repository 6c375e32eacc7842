/**
 * rankProposals on jobs with about 50 proposals each: a corpus generated with the generator's
 * proposalsPerJob = 50 (25-75 per job), measured on query jobs with at least 50. Every proposal is
 * ranked (limit = the job's count), with explanations.
 */
import { PROPOSALS_QUICK_SPEC, PROPOSALS_SPEC, type Figure, type Suite } from "./lib/context.js";
import { timeQueries } from "./lib/measure.js";
import { spread } from "./lib/stats.js";

export const rankProposalsSuite: Suite = {
  name: "rank-proposals",
  perSize: false,
  async run(ctx): Promise<Figure[]> {
    const spec = ctx.options.quick ? PROPOSALS_QUICK_SPEC : PROPOSALS_SPEC;
    const built = await ctx.build(spec);
    const counts = new Map<string, number>();
    for (const p of built.data.proposals) counts.set(p.jobId, (counts.get(p.jobId) ?? 0) + 1);
    const jobs = spread([...counts].filter(([, n]) => n >= 50), ctx.options.queries);
    const proposals = jobs.reduce((sum, [, n]) => sum + n, 0) / jobs.length;
    const run = await timeQueries(jobs, ([id, n]) => built.engine.rankProposals(id, { limit: n }).items.length);
    const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "rank-proposals", corpus: spec.name, name, value, unit, note });
    return [
      at("p50", run.p50, "ms", `${run.count} jobs with >= 50 proposals (mean ${proposals.toFixed(1)}), all ranked`),
      at("p99", run.p99, "ms"),
      at("mean", run.mean, "ms"),
      at("proposals/s", proposals / (run.mean / 1000), "proposals/s"),
    ];
  },
};
