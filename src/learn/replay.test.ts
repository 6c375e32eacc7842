import { describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import type { JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";
import type { SnapshotRow } from "./dataset.js";
import { LeakFreeReplay } from "./replay.js";

// A tiny dated marketplace: times are small epoch-ms numbers so each step is easy to follow.
const snapshots: SnapshotRow[] = [
  { cutDate: 10, record: { id: "u1", title: "Plutus developer", skills: ["Plutus"] } },
  { cutDate: 30, record: { id: "u2", title: "Wallet support", skills: ["Wallet"] } },
  { cutDate: 50, record: { id: "u1", title: "Plutus developer", skills: ["Plutus", "Haskell"] } },
];
const jobs: JobRecord[] = [
  { id: "q1", title: "Plutus script fails", skills: ["Plutus"], postedAt: 20 },
  { id: "q2", title: "Wallet sync stuck", skills: ["Wallet"], postedAt: 40 },
  { id: "q3", title: "Haskell types", skills: ["Haskell"], postedAt: 60 },
];
const proposals: ProposalRecord[] = [
  { id: "a1", jobId: "q1", freelancerId: "u1", coverLetter: "Check the datum hash of your Plutus script.", submittedAt: 25 },
  { id: "a2", jobId: "q2", freelancerId: "u2", coverLetter: "Resync the wallet from scratch.", submittedAt: 45 },
  { id: "a3", jobId: "q2", freelancerId: "u3", coverLetter: "Delete the wallet database and restart.", submittedAt: 46 },
];
const reviews: ReviewRecord[] = [{ id: "r1", freelancerId: "u1", rating: 5, createdAt: 35 }];
const replayOf = () => new LeakFreeReplay(createEngine(), { snapshots, reviews, jobs, proposals });

describe("LeakFreeReplay", () => {
  it("indexes exactly what was known at each instant", () => {
    const replay = replayOf();
    replay.advanceTo(20);
    expect(replay.engine.stats()).toMatchObject({ freelancers: 1, jobs: 1, reviews: 0, proposals: 0 });
    expect(replay.advanceTo(40).map((p) => p.id)).toEqual(["a1"]);
    expect(replay.engine.stats()).toMatchObject({ freelancers: 2, jobs: 2, reviews: 1, proposals: 1 });
    expect(replay.isActive("u2")).toBe(true);
    expect(replay.isActive("u3")).toBe(false);
  });

  it("replaces a freelancer by their newer snapshot only once its cut has passed", () => {
    const replay = replayOf();
    // Plutus may earn related credit for Haskell; only the newer snapshot matches it exactly.
    const via = () =>
      replay.engine
        .rankFreelancers({ id: "x", skills: ["Haskell"] }, { exhaustive: true })
        .items.find((i) => i.id === "u1")
        ?.matchedSkills.find((m) => m.skill === "Haskell")?.via;
    replay.advanceTo(49);
    expect(via()).not.toBe("exact");
    replay.advanceTo(50);
    expect(via()).toBe("exact");
    expect(replay.engine.stats().freelancers).toBe(2);
  });

  it("adds a job's own proposals for one call, then restores the past-only state", () => {
    const replay = replayOf();
    replay.advanceTo(40);
    const inside = replay.withProposalsOf("q2", () => ({ stats: replay.engine.stats(), ids: replay.engine.rankProposals("q2").items.map((i) => i.id).sort() }));
    expect(inside.ids).toEqual(["a2", "a3"]);
    expect(inside.stats).toMatchObject({ proposals: 3, freelancers: 3 });
    expect(replay.engine.stats()).toMatchObject({ freelancers: 2, jobs: 2, proposals: 1 });
    expect(replay.engine.rankProposals("q2").items).toEqual([]);
    // The job's proposals still arrive once time passes them.
    replay.advanceTo(47);
    expect(replay.engine.stats().proposals).toBe(2);
  });

  it("refuses to go back in time", () => {
    const replay = replayOf();
    replay.advanceTo(40);
    expect(() => replay.advanceTo(39)).toThrow(RangeError);
  });
});
