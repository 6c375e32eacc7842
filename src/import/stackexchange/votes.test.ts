import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { answerRating, countKnownAt, indexVotes } from "./votes.js";
import { parseDumpDate } from "./time.js";

const D = (date: string): number => Date.parse(`${date}T00:00:00Z`);

describe("answerRating", () => {
  test.each([
    [0, 0, false, 3],
    [1, 0, false, 4],
    [0, 1, false, 2],
    [1, 0, true, 5],
    [10, 0, false, 5],
    [0, 9, true, 1],
  ])("when up=%i, down=%i, accepted=%s then the rating is %i", (up, down, accepted, rating) => {
    expect(answerRating(up, down, accepted)).toBe(rating);
  });

  it("when votes are anything then the rating is 3 + up - down + accepted, clamped to 1-5", () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.boolean(), (up, down, accepted) => {
        expect(answerRating(up, down, accepted)).toBe(Math.min(5, Math.max(1, 3 + up - down + (accepted ? 1 : 0))));
      }),
    );
  });
});

describe("vote timing", () => {
  it("when a vote is dated day D then it is known from the start of D+1, not before", () => {
    const days = [D("2021-05-01"), D("2021-05-03")];
    expect(countKnownAt(days, D("2021-05-01"))).toBe(0);
    expect(countKnownAt(days, D("2021-05-02") - 1)).toBe(0);
    expect(countKnownAt(days, D("2021-05-02"))).toBe(1);
    expect(countKnownAt(days, D("2021-05-04"))).toBe(2);
  });

  it("when a post has several acceptance votes then the earliest day counts", () => {
    const index = indexVotes([
      { postId: "1", kind: "accepted", day: D("2021-05-09") },
      { postId: "1", kind: "accepted", day: D("2021-05-02") },
      { postId: "1", kind: "up", day: D("2021-05-05") },
      { postId: "1", kind: "up", day: D("2021-05-01") },
    ]);
    expect(index.get("1")).toEqual({ up: [D("2021-05-01"), D("2021-05-05")], down: [], acceptedDay: D("2021-05-02") });
  });
});

describe("parseDumpDate", () => {
  test.each([
    ["2021-04-27T15:06:44.553", "2021-04-27T15:06:44.553Z"],
    ["2021-04-27T15:06:44", "2021-04-27T15:06:44.000Z"],
    ["2021-04-27T15:06:44.5531234", "2021-04-27T15:06:44.553Z"],
    ["2021-04-27", "2021-04-27T00:00:00.000Z"],
    ["2021-04-27T15:06:44.553+02:00", "2021-04-27T13:06:44.553Z"],
  ])("when the dump says %s then it is %s", (value, iso) => {
    expect(new Date(parseDumpDate(value) as number).toISOString()).toBe(iso);
  });

  test.each(["", "yesterday", "2021-13-45T00:00:00", "27/04/2021"])("when the dump says %j then it is not a date", (value) => {
    expect(parseDumpDate(value)).toBeUndefined();
  });
});
