/**
 * The job post drafter: a short brief in, a structured draft out. Skills come from the brief
 * (the engine's extractor) and from the skills similar indexed jobs require; level and budget
 * from those jobs too. No language model: every suggestion names its source. Deterministic.
 */
import type { Corpus } from "../corpus/corpus.js";
import { BestMatchError } from "../errors.js";
import type { Budget, ExperienceLevel, JobRecord } from "../model/records.js";
import { EXPERIENCE_LEVELS } from "../model/records.js";
import { validateJob } from "../model/validate.js";
import { budgetFromText, budgetValue, summarize } from "./budget-stats.js";
import { LEVEL_PHRASE, brief as fromBrief, levelFromBrief, screeningQuestions, sentence, titleFromBrief } from "./draft-text.js";
import { type SimilarJob, similarJobs } from "./similar-jobs.js";
import type { BudgetRange, BudgetSuggestion, DescriptionSection, DraftJobPostOptions, JobPostDraft, Sourced, SuggestedSkill } from "./types.js";

export const DEFAULT_DRAFT_OPTIONS: Required<Omit<DraftJobPostOptions, "budgetHint">> = {
  similarJobs: 40,
  requiredShare: 0.5,
  niceToHaveShare: 0.25,
  maxRequiredSkills: 8,
  maxNiceToHaveSkills: 5,
};

type Resolved = Required<Omit<DraftJobPostOptions, "budgetHint">> & Pick<DraftJobPostOptions, "budgetHint">;

export function resolveDraftOptions(options: DraftJobPostOptions = {}): Resolved {
  const o = { ...DEFAULT_DRAFT_OPTIONS, ...options };
  const bad = (field: string, value: unknown, expected: string): never => {
    throw new BestMatchError("INVALID_OPTION", `option "${field}" is invalid`, { field, value, expected });
  };
  for (const f of ["similarJobs", "maxRequiredSkills", "maxNiceToHaveSkills"] as const) if (!Number.isInteger(o[f]) || o[f] < 0) bad(f, o[f], "an integer >= 0");
  for (const f of ["requiredShare", "niceToHaveShare"] as const) if (!(o[f] > 0 && o[f] <= 1)) bad(f, o[f], "a number in (0, 1]");
  if (o.niceToHaveShare > o.requiredShare) bad("niceToHaveShare", o.niceToHaveShare, `at most requiredShare (${o.requiredShare})`);
  if (o.budgetHint !== undefined) {
    // The record validator knows budgets; reuse it so hints and job records obey one rule.
    try {
      validateJob({ id: "budgetHint", title: "budget hint", budget: o.budgetHint });
    } catch (err) {
      if (!(err instanceof BestMatchError)) throw err;
      bad("budgetHint", o.budgetHint, err.expected ?? 'a budget: { type: "fixed", amount } or { type: "hourly", min?, max? }');
    }
  }
  return o;
}

export function draftJobPost(corpus: Corpus, briefText: string, options?: DraftJobPostOptions): JobPostDraft {
  if (typeof briefText !== "string" || !briefText.trim()) {
    throw new BestMatchError("INVALID_OPTION", "draftJobPost needs a brief", { field: "brief", value: briefText, expected: "a non-empty string" });
  }
  const o = resolveDraftOptions(options);
  const vocab = corpus.vocabulary;
  const taxonomy = vocab.taxonomy;
  const stated = o.budgetHint ? { budget: o.budgetHint, text: undefined } : budgetFromText(briefText);
  const mentions = corpus.extract(briefText).filter((m) => !vocab.isCustom(m.index));
  const briefSkills = [...new Set(mentions.map((m) => m.index))];
  const similar = similarJobs(corpus, briefText, briefSkills, o.similarJobs);

  const skill = (index: number, source: SuggestedSkill["source"]): SuggestedSkill => {
    const s = taxonomy.skill(index);
    return { id: s.id, name: s.name, source };
  };
  const required: SuggestedSkill[] = briefSkills.map((s) => skill(s, fromBrief(mentions.find((m) => m.index === s)!.alias)));
  const niceToHave: SuggestedSkill[] = [];
  for (const { index, share, jobs } of skillShares(similar, (s) => !vocab.isCustom(s))) {
    if (briefSkills.includes(index)) continue;
    const source = { kind: "similar-jobs" as const, detail: `required by ${jobs} of ${similar.length} similar jobs (${Math.round(share * 100)}% by similarity)` };
    if (share >= o.requiredShare && required.length < o.maxRequiredSkills) required.push(skill(index, source));
    else if (share >= o.niceToHaveShare && niceToHave.length < o.maxNiceToHaveSkills) niceToHave.push(skill(index, source));
  }

  const title = titleFromBrief(briefText, stated?.text) || (required[0] ? `${required[0].name} project` : "New project");
  const level = experienceLevel(briefText, similar);
  const budget = suggestBudget(stated, o.budgetHint !== undefined, similar);
  const record = draftRecord(title, briefText, required, niceToHave, level?.value, stated?.budget, budget);
  return {
    title: { value: title, source: fromBrief(briefText.trim()) },
    description: description(briefText, title, required, niceToHave, level),
    requiredSkills: required,
    niceToHaveSkills: niceToHave,
    ...(level ? { experienceLevel: level } : {}),
    ...(budget ? { budget } : {}),
    screeningQuestions: screeningQuestions(required.map((s) => ({ name: s.name, category: taxonomy.skill(taxonomy.resolve(s.id)!.index).category })), title),
    similarJobIds: similar.slice(0, 10).map((j) => j.doc.record.id),
    record,
  };
}

/** Skills required by similar jobs: similarity-weighted share, most shared first (ties by index for stability). */
function skillShares(similar: readonly SimilarJob[], keep: (s: number) => boolean): Array<{ index: number; share: number; jobs: number }> {
  const total = similar.reduce((sum, j) => sum + j.similarity, 0);
  const weight = new Map<number, number>();
  const jobs = new Map<number, number>();
  for (const j of similar) {
    for (const s of j.doc.required) {
      if (!keep(s)) continue;
      weight.set(s, (weight.get(s) ?? 0) + j.similarity);
      jobs.set(s, (jobs.get(s) ?? 0) + 1);
    }
  }
  return [...weight]
    .map(([index, w]) => ({ index, share: total > 0 ? w / total : 0, jobs: jobs.get(index) as number }))
    .sort((a, b) => b.share - a.share || a.index - b.index);
}

function experienceLevel(briefText: string, similar: readonly SimilarJob[]): Sourced<ExperienceLevel> | undefined {
  const said = levelFromBrief(briefText);
  if (said) return { value: said.level, source: fromBrief(said.words) };
  const votes = new Map<ExperienceLevel, { weight: number; jobs: number }>();
  for (const j of similar) {
    const level = j.doc.record.experienceLevel;
    if (!level) continue;
    const v = votes.get(level) ?? { weight: 0, jobs: 0 };
    votes.set(level, { weight: v.weight + j.similarity, jobs: v.jobs + 1 });
  }
  let best: ExperienceLevel | undefined;
  for (const level of EXPERIENCE_LEVELS) if (votes.has(level) && (best === undefined || votes.get(level)!.weight > votes.get(best)!.weight)) best = level;
  if (!best) return undefined;
  const withLevel = [...votes.values()].reduce((n, v) => n + v.jobs, 0);
  return { value: best, source: { kind: "similar-jobs", detail: `${votes.get(best)!.jobs} of ${withLevel} similar jobs with a level` } };
}

function suggestBudget(stated: { budget: Budget; text?: string } | undefined, hinted: boolean, similar: readonly SimilarJob[]): BudgetSuggestion | undefined {
  const type = stated?.budget.type ?? majorityBudgetType(similar);
  if (!type) return undefined;
  const range = comparableRange(type, similar);
  const other = comparableRange(type === "fixed" ? "hourly" : "fixed", similar);
  const alternative = other ? { alternative: other } : {};
  const own = budgetValue(stated?.budget);
  if (own !== undefined) {
    const kind = hinted ? "budget-hint" : "brief";
    const said = hinted ? `budget hint ${money(own)}` : `"${stated!.text}"`;
    return {
      type,
      min: range ? range.min : own,
      max: range ? range.max : own,
      ...(range ? { median: range.median } : {}),
      comparableJobs: range?.comparableJobs ?? 0,
      stated: own,
      source: { kind, detail: range ? `${said}; similar jobs: ${range.source.detail}` : `${said}; no similar job of this type has a budget` },
      ...alternative,
    };
  }
  return range ? { ...range, ...alternative } : undefined;
}

const money = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/** Quartiles and median of the similar jobs' budgets of one type ("fixed $300-$800, median $450 of 37 similar jobs"). */
function comparableRange(type: "hourly" | "fixed", similar: readonly SimilarJob[]): BudgetRange | undefined {
  const values = similar.filter((j) => j.doc.record.budget?.type === type).map((j) => budgetValue(j.doc.record.budget)).filter((v): v is number => v !== undefined);
  const stats = summarize(values);
  if (!stats) return undefined;
  const unit = type === "hourly" ? "/h" : "";
  const detail = `${type} ${money(stats.q1)}-${money(stats.q3)}${unit}, median ${money(stats.median)}${unit} of ${stats.count} similar jobs`;
  return { type, min: stats.q1, max: stats.q3, median: stats.median, comparableJobs: stats.count, source: { kind: "similar-jobs", detail } };
}

function majorityBudgetType(similar: readonly SimilarJob[]): "hourly" | "fixed" | undefined {
  let fixed = 0;
  let hourly = 0;
  for (const j of similar) {
    if (j.doc.record.budget?.type === "fixed") fixed += j.similarity;
    else if (j.doc.record.budget?.type === "hourly") hourly += j.similarity;
  }
  return fixed === 0 && hourly === 0 ? undefined : fixed >= hourly ? "fixed" : "hourly";
}

function description(briefText: string, title: string, required: readonly SuggestedSkill[], nice: readonly SuggestedSkill[], level: Sourced<ExperienceLevel> | undefined): DescriptionSection[] {
  const names = (skills: readonly SuggestedSkill[]) => skills.map((s) => s.name).join(", ");
  const looking: Array<Sourced<string>> = [];
  if (level) looking.push({ value: `${LEVEL_PHRASE[level.value]}.`, source: level.source });
  if (required.length) looking.push({ value: `Hands-on experience with ${names(required)}.`, source: { kind: "taxonomy", detail: required.map((s) => s.id).join(", ") } });
  if (nice.length) looking.push({ value: `Nice to have: ${names(nice)}.`, source: { kind: "similar-jobs", detail: "skills often required by similar jobs" } });
  return [
    { heading: "About the project", lines: [{ value: sentence(briefText), source: fromBrief(briefText.trim()) }] },
    {
      heading: "Deliverables",
      lines: [
        { value: sentence(`${title}, complete and working`), source: fromBrief(title) },
        { value: "Source files, access details and short notes on how to maintain the work.", source: { kind: "default", detail: "asked of every job" } },
      ],
    },
    { heading: "What we are looking for", lines: looking },
  ];
}

function draftRecord(
  title: string,
  briefText: string,
  required: readonly SuggestedSkill[],
  nice: readonly SuggestedSkill[],
  level: ExperienceLevel | undefined,
  stated: Budget | undefined,
  budget: BudgetSuggestion | undefined,
): JobRecord {
  const record: JobRecord = { id: "draft", title, description: sentence(briefText), skills: required.map((s) => s.name), niceToHaveSkills: nice.map((s) => s.name) };
  if (level) record.experienceLevel = level;
  // The client's own figure wins; otherwise the comparable jobs' median (fixed) or quartiles (hourly).
  if (stated) record.budget = stated;
  else if (budget) record.budget = budget.type === "fixed" ? { type: "fixed", amount: budget.median ?? budget.min } : { type: "hourly", min: budget.min, max: budget.max };
  return record;
}
