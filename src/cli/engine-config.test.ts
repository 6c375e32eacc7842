import { describe, expect, it } from "vitest";
import { BestMatchError } from "../errors.js";
import { TASK_FEATURES, type LinearModel } from "../rank/model.js";
import { parseModelFile } from "./engine-config.js";

describe("parseModelFile", () => {
  it("when the file holds one model with a task then that task gets it, with absent weights at 0", () => {
    const models = parseModelFile({ task: "jobs", version: 1, bias: 0.1, weights: { freshness: 1 } }, "m.json");
    expect(Object.keys(models)).toEqual(["jobs"]);
    expect((models.jobs as LinearModel).bias).toBe(0.1);
    expect((models.jobs as LinearModel).weights).toEqual(Object.fromEntries(TASK_FEATURES.jobs.map((f) => [f, f === "freshness" ? 1 : 0])));
  });

  it("when the file keys models by task then each is validated for its own task", () => {
    const models = parseModelFile({ freelancers: { version: 1, weights: { rating: 1 } }, proposals: { version: 1, weights: { bidFit: 2 } } }, "m.json");
    expect(Object.keys(models)).toEqual(["freelancers", "proposals"]);
    expect((models.proposals as LinearModel).weights.bidFit).toBe(2);
  });

  it.each([
    [{ version: 1, weights: {} }, 'a single model needs "task"'],
    [{ task: "teams", version: 1, weights: {} }, 'a single model needs "task"'],
    [{ employers: { version: 1, weights: {} } }, 'unknown task "employers"'],
    [{ jobs: { version: 1, weights: { rating: 1 } } }, 'unknown feature "rating"'],
    [[1, 2], "must be a JSON object"],
  ])("when the file is %j then INVALID_MODEL says %j and names the file", (json, message) => {
    let error: unknown;
    try {
      parseModelFile(json, "m.json");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BestMatchError);
    expect((error as BestMatchError).code).toBe("INVALID_MODEL");
    expect((error as BestMatchError).message).toContain(message);
    expect((error as BestMatchError).message).toContain("m.json");
  });
});
