/**
 * Freelancer snapshots: each user's profile and track record as it stood at cuts, computed only from
 * events already in the past at the cut. A row with cut_date c uses only events strictly before c.
 *
 * When an event becomes visible (its row's cut_date):
 *   - a question, answer or comment at time t  -> t + 1 ms                (activity; an answer adds its question's tags)
 *   - an acceptance vote dated day D           -> start of day D + 1      (a hire; votes carry only the day)
 *   - a review dated R (see buildReviews)      -> R                       (it already holds only votes known at R)
 * A user gets a row at every instant where something of theirs became visible (delta encoding), and the
 * row holds their complete state then. The state of user u for a job posted at p is therefore the row of u
 * with the greatest cut_date <= p (snapshotsAsOf); a user with no such row had no activity before p.
 */
import type { FreelancerRecord } from "../../model/records.js";
import type { Answer, Question, User } from "./dump.js";
import { compareIds, type DumpIndex } from "./dump-index.js";
import { type DatedReview, freelancerId } from "./marketplace.js";
import { truncateText } from "./text.js";
import { toIso } from "./time.js";
import type { ExperienceLevel } from "../../model/records.js";

export interface SnapshotOptions {
  /** Most skills listed per freelancer, most used first. */
  maxSkills: number;
  /** Recent answers quoted in the overview. */
  recentAnswers: number;
  /** Characters kept from each quoted answer. */
  answerExcerptChars: number;
}

export interface FreelancerSnapshot {
  /** The row describes the user using only events strictly before this instant (epoch ms). */
  cutDate: number;
  record: FreelancerRecord;
}

type Event =
  | { kind: "active"; at: number; visibleFrom: number }
  | { kind: "answer"; at: number; visibleFrom: number; answer: Answer; question: Question }
  | { kind: "competition"; visibleFrom: number; won: boolean }
  | { kind: "review"; visibleFrom: number; rating: number };

interface State {
  lastActive: number;
  skillUses: Map<string, { count: number; last: number }>;
  recent: { at: number; text: string }[];
  won: number;
  decided: number;
  reviewCount: number;
  ratingSum: number;
}

/** All snapshots, ordered by (cutDate, freelancer id). */
export function buildSnapshots(index: DumpIndex, reviews: readonly DatedReview[], options: SnapshotOptions): FreelancerSnapshot[] {
  const users = new Map<string, User>(index.dump.users.map((u) => [u.id, u]));
  const events = collectEvents(index, reviews);
  const votesKnown = index.votes !== undefined;
  const snapshots: FreelancerSnapshot[] = [];
  for (const [userId, userEvents] of events) {
    userEvents.sort((a, b) => a.visibleFrom - b.visibleFrom);
    const state: State = { lastActive: -Infinity, skillUses: new Map(), recent: [], won: 0, decided: 0, reviewCount: 0, ratingSum: 0 };
    for (let i = 0; i < userEvents.length; ) {
      const cut = userEvents[i].visibleFrom;
      for (; i < userEvents.length && userEvents[i].visibleFrom === cut; i++) apply(state, userEvents[i], options);
      const record = toRecord(userId, users.get(userId), state, votesKnown, options);
      // Someone who has only asked or commented has nothing to be ranked on yet: not a freelancer.
      if (hasSomethingToRank(record)) snapshots.push({ cutDate: cut, record });
    }
  }
  return snapshots.sort((a, b) => a.cutDate - b.cutDate || compareIds(a.record.id.slice(1), b.record.id.slice(1)));
}

export const hasSomethingToRank = (r: FreelancerRecord): boolean => !!(r.title || r.overview || r.skills?.length);

/** The last snapshot of every user: their state at the dump end. */
export function latestSnapshots(snapshots: readonly FreelancerSnapshot[]): FreelancerSnapshot[] {
  const latest = new Map<string, FreelancerSnapshot>();
  for (const snapshot of snapshots) {
    const seen = latest.get(snapshot.record.id);
    if (!seen || seen.cutDate <= snapshot.cutDate) latest.set(snapshot.record.id, snapshot);
  }
  return [...latest.values()].sort((a, b) => compareIds(a.record.id.slice(1), b.record.id.slice(1)));
}

function collectEvents(index: DumpIndex, reviews: readonly DatedReview[]): Map<string, Event[]> {
  const events = new Map<string, Event[]>();
  const add = (userId: string | undefined, event: Event): void => {
    if (userId === undefined) return;
    const list = events.get(userId);
    if (list) list.push(event);
    else events.set(userId, [event]);
  };
  const activity = (at: number): Event => ({ kind: "active", at, visibleFrom: at + 1 });

  for (const question of index.dump.questions) add(question.ownerId, activity(question.createdAt));
  for (const answer of index.dump.answers) {
    const question = index.questions.get(answer.questionId);
    add(answer.ownerId, question ? { kind: "answer", at: answer.createdAt, visibleFrom: answer.createdAt + 1, answer, question } : activity(answer.createdAt));
  }
  for (const comment of index.dump.comments ?? []) add(comment.userId, activity(comment.createdAt));

  // A competition is decided once the asker accepted someone else's answer; self-answers are not competitions.
  for (const [questionId, acceptance] of index.acceptance) {
    if (acceptance.knownFrom === undefined) continue;
    const asker = index.questions.get(questionId)?.ownerId;
    for (const answer of index.answersByQuestion.get(questionId) ?? []) {
      if (answer.ownerId === undefined || answer.ownerId === asker) continue;
      const visibleFrom = Math.max(acceptance.knownFrom, answer.createdAt + 1);
      add(answer.ownerId, { kind: "competition", visibleFrom, won: answer.id === acceptance.answer.id });
    }
  }
  for (const review of reviews) add(review.freelancerId.slice(1), { kind: "review", visibleFrom: review.at, rating: review.rating });
  return events;
}

function apply(state: State, event: Event, options: SnapshotOptions): void {
  switch (event.kind) {
    case "active":
      state.lastActive = Math.max(state.lastActive, event.at);
      return;
    case "answer": {
      state.lastActive = Math.max(state.lastActive, event.at);
      for (const tag of event.question.tags) {
        const use = state.skillUses.get(tag);
        if (use) {
          use.count++;
          use.last = Math.max(use.last, event.at);
        } else state.skillUses.set(tag, { count: 1, last: event.at });
      }
      const excerpt = truncateText(event.answer.body.replace(/\s+/g, " "), options.answerExcerptChars);
      state.recent.push({ at: event.at, text: `${event.question.title}: ${excerpt}` });
      state.recent.sort((a, b) => b.at - a.at);
      state.recent.length = Math.min(state.recent.length, options.recentAnswers);
      return;
    }
    case "competition":
      state.decided++;
      if (event.won) state.won++;
      return;
    case "review":
      state.reviewCount++;
      state.ratingSum += event.rating;
      return;
  }
}

/** Skills: most used first, then most recently used, then by name. */
export function rankSkills(uses: ReadonlyMap<string, { count: number; last: number }>, max: number): string[] {
  return [...uses]
    .sort(([a, ua], [b, ub]) => ub.count - ua.count || ub.last - ua.last || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, max)
    .map(([tag]) => tag);
}

/** Answers on a tag that make a user intermediate, then expert, in it (the engine's skill depth). */
export const LEVEL_THRESHOLDS = { intermediate: 3, expert: 10 } as const;

export function levelFromAnswers(count: number): ExperienceLevel {
  return count >= LEVEL_THRESHOLDS.expert ? "expert" : count >= LEVEL_THRESHOLDS.intermediate ? "intermediate" : "entry";
}

/** Without Votes.xml, hires and reviews are unknown rather than zero, so those fields stay empty. */
function toRecord(userId: string, user: User | undefined, state: State, votesKnown: boolean, options: SnapshotOptions): FreelancerRecord {
  const skills = rankSkills(state.skillUses, options.maxSkills);
  const record: FreelancerRecord = { id: freelancerId(userId) };
  if (skills.length > 0) record.title = skills.slice(0, 3).join(", ");
  if (state.recent.length > 0) record.overview = state.recent.map((r) => r.text).join("\n");
  // How often they answered on a tag is their depth in it, as known at the cut.
  if (skills.length > 0) record.skills = skills.map((name) => ({ name, level: levelFromAnswers(state.skillUses.get(name)!.count) }));
  if (state.reviewCount > 0) record.rating = round(state.ratingSum / state.reviewCount, 2);
  if (votesKnown) {
    record.reviewCount = state.reviewCount;
    if (state.decided > 0) record.jobSuccess = Math.round((100 * state.won) / state.decided);
    record.completedJobs = state.won;
  }
  if (Number.isFinite(state.lastActive)) record.lastActiveAt = toIso(state.lastActive);
  if (user) record.createdAt = toIso(user.createdAt);
  return record;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
