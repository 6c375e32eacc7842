import { readFileSync } from "node:fs";
import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
const t = new Taxonomy(buildDefaultTaxonomy());
const miss: string[] = [];
for (const n of readFileSync(process.argv[2], "utf8").split("\n").map((x) => x.trim()).filter(Boolean)) if (!t.resolve(n)) miss.push(n);
console.log(miss.join(" | "));
