/**
 * "Are my requirements too narrow?": how many indexed freelancers hold every required skill,
 * and how many would if one required skill became nice-to-have. Counts exact holders (a skill
 * listed, or named in the title or overview), the same skill sets ranking matches against.
 */
import type { Corpus } from "../corpus/corpus.js";
import type { JobDoc } from "../corpus/normalize.js";
import { BestMatchError } from "../errors.js";
import type { JobGapsOptions, JobGapsResult, Relaxation, SkillSupply } from "./types.js";

export const DEFAULT_JOB_GAPS_OPTIONS: Required<JobGapsOptions> = { minCandidates: 10 };

export function jobGaps(corpus: Corpus, job: JobDoc, options: JobGapsOptions = {}): JobGapsResult {
  const { minCandidates } = { ...DEFAULT_JOB_GAPS_OPTIONS, ...options };
  if (!Number.isInteger(minCandidates) || minCandidates < 0) {
    throw new BestMatchError("INVALID_OPTION", 'option "minCandidates" is invalid', { field: "minCandidates", value: minCandidates, expected: "an integer >= 0" });
  }
  const side = corpus.freelancers;
  const holders = job.required.map((s) => new Set(Array.from(side.postings.docs(s)).filter((d) => side.table.alive(d))));
  const names = job.required.map((s) => corpus.vocabulary.name(s));
  // A name nobody lists (and the taxonomy does not know) can never be met.
  const unknown = job.unknown;
  const requiredSkills: SkillSupply[] = [
    ...names.map((skill, k) => ({ skill, freelancers: holders[k].size, known: true })),
    ...unknown.map((skill) => ({ skill, freelancers: 0, known: false })),
  ];
  const count = (sets: Array<Set<number>>, blocked: boolean): number => (blocked ? 0 : sets.length === 0 ? side.table.size : intersectionSize(sets));
  const matchingAll = count(holders, unknown.length > 0);
  const relaxations: Relaxation[] = [];
  if (requiredSkills.length >= 2) {
    names.forEach((skill, k) => {
      const n = count(holders.filter((_, i) => i !== k), unknown.length > 0);
      relaxations.push({ skill, matchingAll: n, text: `making ${skill} nice-to-have raises freelancers with every required skill from ${matchingAll} to ${n}` });
    });
    unknown.forEach((skill) => {
      // Dropping one unknown name still leaves any other unknown one unmet.
      const n = count(holders, unknown.length > 1);
      relaxations.push({ skill, matchingAll: n, text: `making ${skill} nice-to-have raises freelancers with every required skill from ${matchingAll} to ${n}` });
    });
  }
  relaxations.sort((a, b) => b.matchingAll - a.matchingAll || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0));
  const narrow = matchingAll < minCandidates;
  const messages: string[] = [];
  const total = requiredSkills.length;
  messages.push(total === 0 ? "the job lists no required skills; every freelancer qualifies on skills" : `${plural(matchingAll, "freelancer has", "freelancers have")} all ${total} required skill${total === 1 ? "" : "s"}`);
  for (const s of requiredSkills) if (s.freelancers === 0) messages.push(`no indexed freelancer lists ${s.skill}${s.known ? "" : " (not a taxonomy skill: check the spelling)"}`);
  const best = relaxations[0];
  if (narrow && best && best.matchingAll > matchingAll) messages.push(best.text);
  return { jobId: job.record.id, requiredSkills, matchingAll, narrow, relaxations, messages };
}

function intersectionSize(sets: Array<Set<number>>): number {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  let n = 0;
  for (const d of smallest) if (rest.every((s) => s.has(d))) n++;
  return n;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
