/** Synthetic marketplace data: realistic, deterministic, streamed CSV in the CLI's format. */
export { generateMarketplace, DEFAULT_GENERATE_OPTIONS } from "./generate.js";
export type { GenerateOptions, GenerateSummary, DataFileKind } from "./generate.js";
export { HIDDEN_PREFERENCE_WEIGHTS, HIRE_PROBABILITY, hiddenUtility, preferenceFeatures } from "./preference.js";
export type { PreferenceFeatures, PreferenceInput } from "./preference.js";
