import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { buildDefaultTaxonomy } from "../skills/default-taxonomy/index.js";
import { DATA_FILES } from "../io/columns.js";
import { generateMarketplace } from "./index.js";
import { median, readCsv, splitList, withTempDir } from "./test-helpers.js";

describe("generateMarketplace with the default taxonomy", () => {
  it("when no taxonomy is given then skills come from the default one, one role per category", () =>
    withTempDir(async (dir) => {
      const taxonomy = buildDefaultTaxonomy();
      const summary = await generateMarketplace({ freelancers: 400, jobs: 40, seed: 3, outDir: dir });
      expect(summary.options.taxonomy).toBe(taxonomy.name);
      expect(summary.taxonomySkills).toBe(taxonomy.skills.length);
      expect(summary.roles).toBe(new Set(taxonomy.skills.map((s) => s.category)).size);
      const known = new Set(taxonomy.skills.flatMap((s) => [s.name, ...(s.aliases ?? [])]));
      const freelancers = await readCsv(join(dir, DATA_FILES.freelancers));
      const listed = freelancers.rows.flatMap((r) => splitList(r.skills));
      expect(listed.filter((name) => !known.has(name))).toEqual([]);
      // Titles and overviews mention the listed skills in prose.
      const mentioned = freelancers.rows.filter((r) => r.overview && splitList(r.skills).some((s) => r.overview.includes(s)));
      expect(mentioned.length / freelancers.rows.length).toBeGreaterThan(0.9);
      // Rates follow the category: the first listed skill is the anchor of the freelancer's role.
      const area = new Map(taxonomy.skills.flatMap((s) => [s.name, ...(s.aliases ?? [])].map((n) => [n, s.category.split("/")[0]] as const)));
      const rates = (top: string) =>
        freelancers.rows.filter((r) => r.hourly_rate && area.get(splitList(r.skills)[0]) === top).map((r) => Number(r.hourly_rate));
      expect(rates("admin").length).toBeGreaterThan(5);
      expect(median(rates("software"))).toBeGreaterThan(1.5 * median(rates("admin")));
    }));
});
