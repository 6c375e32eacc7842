/** The run's results: a markdown table for stdout, the JSON record, and the smoke check (every suite ran, every number finite). */
import type { Figure } from "./context.js";

export interface SuiteOutcome {
  suite: string;
  corpus: string;
  seconds: number;
  figures: Figure[];
  error?: string;
}

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = unit === "" || unit === "x" ? 3 : unit === "ms" && value < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function markdownTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => `| ${f.suite} | ${f.corpus} | ${f.name} | ${formatValue(f.value, f.unit)} | ${f.unit} | ${f.note ?? ""} |`);
  return ["| suite | corpus | measure | value | unit | note |", "|---|---|---|---:|---|---|", ...rows].join("\n");
}

/** Problems that make a run fail: a suite that threw or gave no figure, a number that is not finite. */
export function smokeProblems(outcomes: readonly SuiteOutcome[]): string[] {
  const problems: string[] = [];
  for (const o of outcomes) {
    if (o.error) problems.push(`${o.suite} (${o.corpus}) failed: ${o.error}`);
    else if (o.figures.length === 0) problems.push(`${o.suite} (${o.corpus}) gave no figures`);
    for (const f of o.figures) if (!Number.isFinite(f.value)) problems.push(`${f.suite} (${f.corpus}) ${f.name} is ${f.value}`);
  }
  return problems;
}
