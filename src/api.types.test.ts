/** The public surface as users type it: option shapes, results and errors (vitest expectTypeOf). */
import { describe, expectTypeOf, it } from "vitest";
import type { BatchAudit, BatchList, BestMatchError, Contribution, ContributionGroup, Engine, EngineOptions, ErrorCode, MatchedSkill, RankedItem, RankResult, RerankRule } from "./index.js";
import { createEngine, loadEngine } from "./index.js";

describe("public types", () => {
  it("createEngine takes one optional options object and returns an Engine", () => {
    expectTypeOf(createEngine).parameter(0).toEqualTypeOf<Partial<EngineOptions> | undefined>();
    expectTypeOf(createEngine).returns.toEqualTypeOf<Engine>();
    expectTypeOf(loadEngine).returns.resolves.toEqualTypeOf<Engine>();
  });

  it("rankings return items with contributions, matched skills and reasons", () => {
    expectTypeOf<Engine["rankFreelancers"]>().returns.toEqualTypeOf<RankResult>();
    expectTypeOf<RankResult["items"]>().toEqualTypeOf<RankedItem[]>();
    expectTypeOf<RankedItem["contributions"]>().toEqualTypeOf<Contribution[]>();
    expectTypeOf<MatchedSkill["via"]>().toEqualTypeOf<"exact" | "alias" | "related">();
    expectTypeOf<RankedItem["reasons"]>().toEqualTypeOf<string[]>();
  });

  it("a batch returns one list per job with its audit, and the batch audit", () => {
    expectTypeOf<ReturnType<Engine["rankFreelancersBatch"]>>().toEqualTypeOf<{ lists: BatchList[]; audit: BatchAudit }>();
    expectTypeOf<BatchList["audit"]["items"][number]["movedBy"]>().toEqualTypeOf<RerankRule[]>();
    expectTypeOf<RerankRule>().toEqualTypeOf<"diversity" | "coldStart" | "exposureCap">();
    expectTypeOf<Contribution["group"]>().toEqualTypeOf<ContributionGroup | undefined>();
    const neverRun = (e: Engine) => {
      // @ts-expect-error: the exposure cap is a number of lists
      e.rankFreelancersBatch(["j1"], { rerank: { exposure: { maxTop: "5" } } });
      // @ts-expect-error: reciprocal is true or { weight, depth }
      e.rankFreelancers("j1", { reciprocal: 0.3 });
    };
    expectTypeOf(neverRun).returns.toBeVoid();
  });

  it("options are typed, with no stringly aliases", () => {
    // Compiled, never run: the checks are the @ts-expect-error lines (at run time these throw INVALID_OPTION).
    const neverRun = () => {
      // @ts-expect-error: candidates is a number
      createEngine({ candidates: "many" });
      // @ts-expect-error: there is no "weights" option; models go under model.<task>
      createEngine({ weights: {} });
    };
    expectTypeOf(neverRun).returns.toBeVoid();
    expectTypeOf<EngineOptions["ratingPrior"]>().toEqualTypeOf<{ mean: number; strength: number }>();
  });

  it("errors carry a stable code", () => {
    expectTypeOf<BestMatchError["code"]>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<"INVALID_RECORD">().toMatchTypeOf<ErrorCode>();
  });
});
