/**
 * bestmatch against MiniSearch and Orama:
 *  1. text retrieval speed on the same generated corpus (index rate, query p50 via tinybench):
 *     full job text queries on 10k freelancers, and short (title) queries on the main data set;
 *  2. ranking quality on the Stack Exchange "rank freelancers" task (NDCG@10, recall@20), leak-free:
 *     bestmatch vs BM25 over each user's past answers (MiniSearch, Orama) and most active users.
 */
import { DATA_SPECS, type BenchContext, type Figure, type OperationResult } from "./lib/context.js";
import { freelancerText, jobText, textSpeed } from "./lib/peer-speed.js";
import { miniSearchIndex, oramaIndex } from "./lib/peer-text.js";
import { bm25Freelancers } from "./lib/se-bm25.js";
import { loadStackExchange, newReplay } from "./lib/stackexchange.js";
import { spread } from "./lib/stats.js";
import { evaluateQuestionTasks } from "../src/learn/se-eval.js";
import { bestmatchFreelancers, mostActiveUsers } from "../src/learn/se-rankers.js";

export async function peersBench(ctx: BenchContext): Promise<OperationResult> {
  const figures: Figure[] = [];
  const corpora: string[] = [];
  const log = ctx.options.log;

  // Long queries cost MiniSearch and Orama ~0.15 s and ~0.5 s each at 10k, so they run on 10k only.
  const small = await ctx.build(DATA_SPECS["10k"]);
  const smallDocs = small.data.freelancers.map((f) => ({ id: f.id, text: freelancerText(f) }));
  log(`[peers] corpus: ${smallDocs.length} freelancer texts (title, overview, skills); 30 full job texts as queries`);
  corpora.push(`${smallDocs.length} freelancer texts, full job queries`);
  figures.push(...(await textSpeed("10k full-text", smallDocs, spread(small.data.jobs, 30).map((j) => jobText(j, true)))));

  const main = await ctx.build(ctx.mainSpec);
  const mainDocs = main.data.freelancers.map((f) => ({ id: f.id, text: freelancerText(f) }));
  // Orama took 5.5 s per title query at 100k (p50), so the full run uses 20 queries.
  const titleQueries = ctx.options.quick ? 200 : 20;
  log(`[peers] corpus: ${mainDocs.length} freelancer texts; ${titleQueries} job titles as queries`);
  corpora.push(`${mainDocs.length} freelancer texts, title queries`);
  figures.push(...(await textSpeed(`${ctx.mainSpec.name} title`, mainDocs, spread(main.data.jobs, titleQueries).map((j) => jobText(j, false)))));

  const se = await loadStackExchange();
  if (!se) {
    log("[peers] skipping Stack Exchange quality: ../shared/data/stackexchange-cardano is absent");
    return { operation: "peers", corpus: corpora.join("; "), figures };
  }
  log(`[peers] corpus: Stack Exchange ${se.data.jobs.length} questions, ${se.data.proposals.length} answers (leak-free replay)`);
  corpora.push(`Stack Exchange cardano: ${se.data.jobs.length} questions`);
  const [, freelancers] = await evaluateQuestionTasks(
    se.input,
    newReplay(se),
    [],
    [bestmatchFreelancers(true), bestmatchFreelancers(false), bm25Freelancers(miniSearchIndex()), bm25Freelancers(oramaIndex()), mostActiveUsers],
  );
  for (const row of freelancers.rows) {
    for (const metric of ["NDCG@10", "recall@20"]) {
      figures.push({ name: `SE freelancers ${metric} ${row.ranker}`, value: row.metrics[metric], unit: "", note: `${freelancers.queries} questions` });
    }
  }
  return { operation: "peers", corpus: corpora.join("; "), figures };
}
