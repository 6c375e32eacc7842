import { describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import type { JobRecord, ProposalRecord } from "../model/records.js";
import type { OutcomeRow, SnapshotRow } from "./dataset.js";
import { LeakFreeReplay } from "./replay.js";
import { evaluateQuestionTasks, type SeEvalInput } from "./se-eval.js";
import { acceptanceKnownFrom, trainedFreelancers, trainedProposals } from "./train-se.js";
import { featureDiagnostics } from "./train-diagnostics.js";

// Two training questions (q1, q2) before the split at 50, one test question (q3) after it.
const SPLIT = 50;
const DAY = 86_400_000;
const snapshots: SnapshotRow[] = ["u1", "u2", "u3"].map((id) => ({ cutDate: 1, record: { id, title: "Plutus developer", skills: ["Plutus"] } }));
const jobs: JobRecord[] = [
  { id: "q1", title: "Plutus script fails", skills: ["Plutus"], postedAt: 10 },
  { id: "q2", title: "Plutus datum", skills: ["Plutus"], postedAt: 20 },
  { id: "q3", title: "Plutus minting", skills: ["Plutus"], postedAt: 100 },
];
const answer = (id: string, jobId: string, freelancerId: string, submittedAt: number): ProposalRecord => ({ id, jobId, freelancerId, submittedAt, coverLetter: "Plutus answer" });
const proposals = [
  answer("a1", "q1", "u1", 11),
  answer("a2", "q1", "u2", 12),
  answer("a3", "q1", "u3", 60), // after the split: unknown when training
  answer("a4", "q2", "u1", 21),
  answer("a5", "q2", "u2", 22),
  answer("a6", "q3", "u1", 101),
  answer("a7", "q3", "u2", 102),
];
const outcomes: OutcomeRow[] = [
  { jobId: "q1", freelancerId: "u1", proposalId: "a1", outcome: "hired" },
  { jobId: "q2", freelancerId: "u2", proposalId: "a5", outcome: "hired" },
  { jobId: "q3", freelancerId: "u1", proposalId: "a6", outcome: "hired" },
  ...["a2", "a3", "a4", "a7"].map((id) => {
    const p = proposals.find((x) => x.id === id)!;
    return { jobId: p.jobId, freelancerId: p.freelancerId, proposalId: id, outcome: "applied" as const };
  }),
];
const input: SeEvalInput = { jobs, proposals, outcomes, askers: new Map([["q2", "u3"]]) };
// a1's acceptance vote is dated day -1 (known from 0); a5's on day 0 (known from DAY, after the split); a6 has none.
const votes = [
  { postId: "1", kind: "accepted", day: -DAY },
  { postId: "5", kind: "accepted", day: 0 },
];

describe("trained Stack Exchange rankers", () => {
  it("dates an acceptance from the day after its vote, never before the answer", () => {
    expect(acceptanceKnownFrom(input, votes)).toEqual(new Map([["q1", 11], ["q2", DAY]]));
  });

  it("learn only from questions before the split, with labels known before it, and are scored after it only", async () => {
    const known = { acceptedKnownFrom: acceptanceKnownFrom(input, votes) };
    const p = trainedProposals(input, known, SPLIT);
    const f = trainedFreelancers(input, known, SPLIT);
    const replay = new LeakFreeReplay(createEngine(), { snapshots, reviews: [], jobs, proposals });
    const [proposalTask, freelancerTask] = await evaluateQuestionTasks(input, replay, [p], [f], { split: SPLIT });

    // q1 only (q2's acceptance came after the split), without a3 (answered after the split).
    expect(p.queries.map((q) => q.map((e) => [e.id, e.gain]).sort())).toEqual([[["a1", 2], ["a2", 0]]]);
    // q1: u1 accepted (3), u2 answered (1), u3 answered too late (0). q2: both answered, no known hire; the asker u3 left out.
    const gains = f.queries.map((q) => Object.fromEntries(q.map((e) => [e.id, e.gain])));
    expect(gains).toEqual([{ u1: 3, u2: 1, u3: 0 }, { u1: 1, u2: 1 }]);
    expect(p.report?.queries).toBe(1);
    expect(f.report?.pairs).toBe(3); // q1: u1 > u2, u1 > u3, u2 > u3; q2 has no pair
    expect([proposalTask.queries, freelancerTask.queries]).toEqual([1, 1]);
    expect(proposalTask.note).toContain("2 earlier ones for training");
  });
});

describe("featureDiagnostics", () => {
  it("counts flat queries, pair accuracy with ties as 1/2, and means of better and worse candidates", () => {
    const q = (values: Array<[number, number, number]>) => values.map(([rating, recency, gain]) => ({ features: { rating, recency }, gain }));
    const rows = featureDiagnostics("freelancers", [
      q([[1, 0.5, 1], [0, 0.5, 0], [0.5, 0.5, 0]]), // rating orders both pairs right; recency ties both
      q([[0, 0.2, 1], [1, 0.2, 0]]), // rating wrong; recency ties
      q([[1, 1, 0], [1, 1, 0]]), // no pairs: ignored
    ]);
    const rating = rows.find((r) => r.feature === "rating")!;
    const recency = rows.find((r) => r.feature === "recency")!;
    expect(rating).toMatchObject({ flatQueries: 0, pairAccuracy: 2 / 3, tiedPairs: 0, meanBetter: 0.5, meanWorse: 0.5 });
    expect(recency).toMatchObject({ flatQueries: 1, pairAccuracy: 0.5, tiedPairs: 1 });
    expect(rows.map((r) => r.feature)).toContain("textRelevance");
  });
});
