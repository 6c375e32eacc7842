import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { createSkillExtractor } from "../src/skills/extract/index.js";
import { readUpworkPosts, scoreTitleExtraction, seededHalves } from "./upwork-posts.js";
const t = new Taxonomy(buildDefaultTaxonomy());
const ex = createSkillExtractor(t);
const posts = readUpworkPosts("/work/shared/data/upwork-jobs-software/upwork_jobs.csv");
const h = seededHalves(posts, 7);
for (const [n, p] of [["all", posts], ["dev", h.dev], ["held", h.held]] as const) {
  const s = scoreTitleExtraction(p, t, (x) => ex(x).map((m) => m.index));
  console.log(n, s.posts, s.predicted, s.gold, "P", s.precision.toFixed(3), "R", s.recall.toFixed(3));
  if (n === "dev") { console.log("FP", s.falsePositives.join(" | ")); console.log("FN", s.falseNegatives.join(" | ")); }
}
