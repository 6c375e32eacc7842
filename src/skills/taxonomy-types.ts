/**
 * The taxonomy format (also its JSON file format). The default taxonomy, the
 * ESCO and Stack Overflow importers and user files all produce this shape.
 */

export const TAXONOMY_FORMAT_VERSION = 1;

export interface TaxonomySkill {
  /** Stable slug, lowercase: "react", "google-ads", "c-sharp". */
  id: string;
  /** Display name: "React", "Google Ads", "C#". */
  name: string;
  /** Slash path, most general first: "software/web-frontend", "marketing/ppc". */
  category: string;
  /** Other spellings seen in the wild: "ReactJS", "React.js". Matched case-insensitively unless ambiguous. */
  aliases?: string[];
  /**
   * Spellings that resolve when a record lists them (marketplace tags: "Website", "Testing",
   * "Healthcare") but are everyday words in prose, so extraction never looks for them.
   */
  tagAliases?: string[];
  /** Ids of related skills (symmetric in effect; one direction is enough). */
  related?: string[];
  /**
   * The name or an alias is also an everyday word or letter (Go, R, C, Swift, Rust, Excel):
   * free-text extraction needs case and context evidence before it counts.
   */
  ambiguous?: boolean;
  /**
   * A field of work rather than a tool ("Web Development", "API Development", "Sales"):
   * found in prose it says little, so an extracted generic skill is wanted as nice-to-have
   * (weighs less, never "missing"); listed by the client it counts like any other.
   */
  generic?: boolean;
}

export interface TaxonomyData {
  version: typeof TAXONOMY_FORMAT_VERSION;
  /** Where it came from: "bestmatch-default", "esco-1.1.1", ... */
  name: string;
  skills: TaxonomySkill[];
}
