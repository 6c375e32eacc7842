/**
 * Natural-sounding text that mentions skills the way people write them: titles, profile
 * overviews, job posts, cover letters and review comments. Templates are picked by the
 * caller's seeded stream, so text is as deterministic as everything else.
 */
import type { ExperienceLevel } from "../model/records.js";
import type { Rng } from "./prng.js";

export function yearsPhrase(years: number): string {
  return years === 1 ? "1 year" : `${years} years`;
}

/** "a developer", "an engineer" (by first letter; good enough for generated prose). */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase}`;
}

export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const SENIORITY: Record<ExperienceLevel, readonly string[]> = {
  entry: ["Junior", "Aspiring", ""],
  intermediate: ["", "Experienced", "Freelance"],
  expert: ["Senior", "Lead", "Expert", "Certified"],
};

export function freelancerTitle(rng: Rng, level: ExperienceLevel, noun: string, label: string, skills: readonly string[]): string {
  const seniority = rng.pick(SENIORITY[level]);
  const prefix = seniority ? `${seniority} ` : "";
  switch (rng.int(4)) {
    case 0:
      return `${prefix}${skills[0]} ${noun}`;
    case 1:
      return skills.length > 1 ? `${prefix}${noun} | ${skills[0]}, ${skills[1]}` : `${prefix}${label} ${noun}`;
    case 2:
      return `${prefix}${label} ${noun}`;
    default:
      return skills.length > 1 ? `${skills[0]} & ${skills[1]} ${noun}` : `${skills[0]} ${noun}`;
  }
}

const OPENERS = [
  (noun: string, years: number, s: string) => `I am ${withArticle(noun.toLowerCase())} with ${yearsPhrase(years)} of experience in ${s}.`,
  (noun: string, years: number, s: string) => `Hi! I'm ${withArticle(noun.toLowerCase())} who has spent the last ${yearsPhrase(years)} working with ${s}.`,
  (noun: string, years: number, s: string) => `${years}+ years as ${withArticle(noun.toLowerCase())}, specializing in ${s}.`,
  (noun: string, years: number, s: string) => `Hello, I help clients get results with ${s}, drawing on ${yearsPhrase(years)} as ${withArticle(noun.toLowerCase())}.`,
];
const MIDDLES = [
  (s: string) => `I am also comfortable with ${s}.`,
  (s: string) => `My toolbox includes ${s}.`,
  (s: string) => `Recent projects involved ${s}.`,
  (s: string) => `I often combine this with ${s} to deliver end-to-end solutions.`,
];
const CLOSERS = [
  "I communicate clearly, meet deadlines and treat every project as if it were my own.",
  "Clients value my attention to detail and fast turnaround.",
  "Let's talk about how I can help with your next project.",
  "I am available for both short tasks and long-term collaboration.",
  "Quality and clear communication come first for me.",
];

export function freelancerOverview(rng: Rng, noun: string, years: number, skills: readonly string[]): string {
  const lead = skills.slice(0, Math.min(3, skills.length));
  const rest = skills.slice(lead.length, lead.length + 4);
  const parts = [rng.pick(OPENERS)(noun, years, listPhrase(lead))];
  if (rest.length > 0) parts.push(rng.pick(MIDDLES)(listPhrase(rest)));
  parts.push(rng.pick(CLOSERS));
  return parts.join(" ");
}

export function jobTitle(rng: Rng, noun: string, label: string, skills: readonly string[], project: string): string {
  const s0 = skills[0] ?? label;
  switch (rng.int(5)) {
    case 0:
      return `${s0} ${noun} needed for ${project}`;
    case 1:
      return `Looking for an experienced ${label} ${noun.toLowerCase()}`;
    case 2:
      return skills.length > 1 ? `${s0} and ${skills[1]} help with ${project}` : `${s0} help with ${project}`;
    case 3:
      return `${label}: ${project}`;
    default:
      return `Hiring ${withArticle(`${s0} ${noun.toLowerCase()}`)}`;
  }
}

export function jobDescription(
  rng: Rng,
  noun: string,
  project: string,
  required: readonly string[],
  niceToHave: readonly string[],
  durationText: string,
): string {
  const parts: string[] = [];
  parts.push(
    rng.pick([
      `We are looking for ${withArticle(noun.toLowerCase())} to help with ${project}.`,
      `Our team needs support with ${project}.`,
      `I need a reliable freelancer for ${project}.`,
    ]),
  );
  if (required.length > 0) {
    parts.push(
      rng.pick([
        `You should have solid experience with ${listPhrase(required)}.`,
        `Must have: ${required.join(", ")}.`,
        `The work involves ${listPhrase(required)} on a daily basis.`,
      ]),
    );
  }
  if (niceToHave.length > 0) parts.push(`Bonus if you know ${listPhrase(niceToHave)}.`);
  if (durationText) parts.push(`Expected duration: ${durationText}.`);
  parts.push(rng.pick(["Please share relevant examples of past work.", "Tell us about a similar project you delivered.", "Start your proposal with the word 'ready' so we know you read this."]));
  return parts.join(" ");
}

export function personalizedLetter(rng: Rng, jobTitleText: string, matched: readonly string[], years: number): string {
  const about = jobTitleText.length > 0 ? jobTitleText : "your project";
  const skillLine =
    matched.length > 0
      ? rng.pick([
          `I have used ${listPhrase(matched)} for ${yearsPhrase(years)} and recently delivered a very similar project.`,
          `Your requirements around ${listPhrase(matched)} match what I do every day.`,
          `I would start by reviewing your current setup, then apply ${listPhrase(matched)} where it helps most.`,
        ])
      : "I am new to part of this stack but learn fast and can show related work.";
  return `${rng.pick(["Hi,", "Hello,", "Dear client,"])} I read your post "${about}" with interest. ${skillLine} ${rng.pick([
    "Could we schedule a short call to discuss the details?",
    "I can start right away and share progress daily.",
    "Happy to answer any questions before we start.",
  ])}`;
}

/** A generic letter a freelancer pastes into every proposal: it never mentions the job. */
export function boilerplateLetter(rng: Rng, title: string, skills: readonly string[]): string {
  return rng.pick([
    `Hello, I am ${withArticle(title)} with a strong background in ${listPhrase(skills.slice(0, 3))}. I deliver high quality work on time and within budget. Please check my profile and feel free to contact me.`,
    `Dear Sir/Madam, I have read your job description and I am confident I can do this job perfectly. I have skills in ${skills.slice(0, 4).join(", ")}. Looking forward to working with you.`,
    `Hi there! I am an expert ${title}. 100% satisfaction guaranteed, unlimited revisions and fast delivery. Let's discuss your project.`,
  ]);
}

const REVIEW_TEXT: Record<number, readonly string[]> = {
  5: ["Excellent work, would hire again.", "Outstanding communication and quality.", "Delivered ahead of schedule. Highly recommended!", "A true professional."],
  4: ["Good work overall, a few small delays.", "Solid results and easy to work with.", "Did what was asked, good communication."],
  3: ["Work was acceptable but needed several revisions.", "Average experience.", "OK result, communication could be better."],
  2: ["Missed deadlines and the quality was below expectations.", "Had to redo part of the work."],
  1: ["Did not deliver what was agreed.", "Very poor communication, would not hire again."],
};

export function reviewText(rng: Rng, stars: number): string {
  return rng.pick(REVIEW_TEXT[stars] ?? REVIEW_TEXT[3]);
}
