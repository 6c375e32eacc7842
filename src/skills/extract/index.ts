export { createSkillExtractor, type SkillExtractor, type SkillMention } from "./extractor.js";
export { normalizeSkillKey, skillTokens, type SkillToken } from "./tokens.js";
export { isListSeparator } from "./evidence.js";
