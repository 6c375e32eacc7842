import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { readUpworkPosts, tagCoverage, tagHalves } from "../scripts/upwork-posts.js";
const t = new Taxonomy(buildDefaultTaxonomy());
const posts = readUpworkPosts("/work/shared/data/upwork-jobs-software/upwork_jobs.csv");
const h = tagHalves(posts);
for (const [n, s] of [["all", undefined], ["dev", h.dev], ["held", h.held]] as const) {
  const c = tagCoverage(posts, t, s);
  console.log(n, posts.length, c.occurrences, c.resolved, (100*c.resolved/c.occurrences).toFixed(1), c.distinct, c.distinctResolved);
  if (n === "dev") console.log(c.unresolved.map(([a,b])=>`${a}:${b}`).join(" | "));
}
