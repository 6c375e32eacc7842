import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
const t = new Taxonomy(buildDefaultTaxonomy());
for (const n of process.argv.slice(2)) { const r = t.resolve(n); console.log(n, "=>", r ? `${t.skill(r.index).name} [${t.skill(r.index).category}]` : "-"); }
