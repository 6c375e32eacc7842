/** What a report section shows beside the ranking (titles, skills), looked up in the engine. */
import type { Engine } from "../engine-types.js";
import type { FreelancerRecord, JobRecord } from "../model/records.js";
import type { RankTask } from "../rank/model.js";
import type { ReportSection } from "./types.js";

/** Skill names as the ranking reports them (canonical), so the heading and the chips agree. */
function canonical(engine: Engine, names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) out.add(engine.extractSkills(name).find((s) => s.start === 0 && s.end === name.length)?.skill ?? name);
  return [...out];
}

function claimNames(f: FreelancerRecord): string[] {
  return (f.skills ?? []).map((s) => (typeof s === "string" ? s : s.name));
}

/** Heading and item names for one list; `subject` is a job (record or id) or, for "jobs", a freelancer id. */
export function sectionContext(engine: Engine, task: RankTask, subject: string | JobRecord): Omit<ReportSection, "result" | "task"> {
  if (task === "jobs") {
    const id = typeof subject === "string" ? subject : subject.id;
    const f = engine.get("freelancer", id);
    return { subject: { id, title: f?.title, skills: f ? canonical(engine, claimNames(f)) : undefined }, label: (jobId) => engine.get("job", jobId)?.title };
  }
  const job = typeof subject === "string" ? engine.get("job", subject) : subject;
  const id = typeof subject === "string" ? subject : subject.id;
  const label =
    task === "proposals"
      ? (proposalId: string) => {
          const p = engine.get("proposal", proposalId);
          return p ? engine.get("freelancer", p.freelancerId)?.title : undefined;
        }
      : (freelancerId: string) => engine.get("freelancer", freelancerId)?.title;
  return { subject: { id, title: job?.title, skills: job?.skills ? canonical(engine, job.skills) : undefined }, label };
}
