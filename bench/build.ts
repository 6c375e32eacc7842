/** Index build: profiles/s, heap bytes per profile after a forced GC, whole-corpus build and first query. */
import type { DataSpec, Figure, Suite } from "./lib/context.js";

export const buildSuite: Suite = {
  name: "build",
  perSize: true,
  async run(ctx, spec: DataSpec): Promise<Figure[]> {
    const { figures: f } = await ctx.build(spec);
    const r = f.records;
    const corpus = spec.name;
    const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "build", corpus, name, value, unit, note });
    const all = r.freelancers + r.jobs + r.reviews + r.proposals;
    return [
      at("addFreelancers", r.freelancers / (f.addFreelancersMs / 1000), "profiles/s", `${r.freelancers} profiles in ${(f.addFreelancersMs / 1000).toFixed(1)} s`),
      at("heap per profile", f.freelancerHeapBytes / r.freelancers, "B", "heapUsed after GC, freelancers indexed, minus before"),
      at("all records", all / ((f.addFreelancersMs + f.addOthersMs) / 1000), "records/s", `${r.jobs} jobs, ${r.reviews} reviews, ${r.proposals} proposals too`),
      at("engine heap", f.engineHeapBytes / 2 ** 20, "MB", "all records indexed, after the first query, after GC"),
      at("first query", f.firstQueryMs, "ms", "learns skill similarity lazily"),
      at("CSV read + validate", f.readMs, "ms"),
      at("RSS", f.rssMB, "MB", "whole process"),
    ];
  },
};
