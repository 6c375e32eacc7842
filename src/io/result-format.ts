/**
 * Rankings as text: CSV rows, JSON lines or a terminal table. Pure and deterministic,
 * so the same results always give the same bytes whichever thread formatted them.
 */
import type { RankTask } from "../rank/model.js";
import type { MatchedSkill, RankResult, RankedItem } from "../rank/results.js";
import { csvLine, listCell } from "./csv-write.js";
import { renderTable } from "./table.js";
import { pageEnd, pageStart, renderSection, type ReportSection } from "../report/index.js";

export const OUTPUT_FORMATS = ["csv", "jsonl", "table", "html"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ResultFormat {
  format: OutputFormat;
  /** Which ranking: sets the id columns. */
  task: RankTask;
  /** Add the per-feature contributions (CSV: a JSON column). */
  explain: boolean;
}

/** Column names: who the list is for, then who is ranked. */
const ID_COLUMNS: Record<RankTask, { subject: string; item: string[] }> = {
  freelancers: { subject: "job_id", item: ["freelancer_id"] },
  proposals: { subject: "job_id", item: ["proposal_id", "freelancer_id"] },
  jobs: { subject: "freelancer_id", item: ["job_id"] },
};

const SCORE_DIGITS = 6;

export function formatScore(score: number): string {
  return score.toFixed(SCORE_DIGITS);
}

export function describeMatch(m: MatchedSkill): string {
  return m.via === "related" && m.from !== undefined ? `${m.skill} (via ${m.from})` : m.skill;
}

export function csvColumns(task: RankTask, explain: boolean): string[] {
  const ids = ID_COLUMNS[task];
  return [ids.subject, "rank", ...ids.item, "score", "matched_skills", "missing_skills", "reasons", ...(explain ? ["contributions"] : [])];
}

/** What goes before the first result (the CSV header), or "". */
export function formatPreamble(f: ResultFormat): string {
  if (f.format === "html") return pageStart({ source: `bestmatch ${f.task === "jobs" ? "recommend" : f.task === "proposals" ? "proposals" : "rank"}` });
  return f.format === "csv" ? csvLine(csvColumns(f.task, f.explain)) : "";
}

/** What goes after the last result (the HTML page's end), or "". */
export function formatClosing(f: ResultFormat): string {
  return f.format === "html" ? pageEnd() : "";
}

/** `context`: titles and skills for the HTML report (other formats show ids only). */
export function formatResult(subjectId: string, result: RankResult, f: ResultFormat, context?: Omit<ReportSection, "result" | "task">): string {
  switch (f.format) {
    case "html":
      return renderSection({ task: f.task, result, ...(context ?? { subject: { id: subjectId } }) });
    case "csv":
      return result.items.map((item) => csvLine(csvCells(subjectId, item, f))).join("");
    case "jsonl":
      return result.items.map((item) => `${JSON.stringify(jsonItem(subjectId, item, f.task))}\n`).join("");
    case "table":
      return tableBlock(subjectId, result, f);
  }
}

/** Reasons are sentences that may contain ";", so they get their own separator. */
export const REASON_SEPARATOR = " | ";

export function reasonsCell(reasons: readonly string[]): string {
  return reasons.join(REASON_SEPARATOR);
}

function itemIds(item: RankedItem, task: RankTask): string[] {
  return task === "proposals" ? [item.id, item.freelancerId ?? ""] : [item.id];
}

function csvCells(subjectId: string, item: RankedItem, f: ResultFormat): string[] {
  return [
    subjectId,
    String(item.rank),
    ...itemIds(item, f.task),
    formatScore(item.score),
    listCell(item.matchedSkills.map(describeMatch)),
    listCell(item.missingSkills),
    reasonsCell(item.reasons),
    ...(f.explain ? [JSON.stringify(item.contributions)] : []),
  ];
}

/** The whole item, keyed by what the ids mean for this task. */
function jsonItem(subjectId: string, item: RankedItem, task: RankTask): Record<string, unknown> {
  const { id, ...rest } = item;
  if (task === "jobs") return { freelancerId: subjectId, jobId: id, ...rest };
  if (task === "proposals") return { jobId: subjectId, proposalId: id, ...rest };
  return { jobId: subjectId, freelancerId: id, ...rest };
}

function tableBlock(subjectId: string, result: RankResult, f: ResultFormat): string {
  const ids = ID_COLUMNS[f.task];
  const subject = f.task === "jobs" ? "Freelancer" : "Job";
  const title = `${subject} ${subjectId}: ${result.items.length} of ${result.total} shown\n`;
  if (!result.items.length) return `${title}\n`;
  const head = ["rank", ...ids.item.map((c) => c.replace("_id", "")), "score", "matched skills", "missing", "top reason"];
  const rows = result.items.map((item) => [
    String(item.rank),
    ...itemIds(item, f.task),
    item.score.toFixed(3),
    item.matchedSkills.map(describeMatch).join(", "),
    item.missingSkills.join(", "),
    item.reasons[0] ?? "",
  ]);
  const maxWidth = [6, ...ids.item.map(() => 24), 8, 40, 30, 70];
  return `${title}${renderTable(head, rows, { rightAligned: [0, ids.item.length + 1], maxWidth })}\n`;
}
