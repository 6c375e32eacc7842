import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { createSkillExtractor } from "../src/skills/extract/index.js";
const t = new Taxonomy(buildDefaultTaxonomy());
const ex = createSkillExtractor(t);
for (const s of process.argv.slice(2)) console.log(JSON.stringify(s), "=>", ex(s).map((m) => `${m.skill}[${m.alias}]:${m.mentionClass}`).join(", "));
