/**
 * `tsx scripts/eval-stackexchange.ts [--dump DIR] [--data IMPORTED_DIR] [--json FILE]`
 * Evaluates bestmatch on the three Stack Exchange tasks of ../shared/data/README.md with leak-free
 * joins (src/learn/replay.ts, src/learn/se-eval.ts) against the baselines, and prints a table.
 * Default dump: ../shared/data/stackexchange-cardano, imported into a temp folder.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluateQuestionTasks, evaluateRecommend } from "../src/learn/se-eval.js";
import { ReputationAsOf } from "../src/learn/se-history.js";
import {
  arrivalOrder,
  bestmatchFreelancers,
  bestmatchProposals,
  bestmatchRecommend,
  mostActiveUsers,
  newestFirst,
  randomProposals,
  randomRecommend,
  reputationProposals,
  tagOverlap,
} from "../src/learn/se-rankers.js";
import { miniSearchIndex, oramaIndex } from "../bench/lib/peer-text.js";
import { bm25Freelancers, bm25Proposals, bm25Recommend } from "../bench/lib/se-bm25.js";
import { loadStackExchange, newReplay, printTasks } from "../bench/lib/stackexchange.js";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dump: { type: "string" }, data: { type: "string" }, json: { type: "string" } } });
  const started = Date.now();
  const se = await loadStackExchange({ dumpDir: values.dump, dataDir: values.data });
  if (!se) {
    console.log("skipping: the Stack Exchange dump (../shared/data/stackexchange-cardano or --dump) is absent");
    return 0;
  }
  console.log(
    `corpus: ${se.dumpDir}: ${se.data.jobs.length} questions, ${se.data.proposals.length} answers, ${se.snapshots.length} freelancer snapshots, ${se.data.reviews.length} reviews`,
  );
  for (const r of se.data.rejected) console.log(`rejected by validation: ${r.rows} rows of ${r.file}, e.g. ${r.example}`);
  const reputation = new ReputationAsOf(se.dump);
  const questionTasks = await evaluateQuestionTasks(
    se.input,
    newReplay(se),
    [bestmatchProposals, arrivalOrder, randomProposals, reputationProposals(reputation), bm25Proposals()],
    [bestmatchFreelancers(true), bestmatchFreelancers(false), bm25Freelancers(miniSearchIndex()), bm25Freelancers(oramaIndex()), mostActiveUsers],
  );
  const recommend = await evaluateRecommend(se.input, newReplay(se), [
    bestmatchRecommend(true),
    bestmatchRecommend(false),
    bm25Recommend(miniSearchIndex()),
    tagOverlap,
    newestFirst,
    randomRecommend,
  ]);
  const results = [...questionTasks, recommend];
  printTasks(results);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
