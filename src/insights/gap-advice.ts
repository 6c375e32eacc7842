/**
 * "What would raise my score for this job?": every candidate change is applied to a copy of
 * the profile and re-scored by the ranking code itself (see what-if.ts), so the predicted
 * score is the score the freelancer would get after making the change.
 */
import type { Corpus } from "../corpus/corpus.js";
import type { FreelancerDoc, JobDoc } from "../corpus/normalize.js";
import { BestMatchError } from "../errors.js";
import { candidateContext } from "../rank/candidate-context.js";
import { freelancerFeatures } from "../rank/freelancer-features.js";
import { prepareJobQuery } from "../rank/job-query.js";
import { hasSkill } from "../rank/features/skills.js";
import { type SkillGap, candidateChanges } from "./gap-changes.js";
import type { GapAdvice, GapAdviceKind, GapAdviceOptions, GapAdviceResult } from "./types.js";
import { type Standing, standing, withFreelancer } from "./what-if.js";

export const DEFAULT_GAP_ADVICE_OPTIONS: Required<GapAdviceOptions> = { limit: 5, window: 100 };

/** Gains smaller than this are rounding, not advice. */
const MIN_GAIN = 1e-12;

const KIND_ORDER: readonly GapAdviceKind[] = ["add-required-skill", "show-related-skill", "rate-within-budget", "missing-field", "more-hours", "add-nice-to-have-skill"];

export function resolveGapOptions(options: GapAdviceOptions = {}): Required<GapAdviceOptions> {
  const o = { ...DEFAULT_GAP_ADVICE_OPTIONS, ...options };
  for (const [field, min] of [["limit", 0], ["window", 1]] as const) {
    const v = o[field];
    if (!Number.isInteger(v) || v < min) throw new BestMatchError("INVALID_OPTION", `option "${field}" is invalid`, { field, value: v, expected: `an integer >= ${min}` });
  }
  return o;
}

/**
 * `freelancer` is the profile as it stands (an indexed doc, or a record scored as if indexed);
 * `indexed` says whether it is the engine's own copy (then the current standing needs no change).
 */
export function gapAdvice(corpus: Corpus, freelancer: FreelancerDoc, indexed: boolean, job: JobDoc, options?: GapAdviceOptions): GapAdviceResult {
  const { limit, window } = resolveGapOptions(options);
  const profile = freelancer.record;
  const measure = (doc: number) => ({ ...standing(corpus, job, doc, window), gaps: skillGaps(corpus, job, doc) });
  // The engine's own copy is measured as it is; a record is measured as if indexed.
  const current = indexed ? measure(corpus.freelancers.table.doc(profile.id) as number) : withFreelancer(corpus, profile, measure);
  const advice: GapAdvice[] = [];
  for (const change of candidateChanges(profile, job.record, current.gaps)) {
    const after: Standing = withFreelancer(corpus, { ...profile, ...change.patch }, (doc) => standing(corpus, job, doc, window));
    const gain = after.score - current.score;
    if (gain > MIN_GAIN) advice.push({ ...change, score: after.score, gain, rank: after.rank });
  }
  advice.sort((a, b) => b.gain - a.gain || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return {
    freelancerId: profile.id,
    jobId: job.record.id,
    current: { score: current.score, rank: current.rank },
    candidates: current.total,
    advice: advice.slice(0, limit),
  };
}

/** Job skills (required, then nice-to-have) the profile does not list, with any related credit it gets. */
function skillGaps(corpus: Corpus, job: JobDoc, doc: number): SkillGap[] {
  const q = prepareJobQuery(corpus, job);
  const f = corpus.freelancers.table.get(doc) as FreelancerDoc;
  const { coverage } = freelancerFeatures(corpus, q, doc, candidateContext(corpus, q, [doc]), true);
  const relatedFrom = new Map(coverage.matched.filter((m) => m.via === "related" && m.from !== undefined).map((m) => [m.index, m.from as number]));
  const gaps: SkillGap[] = [];
  // Names the vocabulary does not know (query-only jobs) cannot be matched by listing them either.
  for (const s of job.required) {
    if (hasSkill(f.skills, s) >= 0) continue;
    const from = relatedFrom.get(s);
    gaps.push({ skill: q.name(s), required: true, ...(from === undefined ? {} : { from: q.name(from) }) });
  }
  for (const s of job.niceToHave) if (hasSkill(f.skills, s) < 0) gaps.push({ skill: q.name(s), required: false });
  return gaps;
}
