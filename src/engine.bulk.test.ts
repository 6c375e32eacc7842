/**
 * A large addFreelancers batch takes the bulk path (text in one pass, co-occurrences counted in a
 * table): it must index exactly what the records added one per call index, replaces included.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "./engine.js";
import type { FreelancerRecord } from "./model/records.js";
import { BULK_BATCH } from "./corpus/corpus.js";
import { readSample, type SampleData } from "./testing/sample-data.js";

let sample: SampleData;
beforeAll(async () => {
  sample = await readSample();
});

/** A second batch: half the profiles edited (replaced in place), and as many new ones. */
function secondBatch(freelancers: readonly FreelancerRecord[]): FreelancerRecord[] {
  const edited = freelancers.filter((_, i) => i % 2 === 0).map((f) => ({ ...f, overview: `${f.overview ?? ""} Also Python, Docker and React Native.`, skills: [...(f.skills ?? [])].reverse() }));
  const fresh = freelancers.filter((_, i) => i % 2 === 1).map((f) => ({ ...f, id: `${f.id}-copy`, title: `${f.title ?? ""} lead` }));
  return [...edited, ...fresh];
}

describe("bulk addFreelancers", () => {
  it("a batch indexes exactly what one record per call does (snapshot bytes and rankings equal)", () => {
    const batches = [sample.freelancers, secondBatch(sample.freelancers)];
    expect(batches.every((b) => b.length >= BULK_BATCH)).toBe(true);
    const bulk = createEngine();
    const single = createEngine();
    for (const batch of batches) {
      bulk.addFreelancers(batch);
      for (const r of batch) single.addFreelancers([r]);
    }
    for (const e of [bulk, single]) e.addJobs(sample.jobs);
    for (const job of sample.jobs.slice(0, 10)) {
      const a = bulk.rankFreelancers(job.id, { limit: 30 });
      const b = single.rankFreelancers(job.id, { limit: 30 });
      expect(a.items.map((i) => [i.id, i.score])).toEqual(b.items.map((i) => [i.id, i.score]));
    }
    expect(bulk.toBuffer().equals(single.toBuffer())).toBe(true);
  });
});
