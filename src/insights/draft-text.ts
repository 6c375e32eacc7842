/** The wording of a draft: title from the brief, description lines and screening questions. */
import type { ExperienceLevel } from "../model/records.js";
import type { DraftSource, Sourced } from "./types.js";

const LEAD_INS = /^(?:(?:hi|hello|hey)[,!.]?\s+)?(?:(?:i|we)\s+(?:am|are)\s+)?(?:(?:i|we)\s+)?(?:need|want|looking for|seeking|hiring|require|would like)\s+(?:(?:someone|somebody|a freelancer|a developer|an expert|help|a person)\s+)?(?:(?:to|who can|that can|for|with)\s+)?/i;

/** A title from the brief's first clause: lead-ins and the budget phrase dropped, at most 80 characters. */
export function titleFromBrief(brief: string, budgetText: string | undefined): string {
  let text = brief.replace(/\s+/g, " ").trim();
  if (budgetText) text = text.replace(budgetText, " ");
  text = text.split(/[.!?;\n]|,\s*(?:around|about|approx(?:imately)?|budget|for about|up to|max(?:imum)?)\b/i)[0] ?? text;
  text = text.replace(LEAD_INS, "").replace(/\b(?:around|about|approximately|budget(?: is)?|up to)\s*$/i, "").replace(/[\s,:-]+$/, "").trim();
  if (text.length > 80) text = `${text.slice(0, 80).replace(/\s+\S*$/, "")}`;
  return text ? text[0].toUpperCase() + text.slice(1) : "";
}

export function sentence(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (!t) return t;
  const s = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

export interface QuestionSkill {
  name: string;
  /** Taxonomy category path ("software/web-frontend"). */
  category: string;
}

const QUESTION_TEMPLATES = [
  (s: string) => `Describe a project where you used ${s}: what did you build, and what was your part?`,
  (s: string) => `How would you use ${s} on this project, and what would you check before handing it over?`,
  (s: string) => `What is the hardest ${s} problem you have solved for a client, and how did you solve it?`,
];

/** Two or three questions, one per top required skill, each tied to its taxonomy entry. */
export function screeningQuestions(skills: readonly QuestionSkill[], title: string): Array<Sourced<string>> {
  const out = skills.slice(0, 3).map((s, i): Sourced<string> => ({
    value: QUESTION_TEMPLATES[i](s.name),
    source: { kind: "taxonomy", detail: `${s.name} (${s.category})` },
  }));
  if (out.length < 2) {
    out.push({ value: `How would you approach "${title}", and how long would it take?`, source: { kind: "brief", detail: title } });
  }
  if (out.length < 2) {
    out.push({ value: "Which similar projects have you completed? Please share links.", source: { kind: "default", detail: "asked of every job" } });
  }
  return out;
}

const LEVEL_WORDS: Array<[RegExp, ExperienceLevel]> = [
  [/\b(?:senior|expert|experienced|seasoned|lead|principal|architect)\b/i, "expert"],
  [/\b(?:junior|beginner|entry[- ]level|student|intern|newbie)\b/i, "entry"],
  [/\b(?:intermediate|mid[- ]level)\b/i, "intermediate"],
];

export function levelFromBrief(brief: string): { level: ExperienceLevel; words: string } | undefined {
  for (const [re, level] of LEVEL_WORDS) {
    const m = re.exec(brief);
    if (m) return { level, words: m[0] };
  }
  return undefined;
}

export const LEVEL_PHRASE: Record<ExperienceLevel, string> = {
  entry: "Entry level is fine: clear communication and care matter more than years",
  intermediate: "Intermediate experience: you have delivered similar work before",
  expert: "Expert level: a track record of comparable projects",
};

export const brief = (detail: string): DraftSource => ({ kind: "brief", detail });
