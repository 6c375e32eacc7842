/** fast-check arbitraries for tree models: random ensembles over given feature names. */
import fc from "fast-check";
import type { TreeNode, TreesModel } from "../learn/trees/trees-model.js";

/**
 * A random tree as nodes in pre-order (children after parents), split features as indices below
 * `features`; few features make paths repeat them. Covers add up, as in trees this library grows.
 */
export const treeArb = (features: number, maxDepth = 5): fc.Arbitrary<TreeNode[]> =>
  fc
    .record({
      depth: fc.integer({ min: 0, max: maxDepth }),
      choices: fc.array(
        fc.record({
          split: fc.boolean(),
          feature: fc.integer({ min: 0, max: features - 1 }),
          threshold: fc.double({ min: 0, max: 1, noNaN: true }),
          leaf: fc.double({ min: -2, max: 2, noNaN: true }),
          cover: fc.integer({ min: 1, max: 100 }),
        }),
        { minLength: 64, maxLength: 64 },
      ),
    })
    .map(({ depth, choices }) => {
      const nodes: TreeNode[] = [];
      let next = 0;
      const build = (d: number): number => {
        const c = choices[next++ % choices.length];
        const at = nodes.length;
        if (d === 0 || (!c.split && at > 0)) {
          nodes.push({ leaf: c.leaf, cover: c.cover });
          return at;
        }
        nodes.push({ leaf: 0, cover: 0 });
        const left = build(d - 1);
        const right = build(d - 1);
        nodes[at] = { feature: c.feature, threshold: c.threshold, left, right, cover: nodes[left].cover + nodes[right].cover };
        return at;
      };
      build(depth);
      return nodes;
    });

/** A random ensemble over `features` (split features by index), 1..maxTrees trees. */
export const treesModelArb = (features: readonly string[], maxTrees = 8, maxDepth = 5): fc.Arbitrary<TreesModel> =>
  fc.record({ base: fc.double({ min: -1, max: 1, noNaN: true }), trees: fc.array(treeArb(features.length, maxDepth), { minLength: 1, maxLength: maxTrees }) }).map(
    ({ base, trees }): TreesModel => ({ type: "trees", version: 1, base, features: [...features], trees: trees.map((nodes) => ({ nodes })) }),
  );
