import type { TaxonomyData } from "../taxonomy-types.js";
import { buildDefaultTaxonomy } from "./index.js";

/** The taxonomy shipped with bestmatch. Extend it with `extendTaxonomy(defaultTaxonomy, yours)`. */
export const defaultTaxonomy: TaxonomyData = buildDefaultTaxonomy();
