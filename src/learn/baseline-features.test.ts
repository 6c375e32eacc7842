/**
 * Every baseline of `bestmatch evaluate` is one feature of bestmatch's own: a model with weight on
 * that feature alone ranks exactly as the baseline does. (Random is no signal, so it has no feature.)
 * The market is small and has no ties in the baselines' keys, where a baseline and the engine break
 * ties differently (the engine by id, baselines by their secondary keys).
 */
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { createEngine } from "../index.js";
import type { FreelancerRecord, JobRecord, ProposalRecord } from "../model/records.js";
import { tokenize } from "../text/tokenize.js";
import { arrivalOrder, jobText, mostActive, newestFirst, profileText, reputationAlone, type JobQuery } from "./eval-baselines.js";
import { newMarket, timeOf, type EvalFolder } from "./eval-market.js";
import type { RankTask } from "../rank/model.js";

// Epoch milliseconds, as records read from files carry them (the baselines read numbers).
const day = (n: number) => Date.UTC(2024, 0, 1) + n * 86_400_000;
const freelancers: FreelancerRecord[] = [
  { id: "f1", title: "React developer", overview: "React hooks, Redux and TypeScript front ends", rating: 4.9, reviewCount: 30, completedJobs: 3 },
  { id: "f2", title: "Python data engineer", overview: "Airflow pipelines, pandas, PostgreSQL", rating: 4.2, reviewCount: 3, completedJobs: 1 },
  { id: "f3", title: "Full-stack engineer", overview: "Node.js APIs and React dashboards on PostgreSQL", rating: 5, reviewCount: 8, completedJobs: 2 },
  { id: "f4", title: "Designer", overview: "Figma prototypes and brand identity", rating: 3.8, reviewCount: 50, completedJobs: 4 },
  { id: "f5", title: "Mobile developer", overview: "Flutter and React Native apps with Firebase", rating: 4.6, reviewCount: 12, completedJobs: 5 },
];
const jobs: JobRecord[] = [
  { id: "j1", title: "Dashboard in React", description: "A React and TypeScript dashboard over a Node.js API", skills: ["React"], postedAt: day(0) },
  { id: "j2", title: "Data pipeline", description: "Airflow and pandas pipeline into PostgreSQL", skills: ["Python"], postedAt: day(5) },
  { id: "j3", title: "React Native app", description: "A React Native mobile app with Firebase auth and a React admin", skills: ["React Native"], postedAt: day(10) },
];
// Activity before j3 (proposals to j1 and j2): f3 3, f1 2, f5 1, f2 0... distinct counts for "most active".
const proposals: ProposalRecord[] = [
  { id: "p1", jobId: "j1", freelancerId: "f1", coverLetter: "I build React dashboards with TypeScript daily", submittedAt: day(1) },
  { id: "p2", jobId: "j1", freelancerId: "f3", coverLetter: "Node.js API plus a React front end, done before", submittedAt: day(0.5) },
  { id: "p3", jobId: "j1", freelancerId: "f4", coverLetter: "I can design it in Figma first", submittedAt: day(2) },
  { id: "p4", jobId: "j2", freelancerId: "f3", coverLetter: "PostgreSQL and Airflow are my daily tools", submittedAt: day(6) },
  { id: "p5", jobId: "j2", freelancerId: "f1", coverLetter: "Happy to learn pandas for this", submittedAt: day(7) },
  { id: "p6", jobId: "j1", freelancerId: "f3", coverLetter: "A second note: I also write tests", submittedAt: day(3) },
  { id: "p7", jobId: "j2", freelancerId: "f5", coverLetter: "I have used Firebase and Python", submittedAt: day(8) },
];

const only = (task: RankTask, feature: string) => ({ model: { [task]: { version: 1, bias: 0, weights: { [feature]: 1 } } } });
const folder = (): EvalFolder => ({ dir: "(memory)", data: { freelancers, jobs, reviews: [], proposals, outcomes: [], rejected: [] } });
const query = (job: JobRecord, market: JobQuery["market"]): JobQuery => ({
  job,
  at: timeOf(job.postedAt),
  market,
  proposals: proposals.filter((p) => p.jobId === job.id),
  limit: 100,
});

describe("proposal baselines are single features", () => {
  it.each([
    ["arrival order", "arrivalRank", arrivalOrder],
    ["reputation alone", "reputationShare", reputationAlone],
  ] as const)("%s ranks as a model on %s alone", (_, feature, baseline) => {
    const market = newMarket(folder(), only("proposals", feature));
    for (const job of jobs.slice(0, 2)) {
      const ranked = market.engine.rankProposals(job.id, { limit: 100 }).items.map((i) => i.id);
      expect(ranked).toEqual(baseline.rank(query(job, market))[0]);
    }
  });
});

describe("freelancer baselines are single features", () => {
  it("most active ranks as a model on activity alone (proposals before the job, not to it)", () => {
    const market = newMarket(folder(), only("freelancers", "activity"));
    const baseline = mostActive(proposals);
    baseline.onAdvance?.(freelancers);
    // Undated job records as rankings would see them: the proposals before j3 are every proposal.
    const job = jobs[2];
    const ranked = market.engine.rankFreelancers(job.id, { exhaustive: true, limit: 100 }).items.map((i) => i.id);
    const expected = baseline.rank(query(job, market))[0];
    // Most active: f3 (3), f1 (2), f4 and f5 (1 each, tie by completed jobs: f5 then f4), f2 (0).
    expect(expected).toEqual(["f3", "f1", "f5", "f4", "f2"]);
    expect(ranked.slice(0, 2)).toEqual(expected.slice(0, 2));
    expect(new Set(ranked.slice(2, 4))).toEqual(new Set(expected.slice(2, 4)));
    expect(ranked[4]).toBe("f2");
  });

  it("BM25 (MiniSearch with bestmatch's tokenizer) ranks as a model on textRelevanceRank alone", () => {
    const engine = createEngine({ ...only("freelancers", "textRelevanceRank"), similarity: { learned: false } } as never);
    engine.addFreelancers(freelancers);
    const index = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], tokenize, processTerm: (t) => t });
    index.addAll(freelancers.map((f) => ({ id: f.id, text: profileText(f) })));
    for (const job of jobs) {
      const hits = index.search(jobText(job)).map((r) => String(r.id));
      const ranked = engine.rankFreelancers({ ...job, id: `q-${job.id}` }, { exhaustive: true, limit: 100 }).items.map((i) => i.id);
      expect(ranked.slice(0, hits.length)).toEqual(hits);
    }
  });
});

describe("job baselines are single features", () => {
  it("newest first ranks as a model on freshness alone", () => {
    const engine = createEngine(only("jobs", "freshness"));
    engine.addFreelancers(freelancers);
    engine.addJobs(jobs);
    const ranked = engine.recommendJobs("f1", { exhaustive: true, limit: 100 }).items.map((i) => i.id);
    const market = { record: () => undefined } as unknown as JobQuery["market"];
    expect(ranked).toEqual(newestFirst.rank({ freelancer: freelancers[0], market, candidates: jobs, limit: 100 })[0]);
  });
});
