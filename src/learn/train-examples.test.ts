import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { createEngine } from "../index.js";
import type { Engine } from "../engine-types.js";
import { TASK_FEATURES, type Model } from "../rank/model.js";
import type { RankedItem } from "../rank/results.js";
import type { TrainingExample } from "./train.js";
import { readDataFolder, type DataFolder } from "./dataset.js";
import { featureExamplesFromRanking, OUTCOME_GAINS, orderWith, queriesFromEngine, sampleNegatives } from "./train-examples.js";

const SAMPLE = fileURLToPath(new URL("../../fixtures/sample", import.meta.url));

function engineWith(data: DataFolder, model?: Partial<Record<"proposals" | "freelancers", Model>>): Engine {
  const engine = createEngine(model ? { model } : {});
  engine.addFreelancers(data.freelancers);
  engine.addJobs(data.jobs);
  engine.addReviews(data.reviews);
  engine.addProposals(data.proposals);
  return engine;
}

// Weights far from the defaults, so the order really changes.
const ODD: Model = { version: 1, bias: 0.1, weights: { bidFit: 0.5, responseTime: 0.3, rating: 0.2 } };
const ODD_FREELANCERS: Model = { version: 1, bias: 0, weights: { availability: 0.6, recency: 0.4 } };

describe("training examples from rankings (fixtures/sample)", () => {
  let data: DataFolder;
  let engine: Engine;
  beforeAll(async () => {
    data = await readDataFolder(SAMPLE);
    engine = engineWith(data);
  });

  it("reads every feature of the task off the contributions, and gains from the outcomes", () => {
    const jobIds = data.jobs.map((j) => j.id);
    const queries = queriesFromEngine(engine, "proposals", data.outcomes, jobIds);
    const withOutcomes = new Set(data.outcomes.map((o) => o.jobId));
    expect(queries).toHaveLength(jobIds.filter((id) => withOutcomes.has(id)).length);
    const outcomeOf = new Map(data.outcomes.map((o) => [o.proposalId, o.outcome]));
    for (const q of queries) {
      for (const e of q) {
        expect(Object.keys(e.features)).toEqual([...TASK_FEATURES.proposals]);
        expect(e.gain).toBe(OUTCOME_GAINS.proposals[outcomeOf.get(e.id)!]);
      }
    }
    expect(queries.flat()).toHaveLength(data.proposals.length);
  });

  it("orders items by another model exactly as an engine built with that model does", () => {
    const odd = engineWith(data, { proposals: ODD, freelancers: ODD_FREELANCERS });
    for (const job of data.jobs.slice(0, 10)) {
      const items = engine.rankProposals(job.id, { limit: 1000 }).items;
      expect(orderWith(items, ODD)).toEqual(odd.rankProposals(job.id, { limit: 1000 }).items.map((i) => i.id));
    }
    const job = data.jobs[0].id;
    const all = engine.rankFreelancers(job, { exhaustive: true, limit: 1000 }).items;
    expect(orderWith(all, ODD_FREELANCERS)).toEqual(odd.rankFreelancers(job, { exhaustive: true, limit: 1000 }).items.map((i) => i.id));
    expect(orderWith(all, ODD_FREELANCERS)).not.toEqual(all.map((i) => i.id));
  });

  it("freelancer queries keep every applicant and the sampled number of others", () => {
    const job = data.outcomes.find((o) => o.outcome === "hired")!.jobId;
    const [query] = queriesFromEngine(engine, "freelancers", data.outcomes, [job], { negatives: 20 });
    const applicants = new Set(data.outcomes.filter((o) => o.jobId === job).map((o) => o.freelancerId));
    expect(new Set(query.filter((e) => e.gain > 0).map((e) => e.id))).toEqual(applicants);
    expect(query.filter((e) => e.gain === 0)).toHaveLength(20);
    expect(query.some((e) => e.gain === OUTCOME_GAINS.freelancers.hired)).toBe(true);
  });
});

describe("featureExamplesFromRanking and sampleNegatives", () => {
  const item = (id: string, values: number[]): RankedItem => ({
    id,
    rank: 1,
    score: 0,
    matchedSkills: [],
    missingSkills: [],
    reasons: [],
    badges: [],
    contributions: [
      { feature: "rating", value: values[0], weight: 0.5, contribution: values[0] * 0.5, defaulted: false },
      { feature: "bidFit", value: values[1], weight: 0.5, contribution: values[1] * 0.5, defaulted: false },
      { feature: "bias", value: 1, weight: 0, contribution: 0, defaulted: false },
    ],
  });

  it("leaves the bias out and gives unjudged items gain 0", () => {
    const examples = featureExamplesFromRanking([item("a", [0.2, 0.4]), item("b", [1, 0])], new Map([["b", 2]]));
    expect(examples).toEqual([
      { id: "a", gain: 0, features: { rating: 0.2, bidFit: 0.4 } },
      { id: "b", gain: 2, features: { rating: 1, bidFit: 0 } },
    ]);
  });

  it("keeps the best-ranked half of the negatives, a seeded sample of the rest, and order", () => {
    const query: TrainingExample[] = Array.from({ length: 50 }, (_, i) => ({ id: `x${i}`, gain: i === 30 ? 1 : 0, features: {} }));
    const kept = sampleNegatives(query, 10, 3);
    expect(kept).toHaveLength(11);
    expect(kept.slice(0, 5).map((e) => e.id)).toEqual(["x0", "x1", "x2", "x3", "x4"]);
    expect(kept.map((e) => e.id)).toContain("x30");
    const positions = kept.map((e) => query.indexOf(e));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(sampleNegatives(query, 10, 3)).toEqual(kept);
  });
});
