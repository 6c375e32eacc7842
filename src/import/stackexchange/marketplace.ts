/**
 * Questions -> jobs, answers -> proposals and outcomes, answers -> time-stamped reviews.
 * Everything a job carries was known when it was posted; a review carries only votes known at its own date.
 */
import type { Outcome } from "../../io/columns.js";
import type { JobRecord, ProposalRecord, ReviewRecord } from "../../model/records.js";
import type { Answer, Question } from "./dump.js";
import { byTimeThenId, compareIds, type DumpIndex } from "./dump-index.js";
import { DAY_MS, startOfDay, toIso } from "./time.js";
import { answerRating, countKnownAt } from "./votes.js";

export interface OutcomeRow {
  jobId: string;
  freelancerId: string;
  proposalId: string;
  outcome: Outcome;
}

export type SkipCounts = Map<string, number>;

export function skip(skipped: SkipCounts, reason: string, count = 1): void {
  if (count > 0) skipped.set(reason, (skipped.get(reason) ?? 0) + count);
}

export const jobId = (question: Question): string => `q${question.id}`;
export const proposalId = (answer: Answer): string => `a${answer.id}`;
export const freelancerId = (userId: string): string => `u${userId}`;

/** Jobs in (postedAt, id) order. client.hires = the asker's earlier questions whose acceptance was known by then. */
export function buildJobs(index: DumpIndex): JobRecord[] {
  const hiresKnownFrom = new Map<string, number[]>();
  for (const [questionId, acceptance] of index.acceptance) {
    const asker = index.questions.get(questionId)?.ownerId;
    if (asker === undefined || acceptance.knownFrom === undefined || acceptance.selfAccepted) continue;
    const list = hiresKnownFrom.get(asker);
    if (list) list.push(acceptance.knownFrom);
    else hiresKnownFrom.set(asker, [acceptance.knownFrom]);
  }
  const clientKnown = index.votes !== undefined;
  return [...index.questions.values()].sort(byTimeThenId).map((question) => {
    const job: JobRecord = {
      id: jobId(question),
      title: question.title,
      description: question.body,
      skills: question.tags,
      postedAt: toIso(question.createdAt),
    };
    if (clientKnown && question.ownerId !== undefined) {
      const known = hiresKnownFrom.get(question.ownerId) ?? [];
      job.client = { hires: known.filter((at) => at <= question.createdAt).length };
    }
    return job;
  });
}

/** Proposals and outcomes in (job postedAt, submittedAt, id) order; answers without an owner are skipped. */
export function buildProposals(index: DumpIndex, skipped: SkipCounts): { proposals: ProposalRecord[]; outcomes: OutcomeRow[] } {
  const proposals: ProposalRecord[] = [];
  const outcomes: OutcomeRow[] = [];
  skip(skipped, "answer to a question missing from the dump (not a proposal)", index.dump.answers.length - countAnswers(index));
  for (const question of [...index.questions.values()].sort(byTimeThenId)) {
    for (const answer of index.answersByQuestion.get(question.id) ?? []) {
      if (answer.ownerId === undefined) {
        skip(skipped, "answer without OwnerUserId (deleted user): no proposal, outcome or review");
        continue;
      }
      const proposal: ProposalRecord = {
        id: proposalId(answer),
        jobId: jobId(question),
        freelancerId: freelancerId(answer.ownerId),
        coverLetter: answer.body,
        submittedAt: toIso(answer.createdAt),
      };
      proposals.push(proposal);
      const hired = index.acceptance.get(question.id)?.answer.id === answer.id;
      outcomes.push({ jobId: proposal.jobId, freelancerId: proposal.freelancerId, proposalId: proposal.id, outcome: hired ? "hired" : "applied" });
    }
  }
  return { proposals, outcomes };
}

function countAnswers(index: DumpIndex): number {
  let count = 0;
  for (const list of index.answersByQuestion.values()) count += list.length;
  return count;
}

/** Questions with an accepted answer among at least two proposals: the "rank proposals" evaluation set. */
export function countUsableRankingQueries(outcomes: readonly OutcomeRow[]): number {
  const perJob = new Map<string, { proposals: number; hired: boolean }>();
  for (const row of outcomes) {
    const entry = perJob.get(row.jobId) ?? { proposals: 0, hired: false };
    entry.proposals++;
    entry.hired ||= row.outcome === "hired";
    perJob.set(row.jobId, entry);
  }
  let usable = 0;
  for (const entry of perJob.values()) if (entry.hired && entry.proposals >= 2) usable++;
  return usable;
}

/** When the review of an answer is dated: the start of the day `delayDays` full days after the answer's day. */
export function reviewDate(answer: Answer, delayDays: number): number {
  return startOfDay(answer.createdAt) + (delayDays + 1) * DAY_MS;
}

export interface DatedReview extends ReviewRecord {
  /** Same instant as createdAt, in epoch ms. */
  at: number;
}

/**
 * One review per owned answer, dated `delayDays` after it, rated from votes known at that date
 * (see answerRating). Needs Votes.xml; answers whose review date is after the dump end get none.
 */
export function buildReviews(index: DumpIndex, delayDays: number, skipped: SkipCounts): DatedReview[] {
  const votes = index.votes;
  if (!votes) {
    skip(skipped, "review not written: Votes.xml is absent, so answer quality over time is unknown", countAnswers(index));
    return [];
  }
  const reviews: DatedReview[] = [];
  for (const [questionId, answers] of index.answersByQuestion) {
    const acceptance = index.acceptance.get(questionId);
    for (const answer of answers) {
      if (answer.ownerId === undefined) continue;
      const at = reviewDate(answer, delayDays);
      if (at > index.dumpEnd) {
        skip(skipped, "review not written: its date falls after the dump end");
        continue;
      }
      const postVotes = votes.get(answer.id);
      const accepted =
        acceptance?.answer.id === answer.id && !acceptance.selfAccepted && acceptance.knownFrom !== undefined && acceptance.knownFrom <= at;
      reviews.push({
        id: `r${answer.id}`,
        freelancerId: freelancerId(answer.ownerId),
        jobId: `q${questionId}`,
        rating: answerRating(countKnownAt(postVotes?.up ?? [], at), countKnownAt(postVotes?.down ?? [], at), accepted),
        createdAt: toIso(at),
        at,
      });
    }
  }
  return reviews.sort((a, b) => a.at - b.at || compareIds(a.id.slice(1), b.id.slice(1)));
}
