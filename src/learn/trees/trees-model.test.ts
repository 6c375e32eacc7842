import { describe, expect, it } from "vitest";
import { TASK_FEATURES, validateModel } from "../../rank/model.js";
import { compileTrees, predictTrees } from "./trees-model.js";

const [f0, f1] = TASK_FEATURES.freelancers;
const stump = (split: Record<string, unknown> = {}) => ({
  type: "trees",
  version: 1,
  base: 0.5,
  features: [f0, f1],
  trees: [{ nodes: [{ feature: f1, threshold: 0.5, left: 1, right: 2, cover: 10, ...split }, { leaf: -1, cover: 4 }, { leaf: 1, cover: 6 }] }],
});

describe("validateModel with trees", () => {
  it("when valid then splits get names and a missing child; x < threshold goes left", () => {
    const model = validateModel({ ...stump(), trees: [{ nodes: [{ feature: 1, threshold: 0.5, left: 1, right: 2, cover: 10 }, { leaf: -1, cover: 4 }, { leaf: 1, cover: 6 }] }] }, "freelancers");
    expect(model).toEqual({ ...stump(), trees: [{ nodes: [{ feature: f1, threshold: 0.5, left: 1, right: 2, missing: 1, cover: 10 }, { leaf: -1, cover: 4 }, { leaf: 1, cover: 6 }] }] });
    const c = compileTrees(model as never);
    expect([predictTrees(c, [0, 0.4999]), predictTrees(c, [0, 0.5]), predictTrees(c, [0, NaN])]).toEqual([-0.5, 1.5, -0.5]);
  });

  it("when a model has no type then it is linear (files written before tree models)", () => {
    expect(validateModel({ version: 1, bias: 0, weights: { [f0]: 1 } }, "freelancers")).toMatchObject({ type: "linear", weights: { [f0]: 1 } });
  });

  it.each([
    [{ type: "forest" }, "type", "unknown model type"],
    [{ version: 2 }, "version", "unsupported version"],
    [{ base: "0" }, "base", "base must be a finite number"],
    [{ features: ["charisma"] }, "features[0]", 'unknown feature "charisma"'],
    [{ features: [f0, f0] }, "features[1]", "listed twice"],
    [{ trees: [{ nodes: [] }] }, "trees[0].nodes", "non-empty nodes array"],
  ])("when the model has %j then INVALID_MODEL names %s", (patch, field, message) => {
    expect(() => validateModel({ ...stump(), ...patch }, "freelancers")).toThrow(expect.objectContaining({ code: "INVALID_MODEL", field, message: expect.stringContaining(message) }));
  });

  it.each([
    [{ feature: "charisma" }, "trees[0].nodes[0].feature", "unknown feature"],
    [{ feature: 7 }, "trees[0].nodes[0].feature", "index out of range"],
    [{ threshold: null }, "trees[0].nodes[0].threshold", "threshold must be a finite number"],
    [{ left: 0 }, "trees[0].nodes[0].left", "index of a later node"],
    [{ right: 3 }, "trees[0].nodes[0].right", "index of a later node"],
    [{ right: 1 }, "trees[0].nodes[0].right", "left and right must differ"],
    [{ cover: -1 }, "trees[0].nodes[0].cover", "cover must be"],
  ])("when a split has %j then INVALID_MODEL names %s", (patch, field, message) => {
    expect(() => validateModel(stump(patch), "freelancers")).toThrow(expect.objectContaining({ code: "INVALID_MODEL", field, message: expect.stringContaining(message) }));
  });

  it("when a node is nobody's child then INVALID_MODEL says it is unreachable", () => {
    const model = { ...stump(), trees: [{ nodes: [{ feature: f0, threshold: 0.5, left: 1, right: 3, cover: 2 }, { leaf: 0, cover: 1 }, { leaf: 0, cover: 1 }, { leaf: 0, cover: 1 }] }] };
    expect(() => validateModel(model, "freelancers")).toThrow(expect.objectContaining({ code: "INVALID_MODEL", field: "trees[0].nodes[2]", message: expect.stringContaining("not reachable") }));
  });
});
