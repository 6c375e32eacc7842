/**
 * A made-up taxonomy for tests: `areas` top-level areas with `nichesPerArea` categories of
 * `skillsPerNiche` skills each, linked inside a niche and across neighbouring niches. It has
 * none of the default taxonomy's names, so the generator is shown to depend on structure only.
 */
import type { TaxonomyData, TaxonomySkill } from "../skills/taxonomy-types.js";

export function syntheticTaxonomy(areas = 4, nichesPerArea = 3, skillsPerNiche = 12): TaxonomyData {
  const skills: TaxonomySkill[] = [];
  const id = (a: number, n: number, k: number) => `tool-${a}-${n}-${k}`;
  for (let a = 0; a < areas; a++) {
    for (let n = 0; n < nichesPerArea; n++) {
      for (let k = 0; k < skillsPerNiche; k++) {
        const related = [id(a, n, (k + 1) % skillsPerNiche)];
        if (k % 3 === 0) related.push(id(a, (n + 1) % nichesPerArea, k));
        if (k === 0) related.push(id((a + 1) % areas, n, 1));
        skills.push({
          id: id(a, n, k),
          name: `Tool ${a}.${n}.${k}`,
          category: `area${a}/niche-${n}`,
          aliases: k % 4 === 0 ? [`T${a}${n}${k}`] : undefined,
          related: related.filter((r) => r !== id(a, n, k)),
        });
      }
    }
  }
  return { version: 1, name: "synthetic", skills };
}
