/**
 * Proposals for one job and what happened to them. Applicants are mostly plausible (they
 * list one of the job's skills, drawn through the skill postings) plus some random ones,
 * as on real marketplaces. Freelancers flagged as boilerplate writers paste the same letter
 * into most proposals; the letter comes from their own stream, so it is identical across jobs.
 */
import { Rng, STREAM } from "./prng.js";
import type { FreelancerPool } from "./pool.js";
import type { GenContext, Row } from "./context.js";
import { DAY_MS, isoDate, num } from "./context.js";
import type { JobDraft } from "./jobs.js";
import { LEVEL_RATE_FACTOR, freelancerId } from "./freelancers.js";
import { HIRE_PROBABILITY, assignOutcomes, hiddenUtility, preferenceFeatures } from "./preference.js";
import { categoryProfile, SCREENING_ANSWERS } from "./vocabulary.js";
import { boilerplateLetter, personalizedLetter } from "./text.js";

/** Share of applicants drawn among freelancers who list one of the job's skills. */
export const PLAUSIBLE_APPLICANT_SHARE = 0.75;

export interface JobProposals {
  proposals: Row[];
  outcomes: Row[];
}

/** Mean `perJob` proposals per job (uniform between half and one and a half times it). */
export function generateProposals(ctx: GenContext, pool: FreelancerPool, job: JobDraft, perJob: number, firstId: number): JobProposals {
  const rng = new Rng(ctx.seed, STREAM.proposals, job.index);
  const count = Math.min(pool.size, perJob <= 0 ? 0 : rng.between(Math.ceil(perJob / 2), Math.floor((perJob * 3) / 2)));
  const applicants = pickApplicants(rng, pool, job, count);
  const proposals: Row[] = [];
  const utilities: number[] = [];
  const jobSkills = [...job.required, ...job.niceToHave];
  applicants.forEach((f, k) => {
    const letter = coverLetter(ctx, rng, pool, f, job);
    const bid = rng.chance(0.02) ? undefined : bidFor(ctx, rng, pool.rate[f], job);
    const submittedAt = job.postedAt + rng.next() * Math.min(7 * DAY_MS, ctx.now - job.postedAt);
    const answers = job.screeningQuestions > 0 && rng.chance(0.95) ? pickDistinct(rng, SCREENING_ANSWERS, job.screeningQuestions) : [];
    proposals.push({
      id: `p${firstId + k}`,
      job_id: job.id,
      freelancer_id: freelancerId(f),
      cover_letter: letter?.text,
      bid: bid === undefined ? undefined : num(bid),
      submitted_at: isoDate(submittedAt),
      screening_answers: answers.length > 0 ? answers.join(";") : undefined,
    });
    const features = preferenceFeatures(ctx.model, {
      required: job.required.length > 0 ? job.required : jobSkills,
      niceToHave: job.niceToHave,
      jobLevel: job.level,
      budget: job.budget,
      freelancerSkills: pool.skillsOf(f),
      rating: pool.rating[f],
      reviewCount: pool.reviewCount[f],
      level: pool.levelOf(f),
      bid,
      personalized: letter?.personalized ?? false,
    });
    utilities.push(hiddenUtility(features, rng.normal()));
  });
  const outcomes = assignOutcomes(utilities, rng.chance(HIRE_PROBABILITY), rng.between(1, 2));
  return {
    proposals,
    outcomes: proposals.map((p, k) => ({ job_id: job.id, freelancer_id: p.freelancer_id, proposal_id: p.id, outcome: outcomes[k] })),
  };
}

function pickApplicants(rng: Rng, pool: FreelancerPool, job: JobDraft, count: number): number[] {
  const chosen: number[] = [];
  const seen = new Set<number>();
  const skills = job.required.length > 0 ? job.required : job.niceToHave;
  for (let attempt = 0; chosen.length < count && attempt < count * 20 + 20; attempt++) {
    let f = -1;
    if (skills.length > 0 && rng.chance(PLAUSIBLE_APPLICANT_SHARE)) {
      const holders = pool.withSkill(skills[rng.int(skills.length)]);
      if (holders.length > 0) f = holders[rng.int(holders.length)];
    }
    if (f < 0) f = rng.int(pool.size);
    if (!seen.has(f)) {
      seen.add(f);
      chosen.push(f);
    }
  }
  return chosen;
}

function coverLetter(ctx: GenContext, rng: Rng, pool: FreelancerPool, f: number, job: JobDraft) {
  if (rng.chance(0.03)) return undefined;
  const skills = ctx.model.skills;
  const held = pool.skillsOf(f);
  if (rng.chance(pool.boilerplate[f] ? 0.85 : 0.05)) {
    // Drawn from the freelancer's letter stream only: the same text every time.
    const letterRng = new Rng(ctx.seed, STREAM.letter, f);
    const role = ctx.model.roles[pool.role[f]];
    const title = `${role.label} ${letterRng.pick(categoryProfile(role.topLevel).nouns)}`;
    const names = Array.from(held.subarray(0, 4), (s) => skills[s].name);
    return { text: boilerplateLetter(letterRng, title, names), personalized: false };
  }
  const matched = [...job.required, ...job.niceToHave].filter((s) => held.includes(s)).slice(0, 3);
  return { text: personalizedLetter(rng, job.title, matched.map((s) => skills[s].name), Math.max(1, pool.years[f])), personalized: true };
}

/** Hourly bids sit near the freelancer's rate; fixed bids near the budget, higher for pricier people. */
function bidFor(ctx: GenContext, rng: Rng, rate: number, job: JobDraft): number {
  if (job.budget.type === "hourly") return Math.max(3, Math.round(rate * rng.logNormal(1, 0.1)));
  const typicalRate = categoryProfile(ctx.model.roles[job.role].topLevel).medianRate * LEVEL_RATE_FACTOR[job.level];
  return Math.max(5, 5 * Math.round((job.budget.amount * Math.sqrt(rate / typicalRate) * rng.logNormal(1, 0.2)) / 5));
}

function pickDistinct<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(rng.int(copy.length), 1)[0]);
  return out;
}
