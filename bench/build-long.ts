/**
 * The build goal on long overviews (issue 13: "at least 30k profiles/s with 100-200-word
 * overviews"): addFreelancers profiles/s and heap per profile on the 10k-long (--quick) or
 * 100k-long corpus, and flexsearch's Document add on the same records in the same process as
 * a ratio (bestmatch also extracts skills, keeps BM25 statistics and co-occurrences).
 */
import { LONG_OVERVIEW_SPECS, type Figure, type Suite } from "./lib/context.js";
import { flexsearchDocumentIndex, freelancerFields } from "./lib/flexsearch-peer.js";
import { timeOnce } from "./lib/stats.js";

export const buildLongSuite: Suite = {
  name: "build-long",
  perSize: false,
  async run(ctx): Promise<Figure[]> {
    const spec = LONG_OVERVIEW_SPECS[ctx.options.quick ? "quick" : "full"];
    const { figures: f, data } = await ctx.build(spec);
    const n = f.records.freelancers;
    const words = data.freelancers.reduce((sum, r) => sum + (r.overview ? r.overview.split(/\s+/).length : 0), 0) / n;
    ctx.release();
    const fields = data.freelancers.map(freelancerFields);
    const flex = timeOnce(() => flexsearchDocumentIndex().addRecords(fields));
    const ours = n / (f.addFreelancersMs / 1000);
    const theirs = n / (flex.ms / 1000);
    const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "build-long", corpus: spec.name, name, value, unit, note });
    return [
      at("addFreelancers", ours, "profiles/s", `${n} profiles (overviews ${words.toFixed(0)} words on average) in ${(f.addFreelancersMs / 1000).toFixed(1)} s; goal 30,000`),
      at("heap per profile", f.freelancerHeapBytes / n, "B", "heapUsed after GC, freelancers indexed, minus before"),
      at("flexsearch add", theirs, "profiles/s", "flexsearch Document (title, overview, skills; tokenize forward) alone, same records"),
      at("addFreelancers / flexsearch", ours / theirs, "x", "above 1: bestmatch builds faster"),
    ];
  },
};
