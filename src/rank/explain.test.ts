/** The reason and badge rules, pinned: people read these strings. */
import { describe, expect, it } from "vitest";
import { explainBadges, explainReasons, type ExplainInput } from "./explain.js";
import type { Contribution } from "./results.js";

const c = (feature: string, value: number, weight: number, defaulted = false): Contribution => ({ feature, value, weight, contribution: value * weight, defaulted });

function input(task: ExplainInput["task"], parts: Array<[Contribution, Record<string, number | string>?]>, extra: Partial<ExplainInput> = {}): ExplainInput {
  return {
    task,
    contributions: parts.map(([x]) => x),
    facts: new Map(parts.map(([x, f]) => [x.feature, f ?? {}])),
    matchedSkills: [],
    missingSkills: [],
    ...extra,
  };
}

describe("reasons", () => {
  it("when skills match partly then the reason counts them and names the missing ones", () => {
    const reasons = explainReasons(
      input("freelancers", [[c("requiredSkills", 0.8, 0.3), { wanted: 6, direct: 5, related: 0 }]], { missingSkills: ["GraphQL"] }),
    );
    expect(reasons).toEqual([{ feature: "requiredSkills", text: "matches 5 of 6 required skills; missing GraphQL" }]);
  });

  it("when ratings exist then the reason gives stars and count", () => {
    const [r] = explainReasons(input("freelancers", [[c("rating", 0.97, 0.12), { stars: 4.9, reviews: 37, smoothed: 4.85 }]]));
    expect(r.text).toBe("4.9 stars over 37 reviews");
  });

  it("when there is one review then it says review, not reviews", () => {
    const [r] = explainReasons(input("freelancers", [[c("rating", 0.8, 0.12), { stars: 4, reviews: 1, smoothed: 4.42 }]]));
    expect(r.text).toBe("4.0 stars over 1 review");
  });

  it("when the rating is defaulted then the reason says the prior was used", () => {
    const [r] = explainReasons(input("freelancers", [[c("rating", 0.875, 0.12, true), { stars: 4.5, reviews: 0 }]]));
    expect(r.text).toBe("no reviews yet (rated at the 4.5-star prior)");
  });

  it("orders reasons by contribution, largest first", () => {
    const reasons = explainReasons(
      input("freelancers", [
        [c("jobSuccess", 0.9, 0.08), { percent: 90 }],
        [c("rating", 0.95, 0.12), { stars: 4.8, reviews: 10, smoothed: 4.7 }],
      ]),
    );
    expect(reasons.map((r) => r.feature)).toEqual(["rating", "jobSuccess"]);
  });

  it("a rate above budget is said plainly", () => {
    const [r] = explainReasons(input("freelancers", [[c("rateFit", 0.44, 0.08), { rate: 90, limit: 60 }]]));
    expect(r.text).toBe("rate $90/h above budget (up to $60/h)");
  });
});

describe("badges", () => {
  it.each([
    ["Great skill match", input("freelancers", [[c("requiredSkills", 0.8, 0.3)]]), true],
    ["Great skill match", input("freelancers", [[c("requiredSkills", 0.79, 0.3)]]), false],
    ["Highly rated", input("freelancers", [[c("rating", 0.93, 0.1), { smoothed: 4.72, reviews: 10 }]]), true],
    ["Highly rated", input("freelancers", [[c("rating", 0.93, 0.1), { smoothed: 4.72, reviews: 9 }]]), false],
    ["Rising talent", input("freelancers", [[c("requiredSkills", 0.7, 0.3)], [c("reviewVolume", 0.2, 0.05), { reviews: 4 }]]), true],
    ["Rising talent", input("freelancers", [[c("requiredSkills", 0.7, 0.3)], [c("reviewVolume", 0.2, 0.05), { reviews: 5 }]]), false],
    ["Rate above budget", input("freelancers", [[c("rateFit", 0.9, 0.1)]]), true],
    ["Rate above budget", input("freelancers", [[c("rateFit", 0.5, 0.1, true)]]), false],
    ["Top proposal", input("proposals", [[c("letterSkills", 0.5, 0.2)], [c("personalization", 0.8, 0.15)], [c("requiredSkills", 0.6, 0.2)]]), true],
    ["Top proposal", input("proposals", [[c("letterSkills", 0.5, 0.2)], [c("personalization", 0.7, 0.15)], [c("requiredSkills", 0.6, 0.2)]]), false],
    ["Boilerplate proposal", input("proposals", [[c("personalization", 0.3, 0.15)]]), true],
    ["New job", input("jobs", [[c("freshness", 0.95, 0.08)]]), true],
    ["Payment verified", input("jobs", [[c("clientQuality", 0.9, 0.1), { verified: "yes" }]]), true],
  ] as const)("%s: %s", (badge, given, expected) => {
    expect(explainBadges(given).includes(badge)).toBe(expected);
  });
});
