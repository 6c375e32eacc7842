import { describe, expect, it } from "vitest";
import { snapshotsAsOf } from "./as-of.js";
import { buildStackExchangeData, DEFAULT_BUILD_OPTIONS } from "./build.js";
import type { StackExchangeDump, Vote } from "./dump.js";
import { validateFreelancer } from "../../model/validate.js";

const t = (iso: string): number => Date.parse(`${iso}Z`);
const day = (date: string): number => t(`${date}T00:00:00`);
const vote = (postId: string, kind: Vote["kind"], date: string): Vote => ({ postId, kind, day: day(date) });
const question = (id: string, at: string, tags: string[], ownerId?: string, acceptedAnswerId?: string) => ({
  id,
  createdAt: t(at),
  title: `Question ${id}`,
  body: `Body ${id}`,
  tags,
  ownerId,
  acceptedAnswerId,
});
const answer = (id: string, questionId: string, at: string, ownerId?: string) => ({ id, questionId, createdAt: t(at), body: `Answer ${id}`, ownerId });

/**
 * User 1 asks q10, q21, q20 and self-answers q20 (self-accepted). User 2 wins q10 and loses q20.
 * User 3 loses q10. User 4 only comments. User 5 never does anything. a13 has no owner (deleted user).
 */
const DUMP: StackExchangeDump = {
  questions: [
    question("10", "2021-05-01T10:00:00", ["plutus", "haskell"], "1", "11"),
    question("21", "2021-05-04T20:00:00", ["wallet"], "1"),
    question("20", "2021-05-06T08:00:00", ["plutus"], "1", "23"),
  ],
  answers: [
    answer("11", "10", "2021-05-01T12:00:00", "2"),
    answer("12", "10", "2021-05-02T09:00:00", "3"),
    answer("13", "10", "2021-05-02T10:00:00"),
    answer("22", "20", "2021-05-06T09:00:00", "2"),
    answer("23", "20", "2021-05-06T10:00:00", "1"),
  ],
  users: ["1", "2", "3", "4", "5"].map((id) => ({ id, createdAt: t("2021-04-30T00:00:00") })),
  votes: [
    vote("11", "up", "2021-05-01"),
    vote("11", "up", "2021-05-03"),
    vote("11", "accepted", "2021-05-04"),
    vote("11", "down", "2021-05-20"),
    vote("12", "up", "2021-05-10"),
    vote("23", "accepted", "2021-05-07"),
  ],
  comments: [{ userId: "4", createdAt: t("2021-05-03T05:00:00") }],
  ignored: {},
};

describe("buildStackExchangeData on a hand-made dump", () => {
  const data = buildStackExchangeData(DUMP);

  it("when an asker's earlier acceptance was known before a question then it counts as a client hire", () => {
    // q10's acceptance vote is dated 05-04, so it is known from 05-05: after q21 (05-04 20:00), before q20.
    expect(data.jobs.map((j) => [j.id, j.client?.hires, j.postedAt])).toEqual([
      ["q10", 0, "2021-05-01T10:00:00.000Z"],
      ["q21", 0, "2021-05-04T20:00:00.000Z"],
      ["q20", 1, "2021-05-06T08:00:00.000Z"],
    ]);
    expect(data.jobs[0].skills).toEqual(["plutus", "haskell"]);
  });

  it("when answers have owners then they become proposals; the accepted one is hired, even when self-accepted", () => {
    expect(data.outcomes.map((o) => [o.proposalId, o.jobId, o.freelancerId, o.outcome])).toEqual([
      ["a11", "q10", "u2", "hired"],
      ["a12", "q10", "u3", "applied"],
      ["a22", "q20", "u2", "applied"],
      ["a23", "q20", "u1", "hired"],
    ]);
    expect(data.skipped.get("answer without OwnerUserId (deleted user): no proposal, outcome or review")).toBe(1);
  });

  it("when a review is dated then its rating holds only the votes known at that date", () => {
    // a11: reviewed 05-09; up-votes of 05-01 and 05-03 and the 05-04 acceptance are known, the 05-20 down-vote is not: 3+2+1 -> 5.
    // a12: reviewed 05-10; its up-vote dated 05-10 is known only from 05-11 -> 3. a23: self-accepted, no bonus -> 3.
    expect(data.reviews.map((r) => [r.id, r.rating, r.createdAt])).toEqual([
      ["r11", 5, "2021-05-09T00:00:00.000Z"],
      ["r12", 3, "2021-05-10T00:00:00.000Z"],
      ["r22", 3, "2021-05-14T00:00:00.000Z"],
      ["r23", 3, "2021-05-14T00:00:00.000Z"],
    ]);
  });

  it("when user 2's record changes then a snapshot row holds their whole state from that instant", () => {
    const rows = data.snapshots.filter((s) => s.record.id === "u2").map((s) => [new Date(s.cutDate).toISOString(), s.record]);
    const base = { id: "u2", createdAt: "2021-04-30T00:00:00.000Z" };
    // Equal use, same day: by name. After a22, plutus is used twice and leads.
    const entry = (...names: string[]) => names.map((name) => ({ name, level: "entry" }));
    const first = { ...base, title: "haskell, plutus", skills: entry("haskell", "plutus"), overview: "Question 10: Answer 11", lastActiveAt: "2021-05-01T12:00:00.000Z" };
    const second = { ...base, title: "plutus, haskell", skills: entry("plutus", "haskell"), overview: "Question 20: Answer 22\nQuestion 10: Answer 11", lastActiveAt: "2021-05-06T09:00:00.000Z" };
    expect(rows).toEqual([
      ["2021-05-01T12:00:00.001Z", { ...first, reviewCount: 0, completedJobs: 0 }], // a11 posted
      ["2021-05-05T00:00:00.000Z", { ...first, reviewCount: 0, completedJobs: 1, jobSuccess: 100 }], // q10 acceptance (voted 05-04) known
      ["2021-05-06T09:00:00.001Z", { ...second, reviewCount: 0, completedJobs: 1, jobSuccess: 100 }], // a22 posted
      ["2021-05-08T00:00:00.000Z", { ...second, reviewCount: 0, completedJobs: 1, jobSuccess: 50 }], // q20 went to someone else
      ["2021-05-09T00:00:00.000Z", { ...second, reviewCount: 1, rating: 5, completedJobs: 1, jobSuccess: 50 }],
      ["2021-05-14T00:00:00.000Z", { ...second, reviewCount: 2, rating: 4, completedJobs: 1, jobSuccess: 50 }],
    ]);
  });

  it("when a user only commented then they are not a freelancer: there is nothing to rank them on", () => {
    expect(data.freelancers.map((f) => f.id)).toEqual(["u1", "u2", "u3"]);
    expect(data.snapshots.some((s) => s.record.id === "u4")).toBe(false);
    for (const s of data.snapshots) expect(() => validateFreelancer(s.record)).not.toThrow();
  });

  it("when a self-answer is accepted then it is not a competition: the asker's track record has no hire", () => {
    const asker = data.freelancers.find((f) => f.id === "u1");
    expect([asker?.completedJobs, asker?.jobSuccess, asker?.skills]).toEqual([0, undefined, [{ name: "plutus", level: "entry" }]]);
  });

  it("when evaluation joins a job to snapshots as of its posting then each user's latest earlier row is used", () => {
    const rows = data.snapshots.map((s) => ({ ...s.record, cutDate: s.cutDate }));
    const asOf = snapshotsAsOf(rows, data.jobs[2].postedAt as string); // q20, 05-06 08:00
    expect(asOf.map((r) => [r.id, new Date(r.cutDate).toISOString()])).toEqual([
      ["u2", "2021-05-05T00:00:00.000Z"], // q10 acceptance became known
      ["u3", "2021-05-05T00:00:00.000Z"], // lost q10
    ]);
  });

  it("when Votes.xml is absent then hires, reviews and ratings are unknown rather than zero", () => {
    const noVotes = buildStackExchangeData({ ...DUMP, votes: undefined });
    expect(noVotes.reviews).toEqual([]);
    expect(noVotes.jobs.every((j) => j.client === undefined)).toBe(true);
    const u2 = noVotes.freelancers.find((f) => f.id === "u2");
    expect([u2?.completedJobs, u2?.reviewCount, u2?.rating, u2?.skills]).toEqual([undefined, undefined, undefined, [{ name: "plutus", level: "entry" }, { name: "haskell", level: "entry" }]]);
    expect(noVotes.notes.join(" ")).toContain("Votes.xml absent");
  });

  it("when the review delay is longer then reviews move later and see more votes", () => {
    const late = buildStackExchangeData(DUMP, { ...DEFAULT_BUILD_OPTIONS, reviewDelayDays: 10 });
    // a12 reviewed 05-13 now sees its 05-10 up-vote.
    expect(late.reviews.find((r) => r.id === "r12")?.rating).toBe(4);
  });
});
