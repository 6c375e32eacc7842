import { describe, expect, it } from "vitest";
import { parseBudget } from "./eval-drafter.js";

describe("eval-drafter: the Upwork CSV's budget cells", () => {
  it.each([
    ["Fixed price", "Est. budget:\n$18.00", { type: "fixed", amount: 18 }],
    ["Fixed price", "Est. budget:\n$1,500.00", { type: "fixed", amount: 1500 }],
    ["Hourly: $15.00 - $35.00", "N/A", { type: "hourly", min: 15, max: 35 }],
    ["Hourly", "N/A", { type: "hourly" }],
  ])("%j / %j", (kind, budget, expected) => {
    expect(parseBudget(kind, budget)).toEqual(expected);
  });

  it("drops a fixed price without an amount", () => {
    expect(parseBudget("Fixed price", "N/A")).toBeUndefined();
  });
});
