/**
 * Query latency on the main data set (100k, or 10k with --quick): rankFreelancers two-stage p50/p99
 * over 200 jobs, with exhaustive scoring as the in-process baseline; recommendJobs and rankProposals p50.
 */
import type { BenchContext, Figure, OperationResult } from "./lib/context.js";
import { median, percentile, spread, timeEach } from "./lib/stats.js";

const QUERIES = 200;
const WARMUP = 10;

export async function rankBench(ctx: BenchContext): Promise<OperationResult> {
  const built = await ctx.build(ctx.mainSpec);
  const { engine, data } = built;
  const corpus = `${data.freelancers.length} freelancers, ${data.jobs.length} jobs, ${data.proposals.length} proposals (candidates = 1000)`;
  ctx.options.log(`[rank] corpus: ${corpus}`);
  const jobs = ctx.queryJobs(built, QUERIES);
  const freelancers = spread(data.freelancers, QUERIES).map((f) => f.id);
  for (const id of jobs.slice(0, WARMUP)) engine.rankFreelancers(id, { limit: 20 });

  const twoStage = timeEach(jobs, (id) => engine.rankFreelancers(id, { limit: 20 }));
  const exhaustive = ctx.exhaustiveRuns(built);
  const twoStageSame = timeEach(exhaustive.jobs, (id) => engine.rankFreelancers(id, { limit: 20 }));
  const recommend = timeEach(freelancers, (id) => engine.recommendJobs(id, { limit: 20 }));
  const recommendExhaustive = timeEach(freelancers.slice(0, 50), (id) => engine.recommendJobs(id, { limit: 20, exhaustive: true }));
  const proposals = timeEach(jobs, (id) => engine.rankProposals(id, { limit: 20 }));

  const figures: Figure[] = [
    { name: "rankFreelancers two-stage p50", value: median(twoStage), unit: "ms", note: `${jobs.length} jobs, limit 20` },
    { name: "rankFreelancers two-stage p99", value: percentile(twoStage, 99), unit: "ms" },
    { name: "rankFreelancers exhaustive p50", value: median(exhaustive.ms), unit: "ms", note: `${exhaustive.jobs.length} jobs` },
    { name: "exhaustive / two-stage p50", value: median(exhaustive.ms) / median(twoStageSame), unit: "x", note: "same jobs, same process" },
    { name: "recommendJobs two-stage p50", value: median(recommend), unit: "ms", note: `${freelancers.length} freelancers` },
    { name: "recommendJobs two-stage p99", value: percentile(recommend, 99), unit: "ms" },
    { name: "recommendJobs exhaustive p50", value: median(recommendExhaustive), unit: "ms", note: `${recommendExhaustive.length} freelancers` },
    { name: "rankProposals p50", value: median(proposals), unit: "ms", note: `${jobs.length} jobs, ~8 proposals each` },
    { name: "rankProposals p99", value: percentile(proposals, 99), unit: "ms" },
  ];
  return { operation: "rank", corpus, figures };
}
