/**
 * `tsx scripts/eval-generated.ts [--freelancers N] [--jobs N] [--seed N]`
 * Ranking quality of rankProposals on generated data, whose outcomes come from a hidden preference
 * model (src/generate/preference.ts): NDCG@10 with hired = 2, interviewed = 1, and MRR / P@1 of the
 * hired proposal, against arrival order, seeded random and the freelancer's smoothed rating alone.
 * Shows whether the default weights point the same way as the clients' hidden preferences.
 * "bestmatch trained" learns weights (src/learn/train.ts) from the outcomes of the first half of the
 * jobs (by posting date) and every ranker is measured on the other half only.
 * Data is generated once into data/bench/eval-<spec> (git-ignored) and reused.
 */
import { parseArgs } from "node:util";
import { BenchContext } from "../bench/lib/context.js";
import type { ProposalRecord } from "../src/model/records.js";
import { mean, ndcgAtK, reciprocalRank } from "../src/learn/metrics.js";
import { seededShuffles } from "../src/learn/se-rankers.js";
import { describeTrainReport } from "../src/learn/train.js";
import { describeSelection, trainWithSelection } from "../src/learn/train-select.js";
import { orderWith, queriesFromEngine } from "../src/learn/train-examples.js";

type Ranker = { name: string; rank: (jobId: string, proposals: ProposalRecord[]) => string[][] };

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { freelancers: { type: "string" }, jobs: { type: "string" }, seed: { type: "string" } } });
  const spec = { freelancers: Number(values.freelancers ?? 10_000), jobs: Number(values.jobs ?? 2_000), seed: Number(values.seed ?? 11) };
  const ctx = new BenchContext({ quick: true, log: (line) => console.error(line) });
  const built = await ctx.build({ name: `eval-${spec.freelancers}-${spec.jobs}-${spec.seed}`, ...spec });
  const { engine, data } = built;
  console.log(`corpus: generated seed ${spec.seed}: ${data.freelancers.length} freelancers, ${data.jobs.length} jobs, ${data.proposals.length} proposals, ${data.reviews.length} reviews`);

  const byJob = new Map<string, ProposalRecord[]>();
  for (const p of data.proposals) byJob.set(p.jobId, [...(byJob.get(p.jobId) ?? []), p]);
  const grades = new Map<string, Map<string, number>>();
  for (const o of data.outcomes) {
    if (o.outcome === "applied" || o.proposalId === undefined) continue;
    grades.set(o.jobId, (grades.get(o.jobId) ?? new Map()).set(o.proposalId, o.outcome === "hired" ? 2 : 1));
  }
  const rating = new Map(data.freelancers.map((f) => [f.id, ((f.rating ?? 4) * (f.reviewCount ?? 0) + 4 * 5) / ((f.reviewCount ?? 0) + 5)]));
  const arrival = (ps: ProposalRecord[]) => [...ps].sort((a, b) => (a.submittedAt as number) - (b.submittedAt as number) || (a.id < b.id ? -1 : 1));
  // Train on the earlier half of the jobs, test on the later half: no test job's outcome is seen.
  const ordered = [...data.jobs].sort((a, b) => (a.postedAt as number) - (b.postedAt as number) || (a.id < b.id ? -1 : 1));
  const half = Math.floor(ordered.length / 2);
  const trainJobs = ordered.slice(0, half).map((j) => j.id);
  const testJobs = new Set(ordered.slice(half).map((j) => j.id));
  const trainIds = new Set(trainJobs);
  const { model: trained, report, selection } = trainWithSelection("proposals", queriesFromEngine(engine, "proposals", data.outcomes.filter((o) => trainIds.has(o.jobId)), trainJobs));
  console.log(`\nsplit: ${trainJobs.length} jobs posted before ${new Date(ordered[half].postedAt as number).toISOString().slice(0, 10)} train, ${testJobs.size} later jobs test`);
  for (const line of describeTrainReport(report)) console.log(line);
  console.log(`  ${describeSelection(selection)}`);
  console.log(`  weights: ${Object.entries(trained.weights).map(([f, w]) => `${f} ${w.toFixed(3)}`).join(", ")}`);

  // An engine built with `trained` orders these items the same way (src/learn/train-examples.test.ts).
  const rankers: Ranker[] = [
    { name: "bestmatch rankProposals", rank: (jobId, ps) => [engine.rankProposals(jobId, { limit: ps.length }).items.map((i) => i.id)] },
    { name: "bestmatch trained", rank: (jobId, ps) => [orderWith(engine.rankProposals(jobId, { limit: ps.length }).items, trained)] },
    { name: "arrival order", rank: (_j, ps) => [arrival(ps).map((p) => p.id)] },
    { name: "random (mean of 20 seeds)", rank: (_j, ps) => seededShuffles(ps.map((p) => p.id), 20) },
    {
      name: "smoothed rating alone",
      rank: (_j, ps) => [arrival(ps).sort((a, b) => (rating.get(b.freelancerId) ?? 0) - (rating.get(a.freelancerId) ?? 0)).map((p) => p.id)],
    },
  ];
  const scores = new Map(rankers.map((r) => [r.name, { ndcg: [] as number[], mrr: [] as number[], p1: [] as number[] }]));
  let queries = 0;
  let hires = 0;
  for (const job of data.jobs) {
    if (!testJobs.has(job.id)) continue;
    const proposals = byJob.get(job.id) ?? [];
    const judged = grades.get(job.id);
    if (proposals.length < 2 || !judged) continue;
    queries++;
    const hired = [...judged].find(([, g]) => g === 2)?.[0];
    if (hired) hires++;
    for (const r of rankers) {
      const s = scores.get(r.name)!;
      const rankings = r.rank(job.id, proposals);
      s.ndcg.push(mean(rankings.map((ranked) => ndcgAtK(ranked, judged, 10))));
      if (hired) {
        s.mrr.push(mean(rankings.map((ranked) => reciprocalRank(ranked, new Set([hired])))));
        s.p1.push(mean(rankings.map((ranked) => (ranked[0] === hired ? 1 : 0))));
      }
    }
  }
  console.log(`\nrank proposals, test half: ${queries} jobs with >= 2 proposals and an interview or hire (${hires} with a hire)`);
  console.log(`  ${"ranker".padEnd(26)}  ${"NDCG@10".padStart(8)}  ${"MRR hired".padStart(9)}  ${"P@1 hired".padStart(9)}`);
  for (const [name, s] of scores) {
    console.log(`  ${name.padEnd(26)}  ${mean(s.ndcg).toFixed(4).padStart(8)}  ${mean(s.mrr).toFixed(4).padStart(9)}  ${mean(s.p1).toFixed(4).padStart(9)}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
