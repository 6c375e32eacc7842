/**
 * Report sections from the JSON lines that `--format jsonl` writes: one object per ranked item,
 * subject id first, lines grouped subject by subject. Re-rendering needs no index and no ranking.
 */
import { BestMatchError } from "../errors.js";
import type { RankTask } from "../rank/model.js";
import type { RankedItem } from "../rank/results.js";
import type { ReportSection } from "./types.js";

/** Which id is the subject and which the item, per task (as jsonItem in io/result-format.ts writes them). */
const KEYS: Record<RankTask, { subject: string; item: string }> = {
  freelancers: { subject: "jobId", item: "freelancerId" },
  proposals: { subject: "jobId", item: "proposalId" },
  jobs: { subject: "freelancerId", item: "jobId" },
};

/**
 * The task of a results line: proposals carry `proposalId`; otherwise the writer puts the subject's
 * id first, so `{"jobId", "freelancerId", ...}` is rank output and `{"freelancerId", "jobId", ...}` is recommend output.
 */
export function detectTask(line: Record<string, unknown>): RankTask {
  if ("proposalId" in line) return "proposals";
  return Object.keys(line)[0] === "freelancerId" ? "jobs" : "freelancers";
}

/** Parses results JSONL into one section per subject (consecutive lines of one subject form its list). */
export function sectionsFromJsonl(text: string, file: string, task?: RankTask): ReportSection[] {
  const sections: ReportSection[] = [];
  let current: ReportSection | undefined;
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(raw);
    } catch (err) {
      throw new BestMatchError("INVALID_INPUT", "not a JSON line", { file, line: i + 1, value: raw, expected: "one ranked item per line, as `--format jsonl` writes", cause: err });
    }
    if (line === null || typeof line !== "object" || Array.isArray(line)) throw new BestMatchError("INVALID_INPUT", "not a ranked item", { file, line: i + 1, value: raw, expected: "a JSON object per line" });
    const t = task ?? current?.task ?? detectTask(line);
    const keys = KEYS[t];
    const subject = line[keys.subject];
    const { [keys.subject]: _s, [keys.item]: id, ...rest } = line;
    if (typeof subject !== "string" || typeof id !== "string" || typeof rest.score !== "number" || !Array.isArray(rest.contributions)) {
      throw new BestMatchError("INVALID_INPUT", "not a ranked item of this task", { file, line: i + 1, field: typeof subject !== "string" ? keys.subject : typeof id !== "string" ? keys.item : "score", expected: `${keys.subject}, ${keys.item}, score and contributions (the \`--format jsonl\` output of ${t === "jobs" ? "recommend" : t === "proposals" ? "proposals" : "rank"})` });
    }
    const item = { id, matchedSkills: [], missingSkills: [], reasons: [], badges: [], ...rest } as unknown as RankedItem;
    if (!current || current.subject.id !== subject) {
      current = { task: t, subject: { id: subject }, result: { items: [], total: 0 }, totalUnknown: true };
      sections.push(current);
    }
    current.result.items.push(item);
  });
  for (const s of sections) {
    // The JSONL has no totals: the list is what was written.
    s.result.total = s.result.items.length;
    // A job's required skills are exactly what its items matched or missed.
    if (s.task !== "jobs") {
      const first = s.result.items[0];
      if (first) s.subject.skills = [...first.matchedSkills.map((m) => m.skill), ...first.missingSkills];
    }
  }
  return sections;
}
