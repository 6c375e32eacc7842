/**
 * What the votes on a post say, as of a moment. Votes are dated by day only, so a vote dated day D is
 * treated as known from the start of day D+1: never earlier than it could have been cast.
 */
import type { Vote } from "./dump.js";
import { DAY_MS } from "./time.js";

export interface PostVotes {
  /** Sorted day starts of up-votes / down-votes. */
  up: number[];
  down: number[];
  /** Day start of the earliest acceptance vote, when any. */
  acceptedDay?: number;
}

export function indexVotes(votes: readonly Vote[]): Map<string, PostVotes> {
  const byPost = new Map<string, PostVotes>();
  for (const vote of votes) {
    let entry = byPost.get(vote.postId);
    if (!entry) byPost.set(vote.postId, (entry = { up: [], down: [] }));
    if (vote.kind === "up") entry.up.push(vote.day);
    else if (vote.kind === "down") entry.down.push(vote.day);
    else entry.acceptedDay = Math.min(entry.acceptedDay ?? Infinity, vote.day);
  }
  for (const entry of byPost.values()) {
    entry.up.sort((a, b) => a - b);
    entry.down.sort((a, b) => a - b);
  }
  return byPost;
}

/** Moment from which a vote cast on `day` is certainly in the past. */
export function voteKnownFrom(day: number): number {
  return day + DAY_MS;
}

/** Number of votes in a sorted day list that are known at `at`. */
export function countKnownAt(days: readonly number[], at: number): number {
  let count = 0;
  for (const day of days) {
    if (voteKnownFrom(day) > at) break;
    count++;
  }
  return count;
}

/**
 * Review stars for an answer from what was known when the review is dated:
 * 3 for a plain answer, +1 per net up-vote, +1 when accepted by someone else, clamped to 1-5.
 * So one down-vote gives 2, two net up-votes (or one plus acceptance) give 5.
 */
export function answerRating(upVotes: number, downVotes: number, acceptedByOther: boolean): number {
  return Math.min(5, Math.max(1, 3 + upVotes - downVotes + (acceptedByOther ? 1 : 0)));
}
