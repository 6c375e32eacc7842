/**
 * Quality of a top 20 against the generator's hidden preference model (src/generate/preference.ts).
 *
 * The generator is deterministic, so the truth is rebuilt in process from the corpus seed: every
 * freelancer's true skills (taxonomy indices), rating, review count, level and rate, and every job's
 * true required / nice-to-have skills, level and budget, also where the CSV leaves them out.
 *
 * Grade of freelancer f for job j = max(0, U), where U is the model's expected utility for a
 * proposal f would send, with the terms that belong to a proposal rather than a person held out:
 *   U = 3.0 * requiredCoverage + 1.0 * niceCoverage + 1.2 * reputation + 1.0 * rateFit + 0.4 * levelFit
 * (the generator's own feature functions; noise is left out as its mean is 0, "personalized" as
 * it is a property of a cover letter, not of the freelancer). The bid rateFit sees is the central
 * bid the generator would draw: the freelancer's rate for hourly jobs; for fixed-price jobs the
 * budget times sqrt(rate / typical rate of the job's category and level).
 * Gain = 2^grade - 1; NDCG@20 = DCG of the system's top 20 / DCG of the best 20 in the whole corpus.
 */
import { buildDefaultTaxonomy } from "../../src/skills/default-taxonomy/index.js";
import { REFERENCE_TIME, type GenContext } from "../../src/generate/context.js";
import { buildSkillModel, type SkillModel } from "../../src/generate/skill-model.js";
import { FreelancerPool } from "../../src/generate/pool.js";
import { LEVEL_RATE_FACTOR, generateFreelancer } from "../../src/generate/freelancers.js";
import { generateJob, type JobDraft } from "../../src/generate/jobs.js";
import { categoryProfile } from "../../src/generate/vocabulary.js";
import { HIDDEN_PREFERENCE_WEIGHTS } from "../../src/generate/preference.js";
import { EXPERIENCE_LEVELS } from "../../src/model/records.js";

export const NDCG_K = 20;

/** The generator's true state for one corpus, in typed arrays (freelancer i has id `f${i + 1}`). */
export interface Truth {
  model: SkillModel;
  pool: FreelancerPool;
  jobs: Map<string, JobDraft>;
}

/** Rebuilds the generator's truth for `freelancers` and the listed job indices (0-based) of a seed. */
export function rebuildTruth(seed: number, freelancers: number, jobIndices: readonly number[]): Truth {
  const ctx: GenContext = { seed, model: buildSkillModel(buildDefaultTaxonomy()), now: REFERENCE_TIME };
  const pool = new FreelancerPool(freelancers);
  for (let i = 0; i < freelancers; i++) pool.add(generateFreelancer(ctx, i).summary);
  const jobs = new Map<string, JobDraft>();
  for (const j of jobIndices) {
    const { job } = generateJob(ctx, j);
    jobs.set(job.id, job);
  }
  return { model: ctx.model, pool, jobs };
}

/** Job index (0-based) of a generated job id "j123". */
export function jobIndexOf(id: string): number {
  return Number(id.slice(1)) - 1;
}

/**
 * A job's grading context: for each wanted skill a dense mark over the skill vocabulary
 * (2 = the skill itself, 1 = related in the taxonomy), so a freelancer's coverage costs one
 * read per (wanted, held) pair, with the same credit as the generator's skillCoverage.
 */
export class JobGrader {
  private readonly required: Uint8Array[];
  private readonly nice: Uint8Array[];
  private readonly ceiling: number;
  private readonly typicalRate: number;
  private readonly jobLevel: number;

  constructor(
    private readonly truth: Truth,
    private readonly job: JobDraft,
  ) {
    const all = [...job.required, ...job.niceToHave];
    const mark = (w: number): Uint8Array => {
      const m = new Uint8Array(truth.model.skills.length);
      for (let k = truth.model.relatedStart[w]; k < truth.model.relatedStart[w + 1]; k++) m[truth.model.relatedIds[k]] = 1;
      m[w] = 2;
      return m;
    };
    this.required = (job.required.length > 0 ? job.required : all).map(mark);
    this.nice = job.niceToHave.map(mark);
    this.ceiling = job.budget.type === "hourly" ? job.budget.max : job.budget.amount;
    this.typicalRate = categoryProfile(truth.model.roles[job.role].topLevel).medianRate * LEVEL_RATE_FACTOR[job.level];
    this.jobLevel = EXPERIENCE_LEVELS.indexOf(job.level);
  }

  /** Expected hidden utility of freelancer index `f` (see the header), before flooring at 0. */
  utility(f: number): number {
    const p = this.truth.pool;
    const held = p.skillsOf(f);
    const w = HIDDEN_PREFERENCE_WEIGHTS;
    const n = p.reviewCount[f];
    const smoothed = (p.rating[f] * n + 4 * 5) / (n + 5);
    const bid = this.job.budget.type === "hourly" ? p.rate[f] : this.job.budget.amount * Math.sqrt(p.rate[f] / this.typicalRate);
    const rateFit = bid <= this.ceiling ? 0 : Math.max(-2, -2 * (bid / this.ceiling - 1));
    const steps = Math.abs(p.level[f] - this.jobLevel);
    return (
      w.requiredCoverage * coverage(this.required, held) +
      w.niceCoverage * coverage(this.nice, held) +
      w.reputation * (smoothed - 4 + 0.1 * Math.log1p(n)) +
      w.rateFit * rateFit +
      w.levelFit * (steps === 0 ? 1 : steps === 1 ? 0.5 : 0)
    );
  }

  grade(f: number): number {
    return Math.max(0, this.utility(f));
  }

  /** The `k` highest grades over every freelancer of the corpus, descending. */
  idealGrades(k = NDCG_K): number[] {
    const best: number[] = [];
    for (let f = 0; f < this.truth.pool.size; f++) insertDescending(best, this.grade(f), k);
    return best;
  }
}

/** Share of wanted skills held: 1 per exact skill, 0.5 when only a related one is held (0 for none wanted). */
export function coverage(wanted: readonly Uint8Array[], held: ArrayLike<number>): number {
  if (wanted.length === 0) return 0;
  let credit = 0;
  for (const mark of wanted) {
    let best = 0;
    for (let k = 0; k < held.length && best < 2; k++) if (mark[held[k]] > best) best = mark[held[k]];
    credit += best / 2;
  }
  return credit / wanted.length;
}

function insertDescending(list: number[], value: number, k: number): void {
  if (list.length === k && value <= list[k - 1]) return;
  let at = list.length;
  while (at > 0 && list[at - 1] < value) at--;
  list.splice(at, 0, value);
  if (list.length > k) list.pop();
}

export const gain = (grade: number): number => 2 ** grade - 1;

export function dcg(grades: readonly number[], k = NDCG_K): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += gain(grades[i]) / Math.log2(i + 2);
  return sum;
}

/** NDCG@k of ranked grades against the ideal grades; 1 when the ideal has no gain at all. */
export function ndcg(ranked: readonly number[], ideal: readonly number[], k = NDCG_K): number {
  const best = dcg([...ideal].sort((a, b) => b - a), k);
  return best === 0 ? 1 : dcg(ranked, k) / best;
}

/** Freelancer index of a generated id "f123"; -1 for anything else. */
export function freelancerIndexOf(id: string): number {
  const n = /^f(\d+)$/.exec(id);
  return n ? Number(n[1]) - 1 : -1;
}

/**
 * Scores the top lists of any number of systems for the same jobs. Each job's ideal is computed
 * once. Returns mean NDCG@20 per system, over the jobs every system answered.
 */
export function meanNdcg(truth: Truth, tops: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>): Map<string, number> {
  const systems = [...tops.keys()];
  const jobIds = [...(tops.get(systems[0])?.keys() ?? [])].filter((j) => systems.every((s) => tops.get(s)?.has(j)) && truth.jobs.has(j));
  const sums = new Map(systems.map((s) => [s, 0]));
  for (const jobId of jobIds) {
    const grader = new JobGrader(truth, truth.jobs.get(jobId) as JobDraft);
    const ideal = grader.idealGrades();
    for (const s of systems) {
      const ranked = (tops.get(s)?.get(jobId) ?? []).map((id) => {
        const f = freelancerIndexOf(id);
        return f >= 0 && f < truth.pool.size ? grader.grade(f) : 0;
      });
      sums.set(s, (sums.get(s) as number) + ndcg(ranked, ideal));
    }
  }
  return new Map(systems.map((s) => [s, jobIds.length ? (sums.get(s) as number) / jobIds.length : NaN]));
}
