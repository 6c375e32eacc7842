/**
 * Plain-language reasons and badges, derived from contributions (and the facts their feature
 * functions recorded) by fixed rules. Every reason names the feature it came from.
 */
import type { Badge, Contribution, RankedItem } from "./results.js";
import type { FeatureResult } from "./features/types.js";
import type { RankTask } from "./model.js";
import { REVIEW_VOLUME_CAP } from "./features/reputation.js";

export interface Reason {
  feature: string;
  text: string;
}

/** What explanation rules see: the contribution and the facts of its feature. */
export interface ExplainInput {
  task: RankTask;
  contributions: readonly Contribution[];
  facts: ReadonlyMap<string, FeatureResult["facts"]>;
  matchedSkills: RankedItem["matchedSkills"];
  missingSkills: readonly string[];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
const money = (n: number): string => `$${Number.isInteger(n) ? n : n.toFixed(2)}`;
const list = (xs: readonly string[], max = 3): string =>
  xs.length <= max ? xs.join(", ") : `${xs.slice(0, max).join(", ")} and ${xs.length - max} more`;

type Rule = (c: Contribution, f: Record<string, number | string>, input: ExplainInput) => string | undefined;

const RULES: Record<string, Rule> = {
  requiredSkills: (c, f, input) => {
    if (c.defaulted) return undefined;
    const who = input.task === "jobs" ? "you have" : "matches";
    const parts = [`${who} ${f.direct} of ${f.wanted} required skills`];
    const related = input.matchedSkills.filter((m) => m.via === "related");
    if (related.length) parts.push(related.slice(0, 2).map((m) => `${m.from} counts toward ${m.skill} (related)`).join(", "));
    if (input.missingSkills.length) parts.push(`missing ${list(input.missingSkills)}`);
    return parts.join("; ");
  },
  niceToHaveSkills: (c, f) => {
    if (c.defaulted || c.value <= 0) return undefined;
    const direct = Number(f.direct ?? 0);
    const own = direct > 0 ? `has ${direct} of the ${f.wanted} nice-to-have skills` : `has none of the ${f.wanted} nice-to-have skills itself`;
    return f.relatedPairs ? `${own}; ${f.relatedPairs} (related)` : own;
  },
  skillDepth: (c, f) => (!c.defaulted && c.value >= 0.67 ? `claims deep experience (strongest: ${f.deepest})` : undefined),
  skillFocus: (c, f) => {
    if (c.defaulted || c.value >= 0.3) return undefined;
    const total = Number(f.listed);
    const fromText = Number(f.fromText ?? 0);
    // Say where the skills came from: listed on the profile, found in its text, or both.
    const where = fromText === 0 ? `${total} listed skills` : fromText >= total ? `${plural(total, "skill")} found in the profile text` : `${total} skills (${total - fromText} listed, ${fromText} from the profile text)`;
    return `only ${f.relevant} of ${where} relate to this job`;
  },
  skillAlignment: (c, f) => (!c.defaulted && c.value >= 0.5 ? `uses ${f.relevant} of your ${f.listed} skills` : undefined),
  textRelevance: (c) => (c.value >= 0.5 ? (c.value >= 0.75 ? "text closely matches" : "text matches well") : undefined),
  rating: (c, f) => {
    if (c.defaulted) return `no reviews yet (rated at the ${f.stars}-star prior)`;
    if (f.countGiven === "no") return `rated ${Number(f.stars).toFixed(1)} stars (review count not given; weighed as one review)`;
    return `${Number(f.stars).toFixed(1)} stars over ${plural(Number(f.reviews), "review")}`;
  },
  jobSuccess: (c, f) => (c.defaulted ? undefined : `${f.percent}% job success`),
  recency: (c, f) => {
    if (c.defaulted) return undefined;
    if (Number(f.days) <= 7) return "active in the last week";
    return Number(f.days) > 90 ? `last active ${f.days} days ago` : undefined;
  },
  rateFit: (c, f) => {
    if (c.defaulted) return undefined;
    return c.value >= 1 ? `rate ${money(Number(f.rate))}/h within budget (up to ${money(Number(f.limit))}/h)` : `rate ${money(Number(f.rate))}/h above budget (up to ${money(Number(f.limit))}/h)`;
  },
  bidFit: (c, f) => {
    if (c.defaulted) return undefined;
    const unit = f.kind === "hourly" ? "/h" : "";
    return c.value >= 1 ? `bid ${money(Number(f.bid))}${unit} within budget` : `bid ${money(Number(f.bid))}${unit} above budget (${money(Number(f.limit))}${unit})`;
  },
  levelFit: (c, f) => {
    if (c.defaulted) return undefined;
    if (c.value >= 1) return `${f.candidate} level, as the job asks`;
    return c.value < 0.5 ? `${f.candidate} level; the job asks for ${f.job}` : undefined;
  },
  availability: (c, f) => (c.defaulted ? undefined : c.value >= 1 ? `available ${f.hours} h/week` : `only ${f.hours} h/week available (about ${f.needed} needed)`),
  coverLetterCoverage: (c) =>
    c.defaulted ? "no cover letter" : c.value >= 0.6 ? "cover letter addresses the job's requirements" : c.value < 0.3 ? "cover letter barely addresses the job" : undefined,
  personalization: (c, f) =>
    c.defaulted ? undefined : c.value < 0.5 ? "cover letter repeats one sent to another job" : c.value >= 0.9 && Number(f.compared) > 0 ? "cover letter written for this job" : undefined,
  responseTime: (c, f) => (c.defaulted ? undefined : Number(f.hours) <= 24 ? `applied within ${Math.max(1, Math.ceil(Number(f.hours)))} h of posting` : undefined),
  screeningAnswers: (c, f) => (c.defaulted ? undefined : `answered ${f.substantive} of ${f.answered} screening questions in substance`),
  clientQuality: (c, f) => {
    if (c.defaulted) return undefined;
    const bits: string[] = [];
    if (f.verified === "yes") bits.push("payment verified");
    if (f.rating !== undefined) bits.push(`client rated ${Number(f.rating).toFixed(1)}`);
    if (f.hires !== undefined) bits.push(`${plural(Number(f.hires), "past hire")}`);
    return bits.length ? bits.join(", ") : undefined;
  },
  freshness: (c, f) => (c.defaulted ? undefined : `posted ${Number(f.days) < 1 ? "today" : `${plural(Math.round(Number(f.days)), "day")} ago`}`),
  competition: (_, f) => `${plural(Number(f.proposals), "proposal")} so far`,
};

/** A tree model's contribution smaller than this share of the item's largest one says nothing worth a reason. */
export const TREE_REASON_MIN_SHARE = 0.05;

/**
 * Whether a tree model's contribution may carry a reason. Feature values are "higher is better",
 * so a reason about a high value reads as praise and one about a low value as a caution; trees can
 * give any value either sign, so a reason shows only when the sign agrees (high value, positive
 * contribution; low value, negative) and the contribution is material. Linear models (non-negative
 * weights by default) keep every rule's reason, as before.
 */
function treeReasonAllowed(c: Contribution, largest: number): boolean {
  if (Math.abs(c.contribution) < TREE_REASON_MIN_SHARE * largest) return false;
  return c.value >= 0.5 ? c.contribution > 0 : c.contribution < 0;
}

/** Reasons in order of contribution (largest first), ties by feature name. */
export function explainReasons(input: ExplainInput): Reason[] {
  const features = input.contributions.filter((c) => c.feature !== "bias");
  const largest = Math.max(0, ...features.map((c) => Math.abs(c.contribution)));
  const ordered = features
    .filter((c) => c.weight !== null || treeReasonAllowed(c, largest))
    .sort((a, b) => b.contribution - a.contribution || (a.feature < b.feature ? -1 : 1));
  const out: Reason[] = [];
  for (const c of ordered) {
    const rule = RULES[c.feature];
    const text = rule?.(c, input.facts.get(c.feature) ?? {}, input);
    if (text) out.push({ feature: c.feature, text });
  }
  return out;
}

/** A feature's contribution by name (undefined when the task has no such feature). */
const get = (input: ExplainInput, feature: string): Contribution | undefined => input.contributions.find((c) => c.feature === feature);
const fact = (input: ExplainInput, feature: string, key: string): number | string | undefined => input.facts.get(feature)?.[key];

/** Fewer reviews than this, with a strong skill match, is "Rising talent". */
export const RISING_TALENT_MAX_REVIEWS = 5;

/** Badge rules, in display order. Each reads contributions only (plus their facts). */
export const BADGE_RULES: ReadonlyArray<[Badge, (input: ExplainInput) => boolean]> = [
  ["Great skill match", (i) => { const c = get(i, "requiredSkills"); return !!c && !c.defaulted && c.value >= 0.8; }],
  ["Highly rated", (i) => { const c = get(i, "rating"); return !!c && !c.defaulted && Number(fact(i, "rating", "smoothed")) >= 4.7 && Number(fact(i, "rating", "reviews")) >= 10; }],
  ["Rising talent", (i) => {
    const skills = get(i, "requiredSkills");
    const volume = get(i, "reviewVolume");
    const few = !volume || volume.value < Math.log1p(RISING_TALENT_MAX_REVIEWS) / Math.log1p(REVIEW_VOLUME_CAP);
    return i.task !== "jobs" && !!volume && few && !!skills && !skills.defaulted && skills.value >= 0.7;
  }],
  ["Top proposal", (i) => {
    const cover = get(i, "coverLetterCoverage");
    const personal = get(i, "personalization");
    const skills = get(i, "requiredSkills");
    return !!cover && !!personal && !!skills && !cover.defaulted && cover.value >= 0.5 && !personal.defaulted && personal.value >= 0.8 && skills.value >= 0.6;
  }],
  ["Rate above budget", (i) => {
    const c = get(i, "rateFit") ?? get(i, "bidFit");
    return !!c && !c.defaulted && c.value < 1;
  }],
  ["Boilerplate proposal", (i) => { const c = get(i, "personalization"); return !!c && !c.defaulted && c.value < 0.5; }],
  ["Payment verified", (i) => fact(i, "clientQuality", "verified") === "yes"],
  ["New job", (i) => { const c = get(i, "freshness"); return !!c && !c.defaulted && c.value >= 0.9; }],
];

export function explainBadges(input: ExplainInput): Badge[] {
  return BADGE_RULES.filter(([, rule]) => rule(input)).map(([badge]) => badge);
}
