/**
 * Long profile overviews (the generator's `overviewWords` option): 100-200 words of prose as
 * real marketplace profiles read — an opening, paragraphs about past projects, clients and
 * process, a bulleted list of services, availability, the odd "currently learning X" or
 * "I don't do Y", a closing. Skills appear inside sentences, not only as a list.
 *
 * Vocabulary is varied on purpose: phrase banks for verbs, industries, outcomes and tools, and
 * made-up client names built from syllables, so a corpus has the long tail of rare words real
 * text has (the term dictionary and caches of an index see that tail, not a few hundred words).
 *
 * Drawn from its own stream (STREAM.overview), so the rest of a record is the same as without
 * the option: only the overview text differs.
 */
import type { Rng } from "./prng.js";
import { listPhrase, withArticle, yearsPhrase } from "./text.js";

export interface OverviewWords {
  /** Fewest words (whitespace-separated) in an overview. */
  min: number;
  /** Most words in an overview. */
  max: number;
}

const INDUSTRIES = [
  "fintech", "healthcare", "e-commerce", "real estate", "logistics", "education", "travel", "hospitality", "non-profit", "SaaS",
  "media", "gaming", "insurance", "retail", "manufacturing", "legal", "automotive", "fitness", "food delivery", "marketing agency",
  "biotech", "energy", "fashion", "construction", "telecom", "government", "recruiting", "beauty", "crypto", "agriculture",
];
const CLIENT_KINDS = ["startup", "agency", "brand", "company", "studio", "scale-up", "consultancy", "marketplace", "platform", "shop", "firm", "team"];
const OUTCOMES = [
  "cut page load time by {n}%", "increased conversions by {n}%", "reduced support tickets by {n}%", "doubled organic traffic in {m} months",
  "saved the team about {n} hours a week", "brought monthly costs down by {n}%", "grew the newsletter to {k} subscribers",
  "shipped the first version in {m} weeks", "improved retention by {n}%", "onboarded {k} new users in the first quarter",
  "raised the average order value by {n}%", "lowered churn by {n}%", "passed a security audit on the first try", "hit every milestone on schedule",
];
const DELIVERABLES = [
  "a customer portal", "an internal dashboard", "a booking system", "a mobile app", "a landing page", "a reporting pipeline", "an online store",
  "a content strategy", "a brand identity", "a pricing model", "a lead generation campaign", "a data warehouse", "an onboarding flow",
  "a recommendation engine", "a marketing website", "a migration plan", "a product catalogue", "an email sequence", "a training course",
  "a chatbot", "a payment integration", "an inventory tracker", "a style guide", "a financial model", "a video series", "a podcast launch",
];
const VERBS = ["built", "designed", "delivered", "launched", "rebuilt", "led", "created", "shipped", "redesigned", "automated", "planned", "scaled"];
const QUALITIES = [
  "clear communication", "attention to detail", "honest estimates", "clean documentation", "steady progress", "fast turnaround",
  "practical advice", "a calm approach to deadlines", "careful testing", "reliable delivery", "thoughtful questions", "realistic planning",
];
const PROCESS = [
  "I start every project with a short discovery call to understand your goals, your users and your constraints.",
  "Before writing a single line I agree on scope, milestones and how we will measure success.",
  "You get a short written update every day and a demo at the end of each week.",
  "I break large projects into small milestones, so you can review progress and change direction early.",
  "I document decisions as I go, so your team can maintain the work long after our contract ends.",
  "Every deliverable is reviewed twice before it reaches you, once by me and once against your brief.",
  "I prefer async communication in Slack or email, with a weekly call to plan the next steps.",
  "When something is unclear I ask early rather than guess, which keeps revisions to a minimum.",
  "I track tasks in Trello, Jira or Asana, whichever your team already uses.",
  "Feedback is welcome at every stage; small corrections are always included in the price.",
];
const AVAILABILITY = [
  "I am available {h} hours a week and overlap with both US and European working hours.",
  "I usually reply within a few hours and can join calls in the morning or evening.",
  "Currently open to long-term contracts as well as short fixed-price tasks.",
  "Based in {place}, I work flexible hours and can adapt to your time zone.",
  "I can start this week and commit {h} hours a week to your project.",
];
const PLACES = ["Lisbon", "Manila", "Lagos", "Kyiv", "Toronto", "Austin", "Bangalore", "Karachi", "Buenos Aires", "Cape Town", "Warsaw", "Nairobi", "Berlin", "Cebu"];
const CLOSERS = [
  "If this sounds like a fit, send me a message with a few lines about your project and I will reply with ideas and a rough estimate.",
  "Let's talk about what you are building; I am happy to give honest advice even if I am not the right person for it.",
  "Thanks for reading, and I look forward to hearing about your project.",
  "Feel free to invite me to your job, and I will get back to you the same day.",
  "Clients often come back for their next project, and I hope you will too.",
];
/** By word count: SIGN_OFFS[n - 1] has n words. */
const SIGN_OFFS = ["Thanks!", "Message me.", "Looking forward, Sam.", "Happy to help anytime.", "Let's build something great.", "Send me a message any time."];
const SYLLABLES = ["nor", "vex", "lum", "tra", "bel", "quin", "sol", "mar", "dex", "ora", "kin", "zen", "pix", "vio", "tal", "ryn", "cor", "abe", "lio", "sta"];
const NAME_ENDINGS = ["Labs", "Health", "Studio", "Group", "Digital", "Works", "Systems", "Co", "Media", "Partners", "Analytics", ""];

/** A made-up client name: "Norvex Labs", "Quinta". */
function clientName(rng: Rng): string {
  let name = "";
  for (let i = 1 + rng.int(2); i >= 0; i--) name += rng.pick(SYLLABLES);
  const ending = rng.pick(NAME_ENDINGS);
  return `${name[0].toUpperCase()}${name.slice(1)}${ending ? ` ${ending}` : ""}`;
}

function fill(rng: Rng, template: string): string {
  return template
    .replace("{n}", String(10 + rng.int(60)))
    .replace("{m}", String(2 + rng.int(10)))
    .replace("{k}", (1 + rng.int(40)) * 500 + "")
    .replace("{h}", String(rng.pick([10, 20, 30, 40])))
    .replace("{place}", rng.pick(PLACES));
}

/** Sentence makers; each takes the freelancer's skills (display names, at least one). */
type Sentence = (rng: Rng, skills: readonly string[], noun: string) => string;

const some = (rng: Rng, skills: readonly string[], n: number): string[] => {
  const start = rng.int(skills.length);
  const out: string[] = [];
  for (let i = 0; i < Math.min(n, skills.length); i++) out.push(skills[(start + i) % skills.length]);
  return out;
};

const PROJECT_SENTENCES: Sentence[] = [
  (rng, s) => `Recently I ${rng.pick(VERBS)} ${rng.pick(DELIVERABLES)} for ${clientName(rng)}, ${withArticle(`${rng.pick(INDUSTRIES)} ${rng.pick(CLIENT_KINDS)}`)}, using ${listPhrase(some(rng, s, 2))}; it ${fill(rng, rng.pick(OUTCOMES))}.`,
  (rng, s) => `For ${withArticle(`${rng.pick(INDUSTRIES)} ${rng.pick(CLIENT_KINDS)}`)} I ${rng.pick(VERBS)} ${rng.pick(DELIVERABLES)} with ${listPhrase(some(rng, s, 3))}, which ${fill(rng, rng.pick(OUTCOMES))}.`,
  (rng, s) => `One project I am proud of: ${rng.pick(DELIVERABLES)} for ${clientName(rng)} that ${fill(rng, rng.pick(OUTCOMES))}, built on ${some(rng, s, 1)[0]}.`,
  (rng, s) => `Most of my work is in ${rng.pick(INDUSTRIES)} and ${rng.pick(INDUSTRIES)}, where I use ${listPhrase(some(rng, s, 2))} every day.`,
  (rng, s) => `I have worked with ${2 + rng.int(80)} clients so far, from solo founders to teams at ${clientName(rng)} and ${clientName(rng)}, mostly on ${some(rng, s, 1)[0]} work.`,
  (rng, s) => `My strongest areas are ${listPhrase(some(rng, s, 3))}, and I keep up with new releases and best practices.`,
  (rng, s, noun) => `As ${withArticle(noun.toLowerCase())} I care about ${rng.pick(QUALITIES)} as much as about ${some(rng, s, 1)[0]} itself.`,
  (rng, s) => `I also help with ${listPhrase(some(rng, s, 2))} when a project needs it, so you do not have to hire two people.`,
];
const RARE_SENTENCES: Sentence[] = [
  (rng, s) => `Currently learning ${s[s.length - 1]} and using it on smaller side projects.`,
  (rng) => `I do not take on ${rng.pick(["WordPress theme", "logo only", "data entry", "cold calling", "academic"])} work.`,
  (rng, s) => `Not looking for ${rng.pick(["SEO", "WordPress", "Excel", "Photoshop"])} tasks, but happy to team up with specialists in ${s[0]}.`,
];

/** Templates per kind: services block, rare sentence, project sentence, process, availability. */
const TEMPLATE_COUNTS = [1, RARE_SENTENCES.length, PROJECT_SENTENCES.length, PROCESS.length, AVAILABILITY.length];
const COMMON_TEMPLATES = PROJECT_SENTENCES.length + PROCESS.length + AVAILABILITY.length;

/** A bulleted "what I offer" block (3-5 lines): one skill or a short service per line. */
function servicesBlock(rng: Rng, skills: readonly string[]): string {
  const lines = some(rng, skills, 3 + rng.int(3)).map((skill) => `- ${rng.pick(["", "Custom ", "End-to-end ", "Ongoing "])}${skill} ${rng.pick(["work", "projects", "support", "consulting", "setup", "audits"])}`);
  return `${rng.pick(["What I offer:", "Services:", "How I can help:", "I can help you with:"])}\n${lines.join("\n")}`;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * An overview of `words.min`-`words.max` words (the target drawn uniformly) for a freelancer
 * with these skills (display names; at least one).
 */
export function longFreelancerOverview(rng: Rng, noun: string, years: number, skills: readonly string[], words: OverviewWords): string {
  const target = words.min + rng.int(words.max - words.min + 1);
  const lead = skills.slice(0, 3);
  const opening = rng.pick([
    `Hi, I'm ${withArticle(noun.toLowerCase())} with ${yearsPhrase(years)} of hands-on experience in ${listPhrase(lead)}.`,
    `Hello! I have spent the last ${yearsPhrase(years)} helping ${rng.pick(INDUSTRIES)} and ${rng.pick(INDUSTRIES)} clients with ${listPhrase(lead)}.`,
    `${years}+ years as ${withArticle(noun.toLowerCase())}. I specialize in ${listPhrase(lead)} and in turning rough ideas into finished work.`,
  ]);
  const paragraphs: string[][] = [[opening]];
  let count = wordCount(opening);
  let servicesDone = false;
  let rareDone = false;
  const used = new Set<number>();
  // Add pieces until the target; skip any that would overshoot the maximum.
  for (let attempt = 0; count < target && attempt < 400; attempt++) {
    // Every common template used (a long range): start over rather than stall.
    if (used.size >= COMMON_TEMPLATES) used.clear();
    const r = rng.next();
    const services: boolean = !servicesDone && r < 0.12;
    const rare: boolean = !services && !rareDone && r < 0.2;
    // Each template at most once per overview: real profiles do not repeat a sentence.
    const kind = services ? 0 : rare ? 1 : r < 0.65 ? 2 : r < 0.85 ? 3 : 4;
    const k = rng.int(TEMPLATE_COUNTS[kind]);
    const id = kind * 100 + k;
    if (used.has(id)) continue;
    const piece =
      kind === 0
        ? servicesBlock(rng, skills)
        : kind === 1
          ? RARE_SENTENCES[k](rng, skills, noun)
          : kind === 2
            ? PROJECT_SENTENCES[k](rng, skills, noun)
            : kind === 3
              ? PROCESS[k]
              : fill(rng, AVAILABILITY[k]);
    const n = wordCount(piece);
    if (count + n > words.max) continue;
    used.add(id);
    count += n;
    if (services) {
      servicesDone = true;
      paragraphs.push([piece], []);
      continue;
    }
    rareDone ||= rare;
    if (rng.chance(0.2) && paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(piece);
  }
  const closers = CLOSERS.filter((c) => count + wordCount(c) <= words.max);
  if (closers.length && rng.chance(0.7)) {
    const closer = rng.pick(closers);
    paragraphs.push([closer]);
    count += wordCount(closer);
  }
  // Short of the minimum (a narrow range): sign-offs of 1-6 words close the gap exactly.
  const last = paragraphs[paragraphs.length - 1];
  while (count < words.min) {
    const gap = words.min - count;
    const signOff = SIGN_OFFS[Math.min(gap, SIGN_OFFS.length) - 1];
    last.push(signOff);
    count += wordCount(signOff);
  }
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join(" "))
    .join("\n\n");
}
