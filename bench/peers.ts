/**
 * Side by side on the same corpus and the same query jobs: bestmatch (two-stage rankFreelancers),
 * a brute-force full scan with the same model (bench/lib/brute-force.ts), and text retrieval alone
 * with flexsearch (Document over title, overview, skills), MiniSearch and Orama (one text field of
 * the same three). Text peers get the job's title and skills as the query, the words a client would
 * type. For each: build rate, heap after GC, query p50 / p99 / mean, NDCG@20 against the hidden
 * preferences, and latency ratios to bestmatch measured on the same jobs in the same process.
 * Slow peers answer the first jobs of the list that fit their time budget (at least the minimum).
 */
import type { JobRecord } from "../src/model/records.js";
import type { DataSpec, Figure, Suite } from "./lib/context.js";
import { BruteForceScorer } from "./lib/brute-force.js";
import { flexsearchDocumentIndex, freelancerFields } from "./lib/flexsearch-peer.js";
import { timeQueries } from "./lib/measure.js";
import { miniSearchIndex, oramaIndex } from "./lib/peer-text.js";
import { meanNdcg } from "./lib/quality.js";
import { memoryAfterGc } from "./lib/stats.js";

export function jobQueryText(j: JobRecord): string {
  return [j.title ?? "", ...(j.skills ?? []), ...(j.niceToHaveSkills ?? [])].join(" ");
}

interface Peer {
  name: string;
  build(): Promise<void> | void;
  top20(jobId: string): Promise<string[]> | string[];
}

export const peersSuite: Suite = {
  name: "peers",
  perSize: true,
  async run(ctx, spec: DataSpec): Promise<Figure[]> {
    const built = await ctx.build(spec);
    const { engine, data } = built;
    const jobs = ctx.queryJobs(built);
    const jobById = new Map(data.jobs.map((j) => [j.id, j]));
    const texts = data.freelancers.map(freelancerFields);
    const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "peers", corpus: spec.name, name, value, unit, note });
    const figures: Figure[] = [];
    const budget = { ms: ctx.options.peerBudgetMs, min: ctx.options.minPeerQueries };
    const bestmatchTop = (id: string) => engine.rankFreelancers(id, { limit: 20 }).items.map((i) => i.id);

    let brute: BruteForceScorer | undefined;
    let flex: ReturnType<typeof flexsearchDocumentIndex> | undefined;
    let mini: ReturnType<typeof miniSearchIndex> | undefined;
    let orama: ReturnType<typeof oramaIndex> | undefined;
    const peers: Peer[] = [
      { name: "brute-force", build: () => void (brute = BruteForceScorer.fromEngine(engine)), top20: (id) => brute!.top(id, 20).map((s) => s.id) },
      {
        name: "flexsearch",
        build: () => {
          flex = flexsearchDocumentIndex();
          flex.addRecords(texts);
        },
        top20: (id) => flex!.search(jobQueryText(jobById.get(id)!), 20) as string[],
      },
      {
        name: "MiniSearch",
        build: () => {
          mini = miniSearchIndex();
          mini.addAll(texts.map((t) => ({ id: t.id, text: `${t.title}\n${t.overview}\n${t.skills}` })));
        },
        top20: (id) => mini!.search(jobQueryText(jobById.get(id)!), 20) as string[],
      },
      {
        name: "Orama",
        build: async () => {
          orama = oramaIndex();
          await orama.addAll(texts.map((t) => ({ id: t.id, text: `${t.title}\n${t.overview}\n${t.skills}` })));
        },
        top20: (id) => orama!.search(jobQueryText(jobById.get(id)!), 20),
      },
    ];

    const own = await timeQueries(jobs, bestmatchTop);
    figures.push(at("bestmatch p50", own.p50, "ms", `${own.count} jobs, two-stage, explanations`), at("bestmatch mean", own.mean, "ms"));
    const tops = new Map<string, Map<string, string[]>>([["bestmatch", new Map(jobs.map((id, k) => [id, own.results[k]]))]]);
    for (const peer of peers) {
      const before = memoryAfterGc();
      const t = performance.now();
      await peer.build();
      const buildMs = performance.now() - t;
      const heap = memoryAfterGc().heapUsedBytes - before.heapUsedBytes;
      const run = await timeQueries(jobs, (id) => peer.top20(id), budget);
      // bestmatch again on exactly the jobs this peer answered, right after it: the ratio's baseline.
      const base = await timeQueries(jobs.slice(0, run.count), bestmatchTop);
      tops.set(peer.name, new Map(jobs.slice(0, run.count).map((id, k) => [id, run.results[k]])));
      figures.push(
        at(`${peer.name} build`, texts.length / (buildMs / 1000), "profiles/s", `${(buildMs / 1000).toFixed(1)} s`),
        at(`${peer.name} heap`, heap / 2 ** 20, "MB", "after GC"),
        at(`${peer.name} p50`, run.p50, "ms", `${run.count} jobs`),
        at(`${peer.name} p99`, run.p99, "ms"),
        at(`${peer.name} mean`, run.mean, "ms"),
        at(`${peer.name} / bestmatch p50`, run.p50 / base.p50, "x", `same ${run.count} jobs; bestmatch p50 ${base.p50.toFixed(2)} ms`),
      );
      brute = undefined;
      flex = undefined;
      mini = undefined;
      orama = undefined;
    }
    const truth = ctx.truthFor(built);
    // NDCG on each peer's own answered jobs against bestmatch on the same ones.
    for (const [name, answered] of tops) {
      if (name === "bestmatch") continue;
      const pair = meanNdcg(truth, new Map([["bestmatch", tops.get("bestmatch")!], [name, answered]]));
      figures.push(at(`${name} NDCG@20`, pair.get(name)!, "", `${answered.size} jobs; bestmatch on them ${pair.get("bestmatch")!.toFixed(3)}`));
    }
    figures.push(at("bestmatch NDCG@20", meanNdcg(truth, new Map([["bestmatch", tops.get("bestmatch")!]])).get("bestmatch")!, "", `${jobs.length} jobs`));
    return figures;
  },
};
