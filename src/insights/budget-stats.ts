/** Budget figures: reading one from a brief, and summarizing comparable jobs' budgets. */
import type { Budget } from "../model/records.js";

/** Quantile by linear interpolation between order statistics (R type 7, numpy's default). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface BudgetSummary {
  median: number;
  q1: number;
  q3: number;
  count: number;
}

export function summarize(values: readonly number[]): BudgetSummary | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), count: sorted.length };
}

/** The figure a budget compares by: the fixed amount, or the hourly range's midpoint (or its one end). */
export function budgetValue(budget: Budget | undefined): number | undefined {
  if (!budget) return undefined;
  if (budget.type === "fixed") return budget.amount;
  if (budget.min !== undefined && budget.max !== undefined) return (budget.min + budget.max) / 2;
  return budget.max ?? budget.min;
}

export interface StatedBudget {
  budget: Budget;
  /** The words it was read from. */
  text: string;
}

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(k)?`;
const MONEY = new RegExp(String.raw`(?:\$\s*${AMOUNT}(?:\s*(?:-|–|to)\s*\$?\s*${AMOUNT})?|${AMOUNT}(?:\s*(?:-|–|to)\s*${AMOUNT})?\s*(?:usd|dollars|bucks)\b)`, "i");
const HOURLY = /^\s*(?:\/\s*(?:h|hr|hour)\b|(?:per|an|a|each)\s+(?:h|hr|hour)\b|hourly\b)/i;

const toNumber = (digits: string | undefined, k: string | undefined): number | undefined =>
  digits === undefined ? undefined : Number(digits.replace(/,/g, "")) * (k ? 1000 : 1);

/** "around $500", "$20-30/hr", "1.5k USD": the first money figure in a brief, or undefined. */
export function budgetFromText(text: string): StatedBudget | undefined {
  const m = MONEY.exec(text);
  if (!m) return undefined;
  const [a, b] = m[1] !== undefined ? [toNumber(m[1], m[2]), toNumber(m[3], m[4])] : [toNumber(m[5], m[6]), toNumber(m[7], m[8])];
  if (a === undefined || !Number.isFinite(a) || a <= 0) return undefined;
  const hourly = HOURLY.test(text.slice(m.index + m[0].length)) || /\bhourly\b/i.test(text);
  const end = m.index + m[0].length + (HOURLY.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
  const words = text.slice(m.index, end).trim();
  if (hourly) return { budget: b !== undefined && b >= a ? { type: "hourly", min: a, max: b } : { type: "hourly", max: a }, text: words };
  return { budget: { type: "fixed", amount: b !== undefined && b >= a ? (a + b) / 2 : a }, text: words };
}
