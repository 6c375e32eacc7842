/** Synthetic marketplace data: realistic, deterministic, streamed CSV in the CLI's format. */
export { generateMarketplace, DEFAULT_GENERATE_OPTIONS } from "./generate.js";
export { SAMPLE_OPTIONS } from "./sample.js";
export type { GenerateOptions, GenerateSummary, DataFileKind } from "./generate.js";
export { HIDDEN_PREFERENCE_WEIGHTS, HIRE_PROBABILITY, hiddenUtility } from "./preference.js";
export type { PreferenceFeatures } from "./preference.js";
