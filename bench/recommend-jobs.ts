/** recommendJobs top 20 for freelancers, over a corpus of 100k jobs (the 10k corpus' 1,000 jobs with --quick). */
import { JOBS_SPEC, SIZE_SPECS, type Figure, type Suite } from "./lib/context.js";
import { timeQueries } from "./lib/measure.js";
import { spread } from "./lib/stats.js";

export const recommendJobsSuite: Suite = {
  name: "recommend-jobs",
  perSize: false,
  async run(ctx): Promise<Figure[]> {
    const spec = ctx.options.quick ? SIZE_SPECS["10k"] : JOBS_SPEC;
    const built = await ctx.build(spec);
    const freelancers = spread(built.data.freelancers, ctx.options.queries).map((f) => f.id);
    const { engine } = built;
    const twoStage = await timeQueries(freelancers, (id) => engine.recommendJobs(id, { limit: 20 }).items.length);
    const exhaustive = await timeQueries(freelancers, (id) => engine.recommendJobs(id, { limit: 20, exhaustive: true }).items.length, {
      ms: ctx.options.peerBudgetMs,
      min: 5,
    });
    const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "recommend-jobs", corpus: spec.name, name, value, unit, note });
    return [
      at("two-stage p50", twoStage.p50, "ms", `${twoStage.count} freelancers, ${built.data.jobs.length} jobs, limit 20`),
      at("two-stage p99", twoStage.p99, "ms"),
      at("two-stage mean", twoStage.mean, "ms"),
      at("exhaustive p50", exhaustive.p50, "ms", `${exhaustive.count} freelancers`),
      at("exhaustive mean", exhaustive.mean, "ms"),
    ];
  },
};
