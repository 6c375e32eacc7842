/**
 * One freelancer from its own seeded stream: the CSV row, the compact summary the job pass
 * needs, and a sample of its reviews.
 *
 * Reviews: every one of the freelancer's `review_count` star ratings is simulated (cheaply)
 * and `rating` is their exact mean; reviews.csv keeps only the most recent
 * REVIEWS_KEPT_PER_FREELANCER of them to stay small. With review_count <= that number the
 * file holds all of them, so rating equals the mean of that freelancer's rows.
 * Past work is not part of jobs.csv, so review rows leave job_id empty.
 */
import { EXPERIENCE_LEVELS, type ExperienceLevel } from "../model/records.js";
import { Rng, STREAM } from "./prng.js";
import type { FreelancerSummary } from "./pool.js";
import { pickRole, sampleRoleSkills } from "./skill-model.js";
import { COUNTRIES, categoryProfile } from "./vocabulary.js";
import { DAY_MS, type GenContext, type Row, countrySampler, isoDate, maybe, num, skillDisplayName } from "./context.js";
import { freelancerOverview, freelancerTitle, reviewText } from "./text.js";
import { longFreelancerOverview } from "./long-overview.js";

export const REVIEWS_KEPT_PER_FREELANCER = 3;

export const LEVEL_RATE_FACTOR: Record<ExperienceLevel, number> = { entry: 0.6, intermediate: 1, expert: 1.7 };

export interface ReviewDraft {
  stars: number;
  text?: string;
  createdAt: number;
}

export interface GeneratedFreelancer {
  row: Row;
  summary: FreelancerSummary;
  /** Most recent first; ids are assigned by the caller. */
  reviews: ReviewDraft[];
}

export function freelancerId(index: number): string {
  return `f${index + 1}`;
}

export function generateFreelancer(ctx: GenContext, index: number): GeneratedFreelancer {
  const { model, now } = ctx;
  const rng = new Rng(ctx.seed, STREAM.freelancer, index);
  const roleIndex = pickRole(model, rng);
  const role = model.roles[roleIndex];
  const profile = categoryProfile(role.topLevel);
  const level = pickLevel(rng);
  const skills = sampleRoleSkills(model, roleIndex, clamp(Math.round(rng.logNormal(7, 0.4)), 2, 15), rng);
  const names = skills.map((s) => skillDisplayName(model, s, rng));
  const country = COUNTRIES[countrySampler.sample(rng)];
  const rate = Math.max(3, Math.round(profile.medianRate * country.rateFactor * LEVEL_RATE_FACTOR[level] * rng.logNormal(1, 0.35)));
  const years = level === "entry" ? rng.between(0, 2) : level === "intermediate" ? rng.between(2, 7) : rng.between(5, 20);

  // Ratings skew high as on real marketplaces: target mean 5 - Exp(0.35), a median near 4.75.
  const targetMean = Math.max(1, 5 + 0.35 * Math.log(1 - rng.next()));
  // Heavy-tailed review counts: a fifth are new with none, the rest log-normal.
  const reviewCount = rng.chance(0.2) ? 0 : Math.min(5000, Math.floor(rng.logNormal(level === "expert" ? 12 : 5, 1.2)));
  const ageDays = Math.min(3650, 20 + rng.next() * 365 * (1 + Math.log1p(reviewCount)));
  const createdAt = now - ageDays * DAY_MS;
  const { rating, reviews } = simulateReviews(ctx, index, targetMean, reviewCount, createdAt);

  const completedJobs = reviewCount + Math.floor(reviewCount * 0.5 * rng.next()) + (reviewCount === 0 && rng.chance(0.3) ? 1 : 0);
  const jobSuccess = clamp(Math.round(100 - (5 - targetMean) * 18 - rng.next() * 8), 0, 100);
  const earnings = completedJobs * rate * rng.logNormal(40, 0.8);
  const languages = [...country.languages];
  if (!languages.includes("English") && rng.chance(0.5)) languages.push("English");
  else if (rng.chance(0.1)) languages.push(rng.pick(["French", "German", "Spanish", "Arabic", "Russian"].filter((l) => !languages.includes(l))));

  // Each optional field is left out a few percent of the time, as on real profiles.
  const row: Row = {
    id: freelancerId(index),
    title: maybe(rng, 0.02, freelancerTitle(rng, level, rng.pick(profile.nouns), role.label, names)),
    overview: maybe(rng, 0.04, overview(ctx, index, rng, rng.pick(profile.nouns), Math.max(1, years), names)),
    skills: maybe(rng, 0.02, names.join(";")),
    hourly_rate: maybe(rng, 0.03, num(rate)),
    experience_level: maybe(rng, 0.05, level),
    hours_per_week: maybe(rng, 0.1, String(rng.pick([10, 20, 20, 30, 40, 40, 40]))),
    country: maybe(rng, 0.02, country.code),
    timezone: maybe(rng, 0.08, country.timezone),
    languages: maybe(rng, 0.05, languages.join(";")),
    rating: reviewCount > 0 ? num(rating, 2) : undefined,
    review_count: String(reviewCount),
    job_success: completedJobs > 0 ? maybe(rng, 0.05, String(jobSuccess)) : undefined,
    completed_jobs: String(completedJobs),
    total_earnings: maybe(rng, 0.06, num(earnings)),
    last_active_at: maybe(rng, 0.03, isoDate(now - rng.next() * rng.next() * 60 * DAY_MS)),
    created_at: isoDate(createdAt),
  };
  const summary: FreelancerSummary = {
    role: roleIndex,
    skills,
    rate,
    rating: reviewCount > 0 ? rating : 0,
    reviewCount,
    level,
    years,
    boilerplate: rng.chance(0.25),
  };
  // A profile needs something to rank on: never leave out title, overview and skills together.
  if (row.title === undefined && row.overview === undefined && row.skills === undefined) row.skills = names.join(";");
  return { row, summary, reviews };
}

/**
 * The short overview is always drawn from the record's stream, so the stream stays where it was;
 * a long one (option `overviewWords`) comes from a stream of its own and replaces it: the rest
 * of the record is the same with or without the option.
 */
function overview(ctx: GenContext, index: number, rng: Rng, noun: string, years: number, names: readonly string[]): string {
  const short = freelancerOverview(rng, noun, years, names);
  if (!ctx.overviewWords) return short;
  return longFreelancerOverview(new Rng(ctx.seed, STREAM.overview, index), noun, years, names, ctx.overviewWords);
}

function pickLevel(rng: Rng): ExperienceLevel {
  const r = rng.next();
  return EXPERIENCE_LEVELS[r < 0.3 ? 0 : r < 0.75 ? 1 : 2];
}

/** All `count` stars from the freelancer's review stream; keeps the most recent few. */
function simulateReviews(ctx: GenContext, index: number, targetMean: number, count: number, createdAt: number) {
  const rng = new Rng(ctx.seed, STREAM.reviews, index);
  let sum = 0;
  const reviews: ReviewDraft[] = [];
  const span = ctx.now - createdAt;
  for (let k = 0; k < count; k++) {
    const stars = drawStars(rng, targetMean);
    sum += stars;
    if (k < REVIEWS_KEPT_PER_FREELANCER) {
      // Most recent first: each kept review is older than the previous one.
      const createdAtK = ctx.now - span * ((k + rng.next()) / (REVIEWS_KEPT_PER_FREELANCER + 1));
      reviews.push({ stars, text: rng.chance(0.85) ? reviewText(rng, stars) : undefined, createdAt: createdAtK });
    }
  }
  return { rating: count > 0 ? sum / count : 0, reviews };
}

/** Whole stars averaging `mean`, plus the odd outlier from any client. */
function drawStars(rng: Rng, mean: number): number {
  if (rng.chance(0.05)) return rng.between(1, 5);
  const low = Math.floor(mean);
  return Math.min(5, low + (rng.next() < mean - low ? 1 : 0));
}

export function reviewRow(id: string, freelancerIndex: number, r: ReviewDraft): Row {
  return { id, freelancer_id: freelancerId(freelancerIndex), rating: String(r.stars), text: r.text, created_at: isoDate(r.createdAt) };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
