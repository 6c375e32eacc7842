/**
 * The default taxonomy covers the tag vocabulary marketplaces use: at least 97% of the skill
 * tag occurrences on the real Upwork posts in ../shared/data resolve to a skill (name, alias,
 * tag alias or marketplace variant). Skips when the data is absent.
 */
import { describe, expect, test } from "vitest";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { missingSharedData, sharedDataPath } from "../src/testing/shared-data.js";
import { readUpworkPosts, tagCoverage, tagHalves, type UpworkPost } from "./upwork-posts.js";

const FOLDER = "upwork-jobs-software/upwork_jobs.csv";

describe.skipIf(missingSharedData(FOLDER))("Upwork tag coverage of the default taxonomy", () => {
  const taxonomy = new Taxonomy(buildDefaultTaxonomy());
  // Read only when the suite runs: collecting a skipped suite must not touch the data.
  let cached: UpworkPost[] | undefined;
  const posts = (): UpworkPost[] => (cached ??= readUpworkPosts(sharedDataPath(FOLDER) as string));

  test("at least 97% of tag occurrences resolve", () => {
    const c = tagCoverage(posts(), taxonomy);
    expect(c.occurrences).toBeGreaterThan(20_000);
    expect(c.resolved / c.occurrences).toBeGreaterThanOrEqual(0.97);
  });

  test("the half of the distinct tags the vocabulary was not written from is covered too (at least 95%)", () => {
    // Vocabulary was added looking at the "dev" half only; the held-out half shows how general it is.
    const { held } = tagHalves(posts());
    const c = tagCoverage(posts(), taxonomy, held);
    expect(c.resolved / c.occurrences).toBeGreaterThanOrEqual(0.95);
  });

  test.each([["Smartphone"], ["Web Application"], ["Website"], ["Ecommerce"], ["Desktop Application"], ["UX & UI"], ["Mobile App"]])("the issue's unresolved tag %s resolves", (tag) => {
    expect(taxonomy.resolve(tag)).toBeDefined();
  });
});
