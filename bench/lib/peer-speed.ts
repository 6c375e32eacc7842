/**
 * Text retrieval speed on one corpus: bestmatch's text stage (flexsearch candidates rescored with
 * its exact BM25) vs MiniSearch vs Orama. Index time for the same documents; query latency via
 * tinybench, each iteration taking the next query of the same list.
 */
import { Bench } from "tinybench";
import { TextIndex } from "../../src/corpus/text-index.js";
import { DEFAULT_BM25 } from "../../src/text/bm25.js";
import type { FreelancerRecord, JobRecord } from "../../src/model/records.js";
import type { Figure } from "./context.js";
import { miniSearchIndex, oramaIndex, type PeerIndex } from "./peer-text.js";

export function freelancerText(f: FreelancerRecord): string {
  const skills = (f.skills ?? []).map((s) => (typeof s === "string" ? s : s.name));
  return [f.title, f.overview, skills.join(" ")].filter(Boolean).join("\n");
}

export function jobText(j: JobRecord, full: boolean): string {
  return full ? [j.title, j.description].filter(Boolean).join("\n") : (j.title ?? "");
}

/** bestmatch's own text stage as a PeerIndex: flexsearch candidates, then exact BM25 top `limit`. */
function bestmatchText(): PeerIndex {
  const index = new TextIndex(DEFAULT_BM25);
  const ids: string[] = [];
  return {
    name: "bestmatch",
    addAll(docs) {
      for (const d of docs) {
        index.add(ids.length, d.text);
        ids.push(d.id);
      }
    },
    replace() {
      throw new Error("not used in the speed benchmark");
    },
    search(text, limit) {
      const q = index.prepare(text);
      return index
        .retrieve(q, 1000)
        .map((doc) => ({ doc, score: index.score(q, doc) }))
        .sort((a, b) => b.score - a.score || a.doc - b.doc)
        .slice(0, limit)
        .map((h) => ids[h.doc]);
    },
  };
}

export async function textSpeed(label: string, docs: Array<{ id: string; text: string }>, queries: string[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  const p50 = new Map<string, number>();
  const bench = new Bench({ iterations: queries.length, time: 0, warmupIterations: Math.min(5, queries.length), warmupTime: 0 });
  for (const make of [bestmatchText, miniSearchIndex, oramaIndex]) {
    const index = make();
    const t = performance.now();
    await index.addAll(docs);
    const ms = performance.now() - t;
    figures.push({ name: `${label} ${index.name} index`, value: docs.length / (ms / 1000), unit: "docs/s", note: `${ms.toFixed(0)} ms` });
    let next = 0;
    bench.add(index.name, async () => {
      await index.search(queries[next++ % queries.length], 20);
    });
  }
  await bench.run();
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== "completed") throw new Error(`${task.name}: ${result.state}`);
    p50.set(task.name, result.latency.p50);
    figures.push({ name: `${label} ${task.name} query p50`, value: result.latency.p50, unit: "ms", note: `${queries.length} queries, top 20` });
  }
  const own = p50.get("bestmatch") as number;
  for (const peer of ["MiniSearch", "Orama"]) {
    figures.push({ name: `${label} ${peer} / bestmatch query p50`, value: (p50.get(peer) as number) / own, unit: "x" });
  }
  return figures;
}
