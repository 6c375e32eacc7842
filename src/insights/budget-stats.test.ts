import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetFromText, budgetValue, quantile, summarize } from "./budget-stats.js";

describe("budget figures", () => {
  it("quantiles interpolate between order statistics (type 7)", () => {
    expect(quantile([300, 500, 800], 0.25)).toBe(400);
    expect(quantile([300, 500, 800], 0.75)).toBe(650);
    expect(summarize([800, 300, 500, 100])).toEqual({ median: 400, q1: 250, q3: 575, count: 4 });
    expect(summarize([])).toBeUndefined();
  });

  it("property: the interquartile range lies between min and max and holds the median", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1 }), (values) => {
        const s = summarize(values)!;
        expect(s.q1).toBeGreaterThanOrEqual(Math.min(...values));
        expect(s.q3).toBeLessThanOrEqual(Math.max(...values));
        expect(s.q1).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.q3);
      }),
    );
  });

  it.each([
    ["set up a Shopify store, around $500", { type: "fixed", amount: 500 }, "$500"],
    ["logo for $1,200 please", { type: "fixed", amount: 1200 }, "$1,200"],
    ["budget 1.5k USD", { type: "fixed", amount: 1500 }, "1.5k USD"],
    ["$300-$800 for the site", { type: "fixed", amount: 550 }, "$300-$800"],
    ["React dev at $20-30/hr", { type: "hourly", min: 20, max: 30 }, "$20-30/hr"],
    ["up to $45 per hour", { type: "hourly", max: 45 }, "$45 per hour"],
  ])("reads %j", (text, budget, words) => {
    expect(budgetFromText(text)).toEqual({ budget, text: words });
  });

  it("finds no budget in a brief without money", () => {
    expect(budgetFromText("need 3 pages in 2 weeks")).toBeUndefined();
  });

  it("compares hourly budgets by their midpoint", () => {
    expect(budgetValue({ type: "hourly", min: 20, max: 40 })).toBe(30);
    expect(budgetValue({ type: "hourly", min: 20 })).toBe(20);
    expect(budgetValue({ type: "fixed", amount: 75 })).toBe(75);
  });
});
