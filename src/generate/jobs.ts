/**
 * One job from its own seeded stream: the CSV row and the draft the proposal pass scores
 * applicants against. Budgets follow the role's category (log-normal around its median
 * rate); fixed-price budgets scale with the expected hours of the job's duration.
 */
import { EXPERIENCE_LEVELS, JOB_DURATIONS, type ExperienceLevel, type JobDuration } from "../model/records.js";
import { Rng, STREAM, WeightedSampler } from "./prng.js";
import { pickRole, sampleRoleSkills } from "./skill-model.js";
import { COUNTRIES, categoryProfile, projectsFor } from "./vocabulary.js";
import { DAY_MS, type GenContext, type Row, countrySampler, isoDate, maybe, num, skillDisplayName } from "./context.js";
import { LEVEL_RATE_FACTOR } from "./freelancers.js";
import { jobDescription, jobTitle } from "./text.js";

export type BudgetDraft = { type: "hourly"; min: number; max: number } | { type: "fixed"; amount: number };

export interface JobDraft {
  index: number;
  id: string;
  role: number;
  title: string;
  required: number[];
  niceToHave: number[];
  level: ExperienceLevel;
  budget: BudgetDraft;
  postedAt: number;
  /** Number of screening questions applicants answer (0 = none). */
  screeningQuestions: number;
}

const DURATION_SAMPLER = new WeightedSampler([40, 30, 15, 15]);
const DURATION_HOURS: Record<JobDuration, number> = { "under-1-month": 20, "1-3-months": 80, "3-6-months": 250, "over-6-months": 600 };
const DURATION_TEXT: Record<JobDuration, string> = {
  "under-1-month": "less than a month",
  "1-3-months": "one to three months",
  "3-6-months": "three to six months",
  "over-6-months": "more than six months",
};

export function jobId(index: number): string {
  return `j${index + 1}`;
}

export function generateJob(ctx: GenContext, index: number): { row: Row; job: JobDraft } {
  const { model, now } = ctx;
  const rng = new Rng(ctx.seed, STREAM.job, index);
  const roleIndex = pickRole(model, rng);
  const role = model.roles[roleIndex];
  const profile = categoryProfile(role.topLevel);
  const r = rng.next();
  const level = EXPERIENCE_LEVELS[r < 0.25 ? 0 : r < 0.75 ? 1 : 2];
  const requiredCount = Math.min(6, Math.max(1, Math.round(rng.logNormal(3, 0.4))));
  const niceCount = rng.chance(0.3) ? 0 : rng.between(1, 4);
  const skills = sampleRoleSkills(model, roleIndex, requiredCount + niceCount, rng);
  const required = skills.slice(0, requiredCount);
  const niceToHave = skills.slice(requiredCount);
  const requiredNames = required.map((s) => skillDisplayName(model, s, rng));
  const niceNames = niceToHave.map((s) => skillDisplayName(model, s, rng));
  const duration = JOB_DURATIONS[DURATION_SAMPLER.sample(rng)];
  const medianRate = profile.medianRate * LEVEL_RATE_FACTOR[level] * 1.2 * rng.logNormal(1, 0.3);
  const budget: BudgetDraft = rng.chance(0.6)
    ? { type: "hourly", min: Math.max(3, Math.round(medianRate * 0.6)), max: Math.max(5, Math.round(medianRate * 1.3)) }
    : { type: "fixed", amount: Math.max(5, 5 * Math.round((medianRate * rng.logNormal(DURATION_HOURS[duration], 0.7)) / 5)) };
  const noun = rng.pick(profile.nouns);
  const project = rng.pick(projectsFor(role.topLevel));
  const title = jobTitle(rng, noun, role.label, requiredNames, project);
  const postedAt = now - rng.next() * 60 * DAY_MS;
  const hires = rng.chance(0.3) ? 0 : Math.floor(rng.logNormal(4, 1.3));
  const clientCountry = COUNTRIES[countrySampler.sample(rng)].code;
  const hasBudget = !rng.chance(0.04);

  const row: Row = {
    id: jobId(index),
    title,
    description: maybe(rng, 0.02, jobDescription(rng, noun, project, requiredNames, niceNames, DURATION_TEXT[duration])),
    skills: maybe(rng, 0.02, requiredNames.join(";")),
    nice_to_have_skills: niceNames.length > 0 ? niceNames.join(";") : undefined,
    budget_type: hasBudget ? budget.type : undefined,
    budget_min: hasBudget && budget.type === "hourly" && !rng.chance(0.1) ? num(budget.min) : undefined,
    budget_max: hasBudget && budget.type === "hourly" ? num(budget.max) : undefined,
    budget_amount: hasBudget && budget.type === "fixed" ? num(budget.amount) : undefined,
    experience_level: maybe(rng, 0.05, level),
    duration: maybe(rng, 0.08, duration),
    posted_at: isoDate(postedAt),
    client_payment_verified: maybe(rng, 0.05, String(rng.chance(0.8))),
    client_rating: hires > 0 ? num(Math.max(1, 5 + 0.4 * Math.log(1 - rng.next())), 2) : undefined,
    client_hires: String(hires),
    client_total_spent: maybe(rng, 0.1, num(hires * rng.logNormal(800, 1.1))),
    client_country: maybe(rng, 0.1, clientCountry),
  };
  const job: JobDraft = {
    index,
    id: jobId(index),
    role: roleIndex,
    title,
    required,
    niceToHave,
    level,
    budget,
    postedAt,
    screeningQuestions: rng.chance(0.3) ? rng.between(1, 3) : 0,
  };
  return { row, job };
}
