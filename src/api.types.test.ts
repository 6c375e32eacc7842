/** The public surface as users type it: option shapes, results and errors (vitest expectTypeOf). */
import { describe, expectTypeOf, it } from "vitest";
import type { BatchAudit, BatchList, BestMatchError, Contribution, ContributionGroup, Engine, EngineOptions, EngineOptionsInput, ErrorCode, MatchedSkill, RankedItem, RankResult, RerankRule } from "./index.js";
import { createEngine, loadEngine } from "./index.js";

describe("public types", () => {
  it("createEngine takes one optional options object and returns an Engine", () => {
    expectTypeOf(createEngine).parameter(0).toEqualTypeOf<EngineOptionsInput | undefined>();
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

  it("nested option groups are partial: a field left out keeps its default (issue 14, item 7)", () => {
    // Compiled under --strict by `tsc --noEmit -p .`: before, this failed with TS2739.
    const compiles = () => {
      createEngine({ similarity: { learned: false } });
      createEngine({ bm25: { b: 0.5 }, ratingPrior: { strength: 2 } });
      // @ts-expect-error: learned is a boolean, also inside a partial group
      createEngine({ similarity: { learned: "no" } });
    };
    expectTypeOf(compiles).returns.toBeVoid();
    expectTypeOf<{ similarity: { learned: false } }>().toMatchTypeOf<EngineOptionsInput>();
    expectTypeOf<{ similarity: { learned: false } }>().not.toMatchTypeOf<Partial<EngineOptions>>();
  });

  it("errors carry a stable code", () => {
    expectTypeOf<BestMatchError["code"]>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<"INVALID_RECORD">().toMatchTypeOf<ErrorCode>();
  });
});
