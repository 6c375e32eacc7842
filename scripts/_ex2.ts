import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { createSkillExtractor } from "../src/skills/extract/index.js";
import { readUpworkPosts } from "./upwork-posts.js";
const t = new Taxonomy(buildDefaultTaxonomy());
const ex = createSkillExtractor(t);
const posts = readUpworkPosts("/work/shared/data/upwork-jobs-software/upwork_jobs.csv");
const want = process.argv[2];
let n = 0;
for (const p of posts) {
  const ms = ex(p.title);
  const tags = p.tags.map((x) => t.resolve(x)?.index);
  for (const m of ms) if (m.skill === want && !tags.includes(m.index) && n++ < 15) console.log(JSON.stringify(p.title), "|", m.alias, "|", p.tags.join(", "));
}
