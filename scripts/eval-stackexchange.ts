/**
 * `tsx scripts/eval-stackexchange.ts [--dump DIR] [--data IMPORTED_DIR] [--json FILE] [--split-share 0.7]`
 * Evaluates bestmatch on the three Stack Exchange tasks of ../shared/data/README.md with leak-free
 * joins (src/learn/replay.ts, src/learn/se-eval.ts) against the baselines, and prints a table.
 * The question tasks are scored on the questions after a time split (the last 30% by default), so
 * "bestmatch trained" (src/learn/train-se.ts) can learn from the earlier ones; every ranker is
 * scored on the same later questions.
 * Default dump: ../shared/data/stackexchange-cardano, imported into a temp folder.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluateQuestionTasks, evaluateRecommend, SPLIT_SHARE, timeSplit } from "../src/learn/se-eval.js";
import { acceptanceKnownFrom, trainedFreelancers, trainedProposals } from "../src/learn/train-se.js";
import { describeTrainReport } from "../src/learn/train.js";
import { describeSelection } from "../src/learn/train-select.js";
import { describeFeatureDiagnostics, featureDiagnostics } from "../src/learn/train-diagnostics.js";
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
  const { values } = parseArgs({
    options: { dump: { type: "string" }, data: { type: "string" }, json: { type: "string" }, "split-share": { type: "string" } },
  });
  const share = Number(values["split-share"] ?? SPLIT_SHARE);
  if (!(share > 0 && share < 1)) {
    console.error(`--split-share must be a number between 0 and 1, got "${values["split-share"]}"`);
    return 2;
  }
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
  const split = timeSplit(se.data.jobs, share);
  const known = { acceptedKnownFrom: acceptanceKnownFrom(se.input, se.dump.votes ?? []) };
  const trainedP = trainedProposals(se.input, known, split);
  const trainedF = trainedFreelancers(se.input, known, split);
  const questionTasks = await evaluateQuestionTasks(
    se.input,
    newReplay(se),
    [bestmatchProposals, trainedP, arrivalOrder, randomProposals, reputationProposals(reputation), bm25Proposals()],
    [trainedF, bestmatchFreelancers(true), bestmatchFreelancers(false), bm25Freelancers(miniSearchIndex()), bm25Freelancers(oramaIndex()), mostActiveUsers],
    { split },
  );
  console.log(`\ntime split at ${new Date(split).toISOString()}: training on earlier questions (labels known before the split only)`);
  for (const r of [trainedP, trainedF]) {
    if (!r.report || !r.model) continue;
    for (const line of describeTrainReport(r.report)) console.log(line);
    if (r.selection) console.log(`  ${describeSelection(r.selection)}`);
    console.log(`  weights: ${Object.entries(r.model.weights).map(([f, w]) => `${f} ${w.toFixed(3)}`).join(", ")}`);
    console.log("  each feature alone on the training queries (flat q: share of queries where it is one value for all;");
    console.log("  pair acc: share of (better, worse) pairs it orders right, ties 1/2; mean+/-: answerers / others):");
    for (const line of describeFeatureDiagnostics(featureDiagnostics(r.report.task, r.queries))) console.log(line);
  }
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
