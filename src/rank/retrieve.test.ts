import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textBudget } from "./retrieve.js";

describe("textBudget", () => {
  it("gives text the whole budget when skills find nothing, a quarter when they fill it", () => {
    expect(textBudget(0, 1000)).toBe(1000);
    expect(textBudget(1000, 1000)).toBe(250);
    expect(textBudget(900, 1000)).toBe(250);
    expect(textBudget(100, 1000)).toBe(900);
  });

  it("never asks for fewer text hits when skills found fewer candidates, and skills plus text cover the budget", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(6000), fc.nat(6000), (limit, a, b) => {
        const [few, many] = a <= b ? [a, b] : [b, a];
        expect(textBudget(few, limit)).toBeGreaterThanOrEqual(textBudget(many, limit));
        expect(Math.min(few, limit) + textBudget(few, limit)).toBeGreaterThanOrEqual(limit);
      }),
    );
  });
});
