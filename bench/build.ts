/** Index build: records/s and memory (heap after GC, RSS) at 10k and 100k generated freelancers. */
import { DATA_SPECS, type BenchContext, type Figure, type OperationResult } from "./lib/context.js";

export async function buildBench(ctx: BenchContext): Promise<OperationResult> {
  const specs = ctx.options.quick ? [DATA_SPECS["10k"]] : [DATA_SPECS["10k"], DATA_SPECS["100k"]];
  const figures: Figure[] = [];
  const corpora: string[] = [];
  for (const spec of specs) {
    const { figures: f } = await ctx.build(spec);
    const r = f.records;
    const corpus = `${r.freelancers} freelancers, ${r.jobs} jobs, ${r.reviews} reviews, ${r.proposals} proposals`;
    ctx.options.log(`[build ${spec.name}] corpus: ${corpus}`);
    corpora.push(`${spec.name}: ${corpus}`);
    const all = r.freelancers + r.jobs + r.reviews + r.proposals;
    const buildMs = f.addFreelancersMs + f.addOthersMs;
    const at = (name: string, value: number, unit: string, note?: string) => figures.push({ name: `${spec.name} ${name}`, value, unit, note });
    at("freelancers indexed/s", r.freelancers / (f.addFreelancersMs / 1000), "records/s", "addFreelancers alone");
    at("all records indexed/s", all / (buildMs / 1000), "records/s", "freelancers + jobs + reviews + proposals");
    at("build time", buildMs, "ms");
    at("first query (learns similarity)", f.firstQueryMs, "ms", "lazy SVD on first ranking");
    at("CSV read + validate", f.readMs, "ms");
    at("engine heap after GC", f.after.heapUsedMB - f.before.heapUsedMB, "MB", "heapUsed delta, records array excluded");
    at("heapUsed after GC", f.after.heapUsedMB, "MB", "whole process, input records still held");
    at("RSS after build", f.after.rssMB, "MB", "whole process");
  }
  return { operation: "build", corpus: corpora.join("; "), figures };
}
