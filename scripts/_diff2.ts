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
const gained = new Map<string, number>(), lost = new Map<string, number>();
const dir = "/work/shared/data/skillspan/conll";
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const f of readdirSync(dir).filter((f) => /^skillspan_tech_.*\.conll$/.test(f))) {
  for (const s of parseConll(readFileSync(`${dir}/${f}`, "utf8"), /\t/)) {
    const x = a(s.text), y = b(s.text);
    const ks = (ms: { start: number; end: number }[]) => new Set(ms.map((m) => `${m.start}:${m.end}`));
    const kx = ks(x), ky = ks(y);
    for (const m of x) if (!ky.has(`${m.start}:${m.end}`)) bump(gained, `${m.skill}=${m.alias.toLowerCase()}`);
    for (const m of y) if (!kx.has(`${m.start}:${m.end}`)) bump(lost, `${m.skill}=${m.alias.toLowerCase()}`);
  }
}
const top = (m: Map<string, number>) => [...m].sort((p, q) => q[1] - p[1]).slice(0, 60).map(([k, v]) => `${k}:${v}`).join(" | ");
console.log("GAINED", top(gained)); console.log("LOST", top(lost));
