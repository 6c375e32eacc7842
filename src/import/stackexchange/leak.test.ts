/**
 * The no-leak guarantee as a metamorphic property: deleting everything that happened at or after a cut X
 * must not change any snapshot row, review or job dated at or before X.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildStackExchangeData } from "./build.js";
import type { Answer, Comment, Question, StackExchangeDump, Vote } from "./dump.js";
import { DAY_MS } from "./time.js";

const BASE = Date.parse("2021-05-01T00:00:00Z");
const HOUR = 3_600_000;
const TAGS = ["plutus", "haskell", "wallet", "nft"];
const USERS = ["1", "2", "3", "4"];

const owner = fc.option(fc.constantFrom(...USERS), { nil: undefined, freq: 6 });

const dumpArb = fc
  .record({
    questions: fc.array(fc.record({ hour: fc.nat(20 * 24), owner, tags: fc.subarray(TAGS, { minLength: 1 }) }), { maxLength: 6 }),
    answers: fc.array(fc.record({ parent: fc.nat(), delayHours: fc.nat(6 * 24), owner }), { maxLength: 12 }),
    votes: fc.array(fc.record({ answer: fc.nat(), kind: fc.constantFrom<Vote["kind"]>("up", "up", "down", "accepted"), delayDays: fc.nat(12) }), { maxLength: 20 }),
    accepted: fc.array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 6 }),
    comments: fc.array(fc.record({ hour: fc.nat(30 * 24), user: fc.constantFrom(...USERS) }), { maxLength: 6 }),
  })
  .map((plan): StackExchangeDump => {
    const questions: Question[] = plan.questions.map((q, i) => ({
      id: String(100 + i),
      createdAt: BASE + q.hour * HOUR + 7,
      title: `Q${i}`,
      body: "",
      tags: q.tags,
      ownerId: q.owner,
    }));
    const answers: Answer[] =
      questions.length === 0
        ? []
        : plan.answers.map((a, i) => {
            const parent = questions[a.parent % questions.length];
            return { id: String(200 + i), questionId: parent.id, createdAt: parent.createdAt + a.delayHours * HOUR + 11, body: `A${i}`, ownerId: a.owner };
          });
    questions.forEach((q, i) => {
      const own = answers.filter((a) => a.questionId === q.id);
      const pick = plan.accepted[i];
      if (pick !== undefined && own.length > 0) q.acceptedAnswerId = own[pick % own.length].id;
    });
    const votes: Vote[] =
      answers.length === 0
        ? []
        : plan.votes.map((v) => {
            const target = answers[v.answer % answers.length];
            return { postId: target.id, kind: v.kind, day: Math.floor(target.createdAt / DAY_MS) * DAY_MS + v.delayDays * DAY_MS };
          });
    const comments: Comment[] = plan.comments.map((c) => ({ userId: c.user, createdAt: BASE + c.hour * HOUR + 3 }));
    const users = USERS.map((id) => ({ id, createdAt: BASE - DAY_MS }));
    return { questions, answers, users, votes, comments, ignored: {} };
  });

/** What an observer at X could have known: rows dated before X, votes of days before X; a sentinel fixes the dump end at X. */
function truncate(dump: StackExchangeDump, cut: number): StackExchangeDump {
  return {
    questions: dump.questions.filter((q) => q.createdAt < cut),
    answers: dump.answers.filter((a) => a.createdAt < cut),
    users: [...dump.users.filter((u) => u.createdAt < cut), { id: "sentinel", createdAt: cut - 1 }],
    votes: dump.votes?.filter((v) => v.day < cut),
    comments: dump.comments?.filter((c) => c.createdAt < cut),
    ignored: {},
  };
}

describe("no future leakage", () => {
  it("when events after a cut are removed then everything dated at or before the cut is unchanged", () => {
    fc.assert(
      fc.property(dumpArb, fc.integer({ min: 0, max: 35 }), fc.nat(), fc.boolean(), (dump, cutDay, pick, atEvent) => {
        const full = buildStackExchangeData(dump);
        // Cuts at day boundaries (where votes become known) and exactly at post times (the tightest case).
        const postTimes = [...dump.questions, ...dump.answers].map((p) => p.createdAt);
        const wanted = atEvent && postTimes.length > 0 ? postTimes[pick % postTimes.length] : BASE + cutDay * DAY_MS;
        // A cut past the dump end would let the sentinel claim knowledge the full dump does not have.
        const cut = Math.min(wanted, Date.parse(full.dumpEnd));
        const past = buildStackExchangeData(truncate(dump, cut));
        const upTo = <T>(rows: T[], at: (row: T) => number) => rows.filter((row) => at(row) <= cut);
        expect(upTo(past.snapshots, (s) => s.cutDate)).toEqual(upTo(full.snapshots, (s) => s.cutDate));
        expect(upTo(past.reviews, (r) => r.at)).toEqual(upTo(full.reviews, (r) => r.at));
        const posted = (j: { postedAt?: unknown }) => Date.parse(j.postedAt as string);
        expect(past.jobs.filter((j) => posted(j) < cut)).toEqual(full.jobs.filter((j) => posted(j) < cut));
      }),
      { numRuns: 300 },
    );
  });

  it("when any snapshot row is read then its activity dates are strictly before its cut", () => {
    fc.assert(
      fc.property(dumpArb, (dump) => {
        for (const { cutDate, record } of buildStackExchangeData(dump).snapshots) {
          if (record.lastActiveAt !== undefined) expect(Date.parse(record.lastActiveAt as string)).toBeLessThan(cutDate);
        }
      }),
    );
  });
});
