/**
 * fast-check generators of a small market with a dated history (jobs, proposals, hires), and the
 * engine holding it: for tests of the track-record signals (history, maxima, context features).
 */
import fc from "fast-check";
import { createEngine } from "../engine.js";
import type { Corpus } from "../corpus/corpus.js";
import type { FreelancerRecord } from "../model/records.js";
import { SMALL_TAXONOMY } from "./small-taxonomy.js";

export const HISTORY_SKILLS = ["React", "Python", "Node.js", "GraphQL", "TypeScript"];
export const HISTORY_WORDS = ["react", "python", "api", "dashboard", "data", "node", "tests"];
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

export interface HistoryJob { skills: string[]; day: number | null; words: string[] }
export interface HistoryProposal { freelancer: number; job: number; day: number | null; words: string[]; hired: boolean }

export const historyJobsArb = (n: number): fc.Arbitrary<HistoryJob[]> =>
  fc.array(fc.record({ skills: fc.subarray(HISTORY_SKILLS, { maxLength: 2 }), day: fc.option(fc.nat(400)), words: fc.array(fc.constantFrom(...HISTORY_WORDS), { minLength: 1, maxLength: 5 }) }), { minLength: n, maxLength: n });

/** Up to `max` proposals by freelancers f0..f`freelancers - 1` on jobs j0..j`jobs - 1`. */
export const historyProposalsArb = (freelancers: number, jobs: number, max: number): fc.Arbitrary<HistoryProposal[]> =>
  fc.array(fc.record({ freelancer: fc.nat(freelancers - 1), job: fc.nat(jobs - 1), day: fc.option(fc.nat(400)), words: fc.array(fc.constantFrom(...HISTORY_WORDS), { maxLength: 6 }), hired: fc.boolean() }), { maxLength: max });

const at = (day: number | null) => (day === null ? undefined : new Date(T0 + day * DAY).toISOString());

/** An engine (over the small taxonomy) with these freelancers (ids f0, f1, ...), jobs j0.., proposals and a review per hire; its corpus. */
export function historyCorpus(freelancers: Array<Omit<FreelancerRecord, "id">>, jobs: HistoryJob[], proposals: HistoryProposal[]): Corpus {
  const e = createEngine({ taxonomy: SMALL_TAXONOMY });
  e.addFreelancers(freelancers.map((f, i) => ({ ...f, id: `f${i}` })));
  e.addJobs(jobs.map((j, i) => ({ id: `j${i}`, title: j.words.join(" "), description: j.words.join(" "), skills: j.skills, postedAt: at(j.day) })));
  e.addProposals(proposals.map((p, i) => ({ id: `p${i}`, jobId: `j${p.job}`, freelancerId: `f${p.freelancer}`, coverLetter: p.words.join(" "), submittedAt: at(p.day) })));
  e.addReviews(proposals.filter((p) => p.hired).map((p, i) => ({ id: `r${i}`, freelancerId: `f${p.freelancer}`, jobId: `j${p.job}`, rating: 5 })));
  return (e as unknown as { corpus: Corpus }).corpus;
}
