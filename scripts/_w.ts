import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
const t = new Taxonomy(buildDefaultTaxonomy());
const out: string[] = [];
for (const f of t.surfaceForms()) if (/^[A-Za-z]+$/.test(f.text) && !t.isAmbiguous(f.index) && /^[A-Z][a-z]+$|^[a-z]+$/.test(f.text)) out.push(f.text);
console.log(out.length, out.join(" "));
