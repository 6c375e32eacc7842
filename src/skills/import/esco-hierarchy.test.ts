import { describe, expect, it } from "vitest";
import { escoCategories } from "./esco-hierarchy.js";

const groupLabels = new Map([
  ["g:root", "Knowledge"],
  ["g:ict", "ICT"],
  ["g:dev", "Software development"],
  ["g:other", "Other skills"],
  ["g:loop1", "Loop one"],
  ["g:loop2", "Loop two"],
]);

describe("escoCategories", () => {
  it("when a skill has direct group parents and skill parents then only the direct groups count, the longest path winning", () => {
    const parents = new Map([
      ["g:ict", ["g:root"]],
      ["g:dev", ["g:ict"]],
      ["s:js", ["g:other", "g:dev", "s:web"]],
      ["s:web", ["g:other"]],
    ]);
    expect(escoCategories(["s:js", "s:web"], { groupLabels, parents })).toEqual(
      new Map([
        ["s:js", "knowledge/ict/software-development"],
        ["s:web", "other-skills"],
      ]),
    );
  });

  it("when two paths are equally long then the first in code-point order wins, whatever the parent order", () => {
    const a = escoCategories(["s"], { groupLabels, parents: new Map([["s", ["g:other", "g:ict"]]]) });
    const b = escoCategories(["s"], { groupLabels, parents: new Map([["s", ["g:ict", "g:other"]]]) });
    expect(a.get("s")).toBe("ict");
    expect(b.get("s")).toBe("ict");
  });

  it("when groups or skills form a cycle then the walk stops and still gives a path", () => {
    const parents = new Map([
      ["g:loop1", ["g:loop2"]],
      ["g:loop2", ["g:loop1"]],
      ["s:a", ["s:b"]],
      ["s:b", ["s:a", "g:loop1"]],
    ]);
    const categories = escoCategories(["s:a"], { groupLabels, parents });
    expect(categories.get("s:a")).toBe("loop-two/loop-one");
  });

  it("when a skill has no group above it then its category is empty", () => {
    expect(escoCategories(["s:x"], { groupLabels, parents: new Map() }).get("s:x")).toBe("");
  });
});
