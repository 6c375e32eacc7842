import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { createSkillExtractor } from "../src/skills/extract/index.js";
import { createSkillExtractor as oldEx } from "/work/main/src/skills/extract/index.js";
import { Taxonomy as OldT } from "/work/main/src/skills/taxonomy.js";
import { buildDefaultTaxonomy as oldB } from "/work/main/src/skills/default-taxonomy/index.js";
import { readUpworkPosts, seededHalves } from "./upwork-posts.js";
const t = new Taxonomy(buildDefaultTaxonomy()); const ex = createSkillExtractor(t);
const o = new OldT(oldB()); const oex = oldEx(o);
const posts = readUpworkPosts("/work/shared/data/upwork-jobs-software/upwork_jobs.csv");
const goldNew = (tags: string[]) => new Set(tags.map((x) => t.resolve(x)).filter(Boolean).map((r) => t.skill(r!.index).id));
const goldOld = (tags: string[]) => new Set(tags.map((x) => o.resolve(x)).filter(Boolean).map((r) => o.skill(r!.index).id));
const sys: Record<string, (x: string) => Set<string>> = {
  main: (x) => new Set(oex(x).map((m) => o.skill(m.index).id)),
  wanted: (x) => new Set(ex(x).filter((m) => m.mentionClass !== "negated").map((m) => t.skill(m.index).id)),
  genericIfAlone: (x) => { const ms = ex(x).filter((m) => m.mentionClass !== "negated"); const c = ms.some((m) => !t.isGeneric(m.index)); return new Set(ms.filter((m) => !c || !t.isGeneric(m.index)).map((m) => t.skill(m.index).id)); },
};
for (const [gname, gold] of [["gold=new taxonomy", goldNew], ["gold=main taxonomy", goldOld]] as const) {
  const judged = posts.filter((p) => gold(p.tags).size > 0);
  const { dev, held } = seededHalves(judged, 7);
  for (const [part, ps] of [["dev", dev], ["held", held], ["all", judged]] as const) {
    const line: string[] = [];
    for (const [n, f] of Object.entries(sys)) {
      let pr = 0, c = 0, g = 0, r = 0;
      for (const p of ps) { const G = gold(p.tags); const P = f(p.title); pr += P.size; g += G.size; for (const s of P) if (G.has(s)) c++; for (const s of G) if (P.has(s)) r++; }
      line.push(`${n} P ${(c / pr).toFixed(3)} R ${(r / g).toFixed(3)}`);
    }
    console.log(gname, part, ps.length, line.join(" | "));
  }
}
