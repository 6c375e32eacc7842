/**
 * rankFreelancers with a LambdaMART trees model against the default linear one, same corpus, same
 * process: two-stage p50 / p99 (top 20, explanations, so TreeSHAP for the page) and NDCG@20 against
 * the hidden preferences. Tree models are not bounded (every retrieved candidate is scored, see
 * src/rank/prune.ts), so this measures what that costs. The trees are trained here on the corpus'
 * own outcomes: features read off the linear engine's top 200 for 200 jobs with outcomes (not query jobs).
 * Goal: trees two-stage p50 at most 1.5x the linear p50 at 100k.
 */
import { createEngine } from "../src/index.js";
import { featureExamplesFromRanking, OUTCOME_GAINS } from "../src/learn/train-examples.js";
import { trainTreesWithSelection } from "../src/learn/train-trees.js";
import type { DataSpec, Figure, Suite } from "./lib/context.js";
import { timeQueries } from "./lib/measure.js";
import { meanNdcg } from "./lib/quality.js";

const ids = (r: { items: Array<{ id: string }> }): string[] => r.items.map((i) => i.id);
const TRAINING_JOBS = 200;

export const rankFreelancersTreesSuite: Suite = {
  name: "rank-freelancers-trees",
  perSize: true,
  async run(ctx, spec: DataSpec): Promise<Figure[]> {
    const built = await ctx.build(spec);
    const { engine, data } = built;
    const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "rank-freelancers-trees", corpus: spec.name, name, value, unit, note });
    const queryJobs = new Set(ctx.queryJobs(built));
    const withOutcomes = [...new Set(data.outcomes.map((o) => o.jobId))].filter((id) => !queryJobs.has(id)).sort().slice(0, TRAINING_JOBS);
    const t = performance.now();
    const gains = new Map<string, Map<string, number>>();
    for (const o of data.outcomes) {
      const byFreelancer = gains.get(o.jobId) ?? new Map<string, number>();
      byFreelancer.set(o.freelancerId, Math.max(byFreelancer.get(o.freelancerId) ?? 0, OUTCOME_GAINS.freelancers[o.outcome]));
      gains.set(o.jobId, byFreelancer);
    }
    const examples = withOutcomes.map((id) => featureExamplesFromRanking(engine.rankFreelancers(id, { limit: 200 }).items, gains.get(id)!));
    const { model } = trainTreesWithSelection("freelancers", examples);
    const trainMs = performance.now() - t;
    const trees = createEngine({ model: { freelancers: model } });
    trees.addFreelancers(data.freelancers);
    trees.addJobs(data.jobs);
    trees.addReviews(data.reviews);
    trees.addProposals(data.proposals);
    const jobs = [...queryJobs];
    trees.rankFreelancers(jobs[0], { limit: 20 }); // warm-up, as the linear engine had in build()
    const linearRun = await timeQueries(jobs, (id) => ids(engine.rankFreelancers(id, { limit: 20 })));
    const treesRun = await timeQueries(jobs, (id) => ids(trees.rankFreelancers(id, { limit: 20 })));
    const truth = ctx.truthFor(built);
    const answered = (r: string[][]) => new Map(jobs.map((id, k) => [id, r[k]]));
    const quality = meanNdcg(truth, new Map([["linear", answered(linearRun.results)], ["trees", answered(treesRun.results)]]));
    return [
      at("linear two-stage p50", linearRun.p50, "ms", `${linearRun.count} jobs, limit 20, explanations`),
      at("trees two-stage p50", treesRun.p50, "ms", `${model.trees.length} trees, TreeSHAP for the page`),
      at("trees two-stage p99", treesRun.p99, "ms"),
      at("trees / linear p50", treesRun.p50 / linearRun.p50, "x", "goal <= 1.5 at 100k"),
      at("NDCG@20 linear", quality.get("linear") as number, "", "hidden preferences"),
      at("NDCG@20 trees", quality.get("trees") as number, "", `trained on ${examples.length} jobs' outcomes in ${(trainMs / 1000).toFixed(1)} s`),
    ];
  },
};
