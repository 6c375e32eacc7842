/**
 * The profile changes gap advice tries for one job: each is a patch to the profile, derived
 * from what the job asks for and what the profile lacks. Whether a change helps, and by how
 * much, is left to re-scoring.
 */
import type { FreelancerRecord, JobRecord, SkillClaim } from "../model/records.js";
import { HOURS_NEEDED } from "../rank/features/fit.js";
import type { GapAdviceKind, GapSource } from "./types.js";

export interface CandidateChange {
  kind: GapAdviceKind;
  text: string;
  patch: Partial<FreelancerRecord>;
  skill?: string;
  from?: string;
  source: GapSource;
}

export interface SkillGap {
  /** Canonical name of a job skill the profile does not list. */
  skill: string;
  required: boolean;
  /** The profile's skill that gives related credit for it, if any. */
  from?: string;
}

const source = (jobField: string): GapSource => ({ jobField, method: "re-scored" });
const money = (n: number): string => `$${Number.isInteger(n) ? n : n.toFixed(2)}`;

export function candidateChanges(profile: FreelancerRecord, job: JobRecord, skillGaps: readonly SkillGap[]): CandidateChange[] {
  const out: CandidateChange[] = [];
  const skills: SkillClaim[] = profile.skills ?? [];
  for (const gap of skillGaps) {
    const patch = { skills: [...skills, gap.skill] };
    if (!gap.required) {
      out.push({ kind: "add-nice-to-have-skill", text: `add ${gap.skill} (nice-to-have for this job) to your skills`, patch, skill: gap.skill, source: source("niceToHaveSkills") });
    } else if (gap.from !== undefined) {
      out.push({
        kind: "show-related-skill",
        text: `you list ${gap.from}, which is related to the required ${gap.skill}; if you know ${gap.skill}, list it`,
        patch,
        skill: gap.skill,
        from: gap.from,
        source: source("skills"),
      });
    } else {
      out.push({ kind: "add-required-skill", text: `add the required skill ${gap.skill} to your skills`, patch, skill: gap.skill, source: source("skills") });
    }
  }
  const budget = job.budget;
  const limit = budget?.type === "hourly" ? (budget.max ?? budget.min) : undefined;
  if (limit !== undefined) {
    if (profile.hourlyRate === undefined) {
      out.push({ kind: "missing-field", text: `state an hourly rate; ${money(limit)}/h or less is within this job's budget`, patch: { hourlyRate: limit }, source: source("budget") });
    } else if (profile.hourlyRate > limit) {
      out.push({ kind: "rate-within-budget", text: `offer ${money(limit)}/h (the budget's limit) instead of ${money(profile.hourlyRate)}/h`, patch: { hourlyRate: limit }, source: source("budget") });
    }
  }
  if (profile.experienceLevel === undefined && job.experienceLevel !== undefined) {
    out.push({
      kind: "missing-field",
      text: `state your experience level (this job asks for ${job.experienceLevel}; the figures assume you are ${job.experienceLevel})`,
      patch: { experienceLevel: job.experienceLevel },
      source: source("experienceLevel"),
    });
  }
  const needed = job.duration ? HOURS_NEEDED[job.duration] : 20;
  if (profile.hoursPerWeek === undefined) {
    out.push({ kind: "missing-field", text: `state your weekly availability (this job needs about ${needed} h/week)`, patch: { hoursPerWeek: needed }, source: source("duration") });
  } else if (profile.hoursPerWeek < needed) {
    out.push({ kind: "more-hours", text: `offer ${needed} h/week instead of ${profile.hoursPerWeek} (what this job's length needs)`, patch: { hoursPerWeek: needed }, source: source("duration") });
  }
  return out;
}
