/** One batch of the library's rankInWorkers: the same call on the calling thread and in a worker. */
import type { Engine } from "../engine-types.js";
import type { FreelancerRecord, JobRecord } from "../model/records.js";
import type { RankTask } from "../rank/model.js";
import type { RankResult } from "../rank/results.js";
import type { RankFreelancersOptions, RankProposalsOptions, RecommendJobsOptions } from "../options.js";
import type { PortableRankOptions } from "./worker-protocol.js";

/** An id, or a record ranked without being indexed: a job for "freelancers" and "proposals", a freelancer for "jobs". */
export type RankSubject = string | JobRecord | FreelancerRecord;

export function rankSubjects(engine: Engine, task: RankTask, subjects: readonly RankSubject[], options: PortableRankOptions): RankResult[] {
  const out: RankResult[] = [];
  for (const subject of subjects) {
    switch (task) {
      case "freelancers":
        out.push(engine.rankFreelancers(subject as string | JobRecord, options as RankFreelancersOptions));
        break;
      case "proposals":
        out.push(engine.rankProposals(subject as string | JobRecord, options as RankProposalsOptions));
        break;
      case "jobs":
        out.push(engine.recommendJobs(subject as string | FreelancerRecord, options as RecommendJobsOptions));
        break;
    }
  }
  return out;
}
