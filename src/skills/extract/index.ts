export { createSkillExtractor, type SkillExtractor, type SkillMention, type MentionClass } from "./extractor.js";
export { classifyMentions } from "./mention-class.js";
export { normalizeSkillKey, skillTokens, type SkillToken } from "./tokens.js";
export { isListSeparator } from "./evidence.js";
