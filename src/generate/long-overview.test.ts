import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { join } from "node:path";
import { BestMatchError } from "../errors.js";
import { DATA_FILES } from "../io/columns.js";
import { createSkillExtractor } from "../skills/extract/index.js";
import { buildDefaultTaxonomy } from "../skills/default-taxonomy/index.js";
import { Taxonomy } from "../skills/taxonomy.js";
import { Rng } from "./prng.js";
import { generateMarketplace } from "./index.js";
import { longFreelancerOverview } from "./long-overview.js";
import { readCsv, withTempDir } from "./test-helpers.js";

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const SKILLS = ["React", "Node.js", "TypeScript", "GraphQL", "PostgreSQL", "Docker", "AWS", "Figma", "SEO", "Copywriting"];

describe("long overviews", () => {
  it("when asked for min-max words then every overview has a word count in that range", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 50, max: 400 }),
        fc.integer({ min: 0, max: 300 }),
        fc.subarray(SKILLS, { minLength: 1 }),
        (seed, min, extra, skills) => {
          const n = words(longFreelancerOverview(new Rng(seed), "Developer", 4, skills, { min, max: min + extra }));
          return n >= min && n <= min + extra;
        },
      ),
      { numRuns: 300 },
    );
  });

  it("when written then it mentions the freelancer's skills in its prose, varies between profiles and uses a wide vocabulary", () => {
    const extract = createSkillExtractor(new Taxonomy(buildDefaultTaxonomy()));
    const texts = Array.from({ length: 200 }, (_, i) => longFreelancerOverview(new Rng(1, 7, i), "Engineer", 6, SKILLS.slice(i % 5, (i % 5) + 5), { min: 100, max: 200 }));
    for (const [i, text] of texts.entries()) {
      const found = new Set(extract(text).map((m) => m.skill));
      expect(SKILLS.slice(i % 5, (i % 5) + 5).filter((s) => found.has(s)).length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(texts).size).toBe(texts.length);
    const vocabulary = new Set(texts.join(" ").toLowerCase().match(/[a-z]+/g));
    expect(vocabulary.size).toBeGreaterThan(500);
  });

  it("when overviewWords is set then only the overview column changes, and overviews are in range", () =>
    withTempDir(async (dir) => {
      const base = { freelancers: 150, jobs: 20, seed: 3 };
      await generateMarketplace({ ...base, outDir: join(dir, "short") });
      await generateMarketplace({ ...base, outDir: join(dir, "long"), overviewWords: { min: 100, max: 200 } });
      const [short, long] = await Promise.all([readCsv(join(dir, "short", DATA_FILES.freelancers)), readCsv(join(dir, "long", DATA_FILES.freelancers))]);
      expect(long.rows.length).toBe(short.rows.length);
      let withOverview = 0;
      short.rows.forEach((s, i) => {
        const l = long.rows[i];
        expect({ ...l, overview: "" }).toEqual({ ...s, overview: "" });
        expect(Boolean(l.overview)).toBe(Boolean(s.overview));
        if (l.overview) {
          withOverview++;
          expect(words(l.overview)).toBeGreaterThanOrEqual(100);
          expect(words(l.overview)).toBeLessThanOrEqual(200);
        }
      });
      expect(withOverview).toBeGreaterThan(100);
      for (const file of ["jobs", "proposals", "outcomes", "reviews"] as const) {
        const [a, b] = await Promise.all([readCsv(join(dir, "short", DATA_FILES[file])), readCsv(join(dir, "long", DATA_FILES[file]))]);
        expect(b.rows).toEqual(a.rows);
      }
    }));

  it.each([{ min: 10, max: 200 }, { min: 150, max: 100 }, { min: 100, max: 2000 }, { min: 100.5, max: 200 }, { min: 100, max: 200, avg: 1 }, 120])(
    "when overviewWords is %j then it fails with INVALID_OPTION on that field",
    async (overviewWords) => {
      const error = await generateMarketplace({ freelancers: 1, jobs: 1, outDir: "/nonexistent/never", overviewWords: overviewWords as never }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BestMatchError);
      expect((error as BestMatchError).code).toBe("INVALID_OPTION");
      expect((error as BestMatchError).field).toBe("overviewWords");
    },
  );
});
