/** Test helpers: the shipped sample data set, and fresh engines over it (the oracle for re-scoring). */
import { fileURLToPath } from "node:url";
import { createEngine } from "../engine.js";
import type { Engine } from "../engine-types.js";
import { type DataFolder, readDataFolder } from "../learn/dataset.js";
import type { FreelancerRecord, JobRecord } from "../model/records.js";

export type InsightsEngine = Engine;

const SAMPLE = fileURLToPath(new URL("../../fixtures/sample", import.meta.url));

let sample: Promise<DataFolder> | undefined;
export function sampleData(): Promise<DataFolder> {
  return (sample ??= readDataFolder(SAMPLE));
}

/** An engine over the data; `replace` swaps in a profile at the same position (or appends a new id). */
export function engineOver(data: Pick<DataFolder, "freelancers" | "jobs" | "reviews" | "proposals">, replace?: FreelancerRecord): InsightsEngine {
  const engine = createEngine() as InsightsEngine;
  let freelancers = data.freelancers;
  if (replace) {
    freelancers = freelancers.map((f) => (f.id === replace.id ? replace : f));
    if (!freelancers.includes(replace)) freelancers = [...freelancers, replace];
  }
  engine.addFreelancers(freelancers);
  engine.addJobs(data.jobs);
  engine.addReviews(data.reviews);
  engine.addProposals(data.proposals);
  return engine;
}

export function smallEngine(freelancers: FreelancerRecord[], jobs: JobRecord[] = []): InsightsEngine {
  const engine = createEngine() as InsightsEngine;
  engine.addFreelancers(freelancers);
  engine.addJobs(jobs);
  return engine;
}
