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
const fpNew = new Map<string, number>(), tpNew = new Map<string, number>();
const dir = "/work/shared/data/skillspan/conll";
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const f of readdirSync(dir).filter((f) => /^skillspan_tech_.*\.conll$/.test(f))) {
  for (const s of parseConll(readFileSync(`${dir}/${f}`, "utf8"), /\t/)) {
    const old = new Set(b(s.text).map((m) => `${m.start}:${m.end}`));
    for (const m of a(s.text)) {
      if (old.has(`${m.start}:${m.end}`)) continue;
      const hit = s.gold.some((g) => g.start < m.end && m.start < g.end);
      bump(hit ? tpNew : fpNew, `${m.skill}=${m.alias.toLowerCase()}`);
    }
  }
}
const top = (m: Map<string, number>) => [...m].sort((p, q) => q[1] - p[1]).slice(0, 40).map(([k, v]) => `${k}:${v}`).join(" | ");
console.log("NEW FP", top(fpNew)); console.log("NEW TP", top(tpNew));
