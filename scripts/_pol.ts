import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { createSkillExtractor } from "../src/skills/extract/index.js";
import { readUpworkPosts, scoreTitleExtraction, seededHalves } from "./upwork-posts.js";
const t = new Taxonomy(buildDefaultTaxonomy());
const ex = createSkillExtractor(t);
const posts = readUpworkPosts("/work/shared/data/upwork-jobs-software/upwork_jobs.csv").filter((p) => p.tags.some((x) => t.resolve(x)));
const { dev, held } = seededHalves(posts, 7);
const pols: Record<string, (text: string) => number[]> = {
  wanted: (x) => ex(x).filter((m) => m.mentionClass !== "negated").map((m) => m.index),
  genericIfAlone: (x) => { const ms = ex(x).filter((m) => m.mentionClass !== "negated"); const concrete = ms.some((m) => !t.isGeneric(m.index)); return ms.filter((m) => !concrete || !t.isGeneric(m.index)).map((m) => m.index); },
  genericIfNoRelated: (x) => { const ms = ex(x).filter((m) => m.mentionClass !== "negated"); const idx = new Set(ms.map((m) => m.index)); return ms.filter((m) => !t.isGeneric(m.index) || !t.related(m.index).some((r) => idx.has(r))).map((m) => m.index); },
};
for (const [n, f] of Object.entries(pols)) for (const [h, p] of [["dev", dev], ["held", held]] as const) { const s = scoreTitleExtraction(p, t, f); console.log(n, h, s.precision.toFixed(3), s.recall.toFixed(3)); }
