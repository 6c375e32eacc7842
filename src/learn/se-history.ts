/**
 * What simple Stack Exchange baselines know at an instant, computed only from the past:
 * reputation from dated votes, and each user's past answers (count, text, tags).
 */
import type { StackExchangeDump } from "../import/stackexchange/index.js";
import type { JobRecord, ProposalRecord } from "../model/records.js";

const DAY_MS = 86_400_000;

/** Stack Exchange reputation rules (2021): +10 per up-vote on a post, -2 per down-vote, +15 for an accepted answer. */
export const REPUTATION_POINTS = { up: 10, down: -2, accepted: 15 } as const;

/**
 * Reputation of "u<UserId>" at any instant, from Votes.xml: a vote dated day D counts from the start of
 * day D+1 (dumps keep only the day). Starts at 1, as on the site. Self-acceptance earns nothing.
 */
export class ReputationAsOf {
  private readonly events = new Map<string, Array<{ at: number; points: number }>>();

  constructor(dump: StackExchangeDump) {
    const owner = new Map<string, string | undefined>();
    for (const q of dump.questions) owner.set(q.id, q.ownerId);
    const askerOfQuestion = new Map(owner);
    const askerOfAnswer = new Map<string, string | undefined>();
    for (const a of dump.answers) {
      owner.set(a.id, a.ownerId);
      askerOfAnswer.set(a.id, askerOfQuestion.get(a.questionId));
    }
    for (const vote of dump.votes ?? []) {
      const user = owner.get(vote.postId);
      if (user === undefined) continue;
      if (vote.kind === "accepted" && askerOfAnswer.get(vote.postId) === user) continue;
      const list = this.events.get(`u${user}`) ?? [];
      list.push({ at: vote.day + DAY_MS, points: REPUTATION_POINTS[vote.kind] });
      this.events.set(`u${user}`, list);
    }
    for (const list of this.events.values()) list.sort((a, b) => a.at - b.at);
  }

  at(freelancerId: string, instant: number): number {
    let rep = 1;
    for (const e of this.events.get(freelancerId) ?? []) {
      if (e.at > instant) break;
      rep += e.points;
    }
    return Math.max(1, rep);
  }
}

/** Per-user past answers, fed in time order (proposals submitted before the current instant). */
export class AnswerHistory {
  private readonly byUser = new Map<string, { count: number; last: number; texts: string[]; tags: Map<string, number> }>();

  constructor(private readonly jobs: ReadonlyMap<string, JobRecord>) {}

  /** Adds answers; returns the users whose history changed. */
  add(proposals: readonly ProposalRecord[]): string[] {
    const changed = new Set<string>();
    for (const p of proposals) {
      const job = this.jobs.get(p.jobId);
      let h = this.byUser.get(p.freelancerId);
      if (!h) this.byUser.set(p.freelancerId, (h = { count: 0, last: -Infinity, texts: [], tags: new Map() }));
      h.count++;
      h.last = Math.max(h.last, p.submittedAt as number);
      // The answered question's title and tags give the answer its topic, as on the site.
      h.texts.push([job?.title, (job?.skills ?? []).join(" "), p.coverLetter].filter(Boolean).join("\n"));
      for (const tag of job?.skills ?? []) h.tags.set(tag, (h.tags.get(tag) ?? 0) + 1);
      changed.add(p.freelancerId);
    }
    return [...changed];
  }

  count(user: string): number {
    return this.byUser.get(user)?.count ?? 0;
  }

  lastAnswer(user: string): number {
    return this.byUser.get(user)?.last ?? -Infinity;
  }

  /** The user's past answers as one document; `recent` keeps only the newest ones. */
  text(user: string, recent = Infinity): string {
    const texts = this.byUser.get(user)?.texts ?? [];
    return texts.slice(Math.max(0, texts.length - recent)).join("\n\n");
  }

  tagCounts(user: string): ReadonlyMap<string, number> {
    return this.byUser.get(user)?.tags ?? new Map();
  }

  users(): string[] {
    return [...this.byUser.keys()];
  }
}
