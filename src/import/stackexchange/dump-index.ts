/** Lookups shared by every mapping step, built once from the parsed dump. */
import type { Answer, Question, StackExchangeDump } from "./dump.js";
import { indexVotes, type PostVotes, voteKnownFrom } from "./votes.js";
import { nextDayStart } from "./time.js";

export interface Acceptance {
  answer: Answer;
  /** When the acceptance is certainly known; undefined when no dated acceptance vote exists (or no Votes.xml). */
  knownFrom?: number;
  /** The asker accepted their own answer: a label, but not a hire for track records. */
  selfAccepted: boolean;
}

export interface DumpIndex {
  dump: StackExchangeDump;
  questions: Map<string, Question>;
  /** Answers whose question is in the dump, by question id, in (createdAt, id) order. */
  answersByQuestion: Map<string, Answer[]>;
  votes?: Map<string, PostVotes>;
  acceptance: Map<string, Acceptance>;
  /** Start of the day after the last dated row: every snapshot cut is at or before it. */
  dumpEnd: number;
}

export function byTimeThenId<T extends { createdAt: number; id: string }>(a: T, b: T): number {
  return a.createdAt - b.createdAt || compareIds(a.id, b.id);
}

/** Numeric ids compare as numbers, anything else as text: stable, human-looking order. */
export function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function indexDump(dump: StackExchangeDump): DumpIndex {
  const questions = new Map(dump.questions.map((q) => [q.id, q]));
  const answersByQuestion = new Map<string, Answer[]>();
  for (const answer of dump.answers) {
    if (!questions.has(answer.questionId)) continue;
    const list = answersByQuestion.get(answer.questionId);
    if (list) list.push(answer);
    else answersByQuestion.set(answer.questionId, [answer]);
  }
  for (const list of answersByQuestion.values()) list.sort(byTimeThenId);

  const votes = dump.votes ? indexVotes(dump.votes) : undefined;
  const acceptance = new Map<string, Acceptance>();
  for (const question of dump.questions) {
    const answer = answersByQuestion.get(question.id)?.find((a) => a.id === question.acceptedAnswerId);
    if (!answer) continue;
    const day = votes?.get(answer.id)?.acceptedDay;
    acceptance.set(question.id, {
      answer,
      knownFrom: day === undefined ? undefined : Math.max(voteKnownFrom(day), nextDayStart(answer.createdAt)),
      selfAccepted: answer.ownerId !== undefined && answer.ownerId === question.ownerId,
    });
  }
  return { dump, questions, answersByQuestion, votes, acceptance, dumpEnd: dumpEndOf(dump) };
}

function dumpEndOf(dump: StackExchangeDump): number {
  let last = -Infinity;
  for (const post of [...dump.questions, ...dump.answers]) last = Math.max(last, post.createdAt);
  for (const user of dump.users) last = Math.max(last, user.createdAt);
  for (const vote of dump.votes ?? []) last = Math.max(last, vote.day);
  for (const comment of dump.comments ?? []) last = Math.max(last, comment.createdAt);
  return Number.isFinite(last) ? nextDayStart(last) : 0;
}
