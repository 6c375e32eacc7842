import { parseSkillTable, resolveSkillRows } from "../src/skills/default-taxonomy/parse.js";
import { TECH_TABLES } from "../src/skills/default-taxonomy/data/tech.js";
import { BUSINESS_TABLES } from "../src/skills/default-taxonomy/data/business.js";
const rows = Object.entries({ ...TECH_TABLES, ...BUSINESS_TABLES }).flatMap(([n, t]) => parseSkillTable(t, n));
console.log(resolveSkillRows(rows).problems.join("\n"));
