/**
 * An evaluation run as figures a reader can trust: each ranker's mean per metric with a 95%
 * percentile-bootstrap interval over queries, and paired differences (ranker minus bestmatch, and
 * minus bestmatch trained when cross-validated) with their intervals, so a win counts only when its
 * interval excludes 0. Also the per-query table (--by-query) and the text table.
 */
import { bootstrapMean, pairedBootstrap, type BootstrapOptions, type Interval } from "./bootstrap.js";
import type { CrossValidation } from "./eval-cv.js";
import { scoreRanking, type EvalRun } from "./eval-run.js";
import type { BatchAudit, ExposureFigures } from "../rank/rerank/audit.js";

export const TRAINED_CV = "bestmatch trained (CV)";
export const TRAINED_TREES_CV = "bestmatch trained trees (CV)";

/**
 * Adds a cross-validated ordering of every query as a ranker, after bestmatch and any trained rows
 * already there (linear: TRAINED_CV; trees: TRAINED_TREES_CV).
 */
export function withCrossValidated(run: EvalRun, cv: Pick<CrossValidation, "orderings">, name = TRAINED_CV): EvalRun {
  const queries = run.queries.map((q, i) => ({ ...q, values: new Map([...q.values, [name, scoreRanking(cv.orderings[i], q.judgments, run.k)]]) }));
  const at = 1 + run.rankers.slice(1).filter((r) => r === TRAINED_CV || r === TRAINED_TREES_CV).length;
  return { ...run, queries, rankers: [...run.rankers.slice(0, at), name, ...run.rankers.slice(at)] };
}

export interface RankerSummary {
  ranker: string;
  metrics: Record<string, Interval>;
  /** This ranker minus bestmatch (first ranker), per metric. */
  minusBestmatch?: Record<string, Interval>;
  /** This ranker minus bestmatch trained (CV), per metric, when present. */
  minusTrained?: Record<string, Interval>;
}

export interface EvalSummary {
  task: string;
  k: number;
  queries: number;
  note: string;
  dated: boolean;
  /** The metric the table sorts attention on: MRR for proposals, NDCG@k otherwise. */
  headline: string;
  bootstrap: { resamples: number; level: number; seed: number };
  rankers: RankerSummary[];
  /** Re-ranked rows' batch audits (exposure before and after), by ranker name. */
  exposure?: Record<string, BatchAudit>;
}

export function headlineMetric(task: string, k: number): string {
  return task === "proposals" ? "MRR" : `NDCG@${k}`;
}

export function summarize(run: EvalRun, options: BootstrapOptions = {}): EvalSummary {
  const boot = { resamples: options.resamples ?? 1000, level: options.level ?? 0.95, seed: options.seed ?? 1 };
  const column = (ranker: string, metric: string) => run.queries.map((q) => q.values.get(ranker)?.[metric] ?? NaN);
  const reference = run.rankers[0];
  const trained = run.rankers.includes(TRAINED_CV) ? TRAINED_CV : undefined;
  const diffs = (ranker: string, other: string) => Object.fromEntries(run.metrics.map((m) => [m, pairedBootstrap(column(ranker, m), column(other, m), boot)]));
  const rankers = run.rankers.map((ranker) => ({
    ranker,
    metrics: Object.fromEntries(run.metrics.map((m) => [m, bootstrapMean(column(ranker, m), boot)])),
    ...(ranker !== reference ? { minusBestmatch: diffs(ranker, reference) } : {}),
    ...(trained && ranker !== trained && ranker !== reference ? { minusTrained: diffs(ranker, trained) } : {}),
  }));
  const summary: EvalSummary = { task: run.task, k: run.k, queries: run.queries.length, note: run.note, dated: run.dated, headline: headlineMetric(run.task, run.k), bootstrap: boot, rankers };
  return run.exposure ? { ...summary, exposure: run.exposure } : summary;
}

const f3 = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(3));
const signed = (x: number) => (Number.isNaN(x) ? "n/a" : `${x >= 0 ? "+" : ""}${x.toFixed(3)}`);

export function formatInterval(i: Interval): string {
  return `${f3(i.mean)} [${f3(i.low)}, ${f3(i.high)}]`;
}

export function formatDifference(i: Interval): string {
  const real = i.low > 0 || i.high < 0 ? "*" : "";
  return `${signed(i.mean)} [${signed(i.low)}, ${signed(i.high)}]${real}`;
}

/** The summary as a plain-text table (mean [95% CI] per metric; differences for the headline metric). */
export function formatSummary(s: EvalSummary, metrics: readonly string[]): string {
  const lines = [`task ${s.task}: ${s.queries} queries (${s.note})`];
  const width = Math.max(6, ...s.rankers.map((r) => r.ranker.length));
  const cell = 22;
  const diffHead = [`Δ ${s.headline} vs bestmatch`, ...(s.rankers.some((r) => r.minusTrained) ? [`Δ ${s.headline} vs trained`] : [])];
  lines.push(`${"ranker".padEnd(width)}  ${metrics.map((m) => m.padEnd(cell)).join(" ")} ${diffHead.map((h) => h.padEnd(28)).join(" ")}`.trimEnd());
  for (const r of s.rankers) {
    const diffs = [r.minusBestmatch?.[s.headline], ...(diffHead.length > 1 ? [r.minusTrained?.[s.headline]] : [])].map((d) => (d ? formatDifference(d) : "").padEnd(28));
    lines.push(`${r.ranker.padEnd(width)}  ${metrics.map((m) => formatInterval(r.metrics[m]).padEnd(cell)).join(" ")} ${diffs.join(" ")}`.trimEnd());
  }
  lines.push(`mean [${Math.round(s.bootstrap.level * 100)}% percentile bootstrap over queries, ${s.bootstrap.resamples} resamples]; Δ = ranker minus reference, paired; * = interval excludes 0`);
  if (s.exposure) lines.push(...formatExposure(s.rankers[0].ranker, s.exposure));
  return `${lines.join("\n")}\n`;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const exposureCells = (f: ExposureFigures) => [f.mostTopped ? `${pct(f.mostTopped.share)} (${f.mostTopped.lists})` : "n/a", f.gini.toFixed(3), pct(f.newcomerShare)];

/** Exposure over the batch of evaluated lists: the model's lists (first row) and each re-ranked variant. */
export function formatExposure(reference: string, exposure: Record<string, BatchAudit>): string[] {
  const audits = Object.entries(exposure);
  if (!audits.length) return [];
  const [, first] = audits[0];
  const width = Math.max(6, reference.length, ...audits.map(([name]) => name.length));
  const head = ["most frequent #1 (lists)", `Gini top-${first.top}`, `newcomers in top ${first.top}`, "cap unmet"];
  const rows = [[reference, ...exposureCells(first.before), ""], ...audits.map(([name, a]) => [name, ...exposureCells(a.after), String(a.capUnmet)])];
  return [
    `exposure over ${first.lists} lists (each variant re-ranks them as one batch, in posting order)`,
    `${"ranker".padEnd(width)}  ${head.map((h) => h.padEnd(26)).join("")}`.trimEnd(),
    ...rows.map(([name, ...cells]) => `${name.padEnd(width)}  ${cells.map((c) => c.padEnd(26)).join("")}`.trimEnd()),
  ];
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row per (query, ranker) with every metric: for paired analyses elsewhere. */
export function byQueryCsv(run: EvalRun): string {
  const rows = [["query_id", "ranker", "relevant", ...run.metrics].join(",")];
  for (const q of run.queries) {
    const relevant = [...q.judgments.values()].filter((g) => g > 0).length;
    for (const ranker of run.rankers) {
      const v = q.values.get(ranker) ?? {};
      rows.push([csvCell(q.id), csvCell(ranker), String(relevant), ...run.metrics.map((m) => (v[m] === undefined || Number.isNaN(v[m]) ? "" : String(Number(v[m].toFixed(6)))))].join(","));
    }
  }
  return `${rows.join("\n")}\n`;
}
