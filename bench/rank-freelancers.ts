/**
 * rankFreelancers, top 20 with every feature and explanations: two-stage p50 / p99 / mean over the
 * corpus' query jobs, exhaustive on the first of them (a full scan per job is slow), recall@20 of
 * two-stage against exhaustive, and NDCG@20 against the hidden preferences.
 */
import type { DataSpec, Figure, Suite } from "./lib/context.js";
import { timeQueries } from "./lib/measure.js";
import { meanNdcg } from "./lib/quality.js";
import type { Corpus } from "../src/corpus/corpus.js";
import type { Engine } from "../src/index.js";
import { prepareJobQuery } from "../src/rank/job-query.js";
import { RANK_DEPTH } from "../src/rank/features/relative.js";
import { kthSmallest } from "../src/util/select.js";

const ids = (r: { items: Array<{ id: string }> }): string[] => r.items.map((i) => i.id);

export const rankFreelancersSuite: Suite = {
  name: "rank-freelancers",
  perSize: true,
  async run(ctx, spec: DataSpec): Promise<Figure[]> {
    const built = await ctx.build(spec);
    const { engine } = built;
    const jobs = ctx.queryJobs(built);
    const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "rank-freelancers", corpus: spec.name, name, value, unit, note });
    const twoStage = await timeQueries(jobs, (id) => ids(engine.rankFreelancers(id, { limit: 20 })));
    // About 1 us per freelancer and job: budgeted like a peer.
    const exhaustive = await timeQueries(jobs, (id) => ids(engine.rankFreelancers(id, { limit: 20, exhaustive: true })), { ms: ctx.options.peerBudgetMs, min: 5 });
    const recall = exhaustive.results.map((top, k) => {
      const got = new Set(twoStage.results[k]);
      return top.length === 0 ? 1 : top.filter((id) => got.has(id)).length / top.length;
    });
    const truth = ctx.truthFor(built);
    const answered = (r: string[][], n: number) => new Map(jobs.slice(0, n).map((id, k) => [id, r[k]]));
    const quality = meanNdcg(truth, new Map([["two-stage", answered(twoStage.results, jobs.length)]]));
    const same = meanNdcg(truth, new Map([
      ["two-stage", answered(twoStage.results, exhaustive.count)],
      ["exhaustive", answered(exhaustive.results, exhaustive.count)],
    ]));
    const text = textTopFigures(engine, jobs);
    return [
      at("two-stage p50", twoStage.p50, "ms", `${twoStage.count} jobs, limit 20, explanations`),
      at("two-stage p99", twoStage.p99, "ms"),
      at("two-stage mean", twoStage.mean, "ms"),
      at("exhaustive p50", exhaustive.p50, "ms", `first ${exhaustive.count} of those jobs`),
      at("exhaustive p99", exhaustive.p99, "ms"),
      at("exhaustive mean", exhaustive.mean, "ms"),
      at("exhaustive / two-stage mean", exhaustive.mean / (twoStage.results.length ? twoStage.mean : NaN), "x", "same process"),
      at("recall@20 two-stage vs exhaustive", recall.reduce((a, b) => a + b, 0) / recall.length, "", `${recall.length} jobs`),
      at("NDCG@20 two-stage", quality.get("two-stage") as number, "", `${twoStage.count} jobs, hidden preferences`),
      at("NDCG@20 exhaustive", same.get("exhaustive") as number, "", `${exhaustive.count} jobs (two-stage on them: ${(same.get("two-stage") as number).toFixed(3)})`),
      at("text top: postings read", text.readShare, "share", `all ${jobs.length} jobs' postings together, depth ${RANK_DEPTH} (early termination, issue 13 item 4); median per job ${text.medianShare.toFixed(2)}`),
      at("text top p50", text.topP50, "ms", "the best RANK_DEPTH by coordinated BM25, exact"),
      at("text exhaustive pass + selection p50", text.fullP50, "ms", "every posting (TextIndex.accumulate), then the same top"),
    ];
  },
};

/**
 * The early-terminating text top against the exhaustive pass it replaced, on the same queries in
 * this process. Reads the engine's corpus directly: a measurement of the index, not of the API.
 */
function textTopFigures(engine: Engine, jobs: readonly string[]): { readShare: number; medianShare: number; topP50: number; fullP50: number } {
  const corpus = (engine as unknown as { corpus: Corpus }).corpus;
  const text = corpus.freelancers.text;
  const shares: number[] = [];
  let read = 0;
  let total = 0;
  const top: number[] = [];
  const full: number[] = [];
  for (const id of jobs) {
    const job = corpus.jobs.table.get(corpus.jobs.table.doc(id) as number);
    if (!job) continue;
    // Fresh query objects: the index caches its last top and accumulation per query object.
    const q = () => ({ ...prepareJobQuery(corpus, job).text });
    let query = q();
    let t = performance.now();
    const found = text.top(query, RANK_DEPTH);
    top.push(performance.now() - t);
    if (found.postings.total) shares.push(found.postings.read / found.postings.total);
    read += found.postings.read;
    total += found.postings.total;
    query = q();
    t = performance.now();
    const acc = text.accumulate(query);
    const key = Float64Array.from(acc.scores, (s, k) => s * acc.matched[k]);
    if (key.length > RANK_DEPTH) kthSmallest(key, key.length - RANK_DEPTH);
    full.push(performance.now() - t);
  }
  const median = (a: number[]) => (a.length ? a.sort((x, y) => x - y)[a.length >> 1] : NaN);
  return { readShare: read / total, medianShare: median(shares), topP50: median(top), fullP50: median(full) };
}
