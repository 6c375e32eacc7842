/**
 * Ranks one batch of subjects and formats the results. The same function runs on the main
 * thread (--workers 1) and in worker threads, which is what makes their output identical.
 */
import type { Engine } from "../engine-types.js";
import { formatResult, type ResultFormat } from "../io/result-format.js";
import type { JobRecord } from "../model/records.js";
import type { RankResult } from "../rank/results.js";
import { sectionContext } from "../report/from-engine.js";

/** rank: job records (ranked without being indexed); proposals: job ids; recommend: freelancer ids. */
export type Subject = string | JobRecord;

export interface BatchSpec {
  format: ResultFormat;
  /** Items per subject. */
  limit: number;
}

export function subjectId(subject: Subject): string {
  return typeof subject === "string" ? subject : subject.id;
}

function rankOne(engine: Engine, subject: Subject, spec: BatchSpec): RankResult {
  const options = { limit: spec.limit };
  switch (spec.format.task) {
    case "freelancers":
      return engine.rankFreelancers(subject, options);
    case "proposals":
      return engine.rankProposals(subject, options);
    case "jobs":
      return engine.recommendJobs(subject as string, options);
  }
}

export function rankBatch(engine: Engine, subjects: readonly Subject[], spec: BatchSpec): string {
  let text = "";
  const html = spec.format.format === "html";
  for (const subject of subjects) text += formatResult(subjectId(subject), rankOne(engine, subject, spec), spec.format, html ? sectionContext(engine, spec.format.task, subject) : undefined);
  return text;
}
