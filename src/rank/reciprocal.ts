/**
 * Reciprocal (two-sided) Best Match: a match works only if the freelancer fits the job *and* the
 * job fits the freelancer. The model's best `depth` freelancers for the job are re-scored from the
 * freelancer's side with the recommendJobs model and features (jobSide), and ranked by
 *
 *   score = (1 - w) * freelancerFitsJob + w * jobFitsFreelancer        (w = `weight`)
 *
 * A weighted sum, not a harmonic or geometric mean: it is exact by construction (each side's
 * contributions scaled by its share add up to the score), and it stays defined for any model,
 * including trained ones whose scores can be zero or negative, where a harmonic mean is not.
 */
import type { Corpus } from "../corpus/corpus.js";
import type { FreelancerDoc, JobDoc } from "../corpus/normalize.js";
import { BestMatchError } from "../errors.js";
import { RECIPROCAL_KEYS, rejectUnknownKeys } from "../option-keys.js";
import { DEFAULT_RECIPROCAL, type RankFreelancersOptions, type ReciprocalOptions } from "../options.js";
import { checkPaging } from "./assemble.js";
import { explainReasons } from "./explain.js";
import { relatedTable, toMatchedSkills } from "./features/skills.js";
import { neighborFn } from "./job-query.js";
import { jobSide } from "./recommend-jobs.js";
import { rankFreelancers } from "./rank-freelancers.js";
import type { Contribution, ContributionGroup, RankResult, RankedItem } from "./results.js";
import { scoreFeatures } from "./score.js";

/** How each side's reasons are introduced, so a reader knows whose view a reason is. */
export const SIDE_PREFIX: Record<ContributionGroup, string> = {
  freelancerFitsJob: "for the job: ",
  jobFitsFreelancer: "for the freelancer: ",
};

export function resolveReciprocal(option: RankFreelancersOptions["reciprocal"]): ReciprocalOptions | undefined {
  if (option === undefined || option === false) return undefined;
  if (typeof option === "object") rejectUnknownKeys(option, RECIPROCAL_KEYS, "reciprocal");
  const o = { ...DEFAULT_RECIPROCAL, ...(option === true ? {} : option) };
  if (typeof o.weight !== "number" || !(o.weight >= 0 && o.weight <= 1)) {
    throw new BestMatchError("INVALID_OPTION", 'option "reciprocal.weight" is invalid', { field: "reciprocal.weight", value: o.weight, expected: "a number from 0 to 1" });
  }
  if (!Number.isInteger(o.depth) || o.depth < 1) {
    throw new BestMatchError("INVALID_OPTION", 'option "reciprocal.depth" is invalid', { field: "reciprocal.depth", value: o.depth, expected: "an integer >= 1" });
  }
  return o;
}

const scaled = (c: Contribution, share: number, group: ContributionGroup): Contribution => ({
  ...c,
  // Tree models have no per-feature weight (null); their TreeSHAP contributions scale all the same.
  weight: c.weight === null ? null : c.weight * share,
  contribution: c.contribution * share,
  group,
});

export function rankReciprocal(corpus: Corpus, job: JobDoc, options: RankFreelancersOptions, reciprocal: ReciprocalOptions): RankResult {
  const { limit, offset } = checkPaging(options);
  const w = reciprocal.weight;
  const base = rankFreelancers(corpus, job, { ...options, reciprocal: undefined, offset: 0, limit: Math.max(reciprocal.depth, offset + limit) });
  const model = corpus.options.models.jobs;
  const related = relatedTable(neighborFn(corpus), corpus.vocabulary.size);
  // The job's index slot when the job ranked is the indexed one (a record ranked as given has none).
  const slot = corpus.jobs.table.doc(job.record.id);
  const indexedDoc = slot !== undefined && corpus.jobs.table.get(slot) === job ? slot : undefined;
  const table = corpus.freelancers.table;
  const name = (i: number) => corpus.vocabulary.name(i);
  const items = base.items.map((item): RankedItem => {
    const freelancer = table.get(table.doc(item.id) as number) as FreelancerDoc;
    const { features, coverage } = jobSide(corpus, freelancer, related).features(job, indexedDoc, true);
    const theirs = scoreFeatures(model, features);
    const contributions = [
      ...item.contributions.map((c) => scaled(c, 1 - w, "freelancerFitsJob")),
      ...theirs.contributions.map((c) => scaled(c, w, "jobFitsFreelancer")),
    ];
    // The score is the sum of the contributions shown, by construction.
    let score = 0;
    for (const c of contributions) score += c.contribution;
    const jobReasons = explainReasons({
      task: "jobs",
      contributions: theirs.contributions,
      facts: new Map([...features].map(([k, v]) => [k, v.facts])),
      matchedSkills: toMatchedSkills(coverage, name),
      missingSkills: coverage.missing.map(name),
    });
    // The client's-view reasons first (the list is for the client), then the freelancer's view; each says whose it is.
    const reasons = [...item.reasons.map((t) => SIDE_PREFIX.freelancerFitsJob + t), ...jobReasons.map((r) => SIDE_PREFIX.jobFitsFreelancer + r.text)];
    return { ...item, score, contributions, reasons, sides: { freelancerFitsJob: item.score, jobFitsFreelancer: theirs.score, weight: w } };
  });
  items.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const page = items.slice(offset, offset + limit).map((item, i) => ({ ...item, rank: offset + i + 1 }));
  return { items: page, total: base.total };
}
