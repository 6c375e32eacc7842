import { describe, expect, it } from "vitest";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";
import { TASK_FEATURES } from "../rank/model.js";
import type { DataFolder, OutcomeRow, SnapshotRow } from "./dataset.js";
import type { EvalFolder } from "./eval-market.js";
import { runEvaluation } from "./eval-run.js";

// A tiny marketplace, times as small epoch-ms numbers. u3's profile appears only after job q1.
const freelancers: FreelancerRecord[] = [
  { id: "u1", title: "Plutus developer", skills: ["Plutus"], rating: 5, reviewCount: 3 },
  { id: "u2", title: "Wallet support", skills: ["Wallet"] },
  { id: "u3", title: "Plutus auditor", skills: ["Plutus"] },
];
const snapshots: SnapshotRow[] = [
  { cutDate: 10, record: freelancers[0] },
  { cutDate: 10, record: freelancers[1] },
  { cutDate: 50, record: freelancers[2] },
];
const jobs: JobRecord[] = [
  { id: "q1", title: "Plutus script fails", skills: ["Plutus"], postedAt: 20 },
  { id: "q2", title: "Plutus validator review", skills: ["Plutus"], postedAt: 60 },
];
const proposals: ProposalRecord[] = [
  { id: "a1", jobId: "q1", freelancerId: "u1", coverLetter: "Check the datum of the Plutus script.", submittedAt: 25 },
  { id: "a2", jobId: "q1", freelancerId: "u3", coverLetter: "Try again later.", submittedAt: 26 },
  { id: "a3", jobId: "q2", freelancerId: "u3", coverLetter: "I audit Plutus validators.", submittedAt: 61 },
  { id: "a4", jobId: "q2", freelancerId: "u2", coverLetter: "Hello.", submittedAt: 62 },
];
const outcomes: OutcomeRow[] = [
  { jobId: "q1", freelancerId: "u1", proposalId: "a1", outcome: "hired" },
  { jobId: "q1", freelancerId: "u3", proposalId: "a2", outcome: "applied" },
  { jobId: "q2", freelancerId: "u3", proposalId: "a3", outcome: "hired" },
  { jobId: "q2", freelancerId: "u2", proposalId: "a4", outcome: "applied" },
];
const reviews: ReviewRecord[] = [];
const data: DataFolder = { freelancers, jobs, reviews, proposals, outcomes, rejected: [] };
const dated: EvalFolder = { dir: "mem", data, snapshots };
const undated: EvalFolder = { dir: "mem", data };

describe("runEvaluation", () => {
  it("dated data: a freelancer whose profile appears after the job is not a candidate, so not judged for it", async () => {
    const run = await runEvaluation(dated, "freelancers");
    const q1 = run.queries.find((q) => q.id === "q1")!;
    expect([...q1.judgments]).toEqual([["u1", 3]]);
    expect(q1.examples.map((e) => e.id)).not.toContain("u3");
    const q2 = run.queries.find((q) => q.id === "q2")!;
    expect(new Map(q2.judgments)).toEqual(new Map([["u3", 3], ["u2", 1]]));
    expect(run.dated).toBe(true);
  });

  it("undated data: every freelancer is a candidate from the start", async () => {
    const run = await runEvaluation(undated, "freelancers");
    expect(new Map(run.queries.find((q) => q.id === "q1")!.judgments)).toEqual(new Map([["u1", 3], ["u3", 1]]));
    expect(run.dated).toBe(false);
  });

  it("proposals: grades by proposal, every proposal ranked, features logged from bestmatch's own ranking", async () => {
    const run = await runEvaluation(dated, "proposals");
    expect(run.queries.map((q) => q.id)).toEqual(["q1", "q2"]);
    const q1 = run.queries[0];
    expect(new Map(q1.judgments)).toEqual(new Map([["a1", 2], ["a2", 0]]));
    expect(q1.examples.map((e) => e.id).sort()).toEqual(["a1", "a2"]);
    expect(q1.examples.find((e) => e.id === "a1")!.gain).toBe(2);
    for (const e of q1.examples) for (const f of Object.keys(e.features)) expect(TASK_FEATURES.proposals).toContain(f);
    expect(run.rankers).toEqual(["bestmatch default", "arrival order", "random (mean of 20 seeds)", "reputation alone", "BM25 proposal vs job (MiniSearch)"]);
    // Arrival order puts the hired a1 first on q1: its reciprocal rank is 1.
    expect(q1.values.get("arrival order")!.MRR).toBe(1);
  });

  it("jobs: the later jobs are the candidates and the engine knows nothing of their proposals", async () => {
    const run = await runEvaluation(undated, "jobs", { splitShare: 0.5 });
    expect(run.queries.map((q) => q.id)).toEqual(["u2", "u3"]);
    expect([...run.queries[1].judgments]).toEqual([["q2", 3]]);
    expect(run.queries[1].examples.map((e) => e.id)).toEqual(["q2"]);
    // competition = 1 / (1 + proposals / 10): q2's own two proposals are not known, so it is 1.
    expect(run.queries[1].examples[0].features.competition).toBe(1);
  });
});
