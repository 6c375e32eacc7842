import { readFileSync, readdirSync } from "node:fs";
import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { createSkillExtractor } from "../src/skills/extract/index.js";
import { createSkillExtractor as oldEx } from "/work/main/src/skills/extract/index.js";
import { Taxonomy as OldT } from "/work/main/src/skills/taxonomy.js";
import { buildDefaultTaxonomy as oldB } from "/work/main/src/skills/default-taxonomy/index.js";
import { parseConll } from "./eval-extraction.js";
const a = createSkillExtractor(new Taxonomy(buildDefaultTaxonomy()));
const b = oldEx(new OldT(oldB()));
const dir = "/work/shared/data/skillspan/conll";
for (const f of readdirSync(dir).filter((f) => /^skillspan_tech_.*\.conll$/.test(f))) {
  for (const s of parseConll(readFileSync(`${dir}/${f}`, "utf8"), /\t/)) {
    const x = a(s.text).map((m) => `${m.alias}`).join("|");
    const y = b(s.text).map((m) => `${m.alias}`).join("|");
    if (x !== y) console.log(`NEW ${x}\nOLD ${y}\n  ${s.text.slice(0, 160)}\n  gold: ${s.gold.map((g) => s.text.slice(g.start, g.end)).join(" | ")}`);
  }
}
