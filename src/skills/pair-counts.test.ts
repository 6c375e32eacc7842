import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PAIR_BASE } from "./pair-counts.js";
import { CooccurrenceCounts, MAX_COOCCURRENCE_SET } from "./similarity.js";

/** The counting CooccurrenceCounts did before the typed table: a Map get and set per pair. */
function mapCounts(ops: Array<{ set: Int32Array; sign: 1 | -1 }>): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const { set, sign } of ops) {
    if (set.length > MAX_COOCCURRENCE_SET) continue;
    for (let i = 0; i < set.length; i++) {
      for (let j = i + 1; j < set.length; j++) {
        const [a, b] = [set[i], set[j]];
        const key = a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
        const v = (pairs.get(key) ?? 0) + sign;
        if (v === 0) pairs.delete(key);
        else pairs.set(key, v);
      }
    }
  }
  return pairs;
}

const setArb = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }).map((a) => Int32Array.from(a.sort((x, y) => x - y)));
// Mostly adds, some removes of sets added before (a replaced profile), a few of sets never added.
const opsArb = fc.array(fc.record({ set: setArb, sign: fc.constantFrom<1 | -1>(1, 1, 1, -1) }), { maxLength: 60 });

describe("PairCounts", () => {
  it("counts exactly what the Map did, in the Map's iteration order, through growth, deletes and re-adds (property)", () => {
    fc.assert(
      fc.property(opsArb, fc.boolean(), (ops, undoHalf) => {
        const all = undoHalf ? [...ops, ...ops.filter((_, i) => i % 2 === 0).map((o) => ({ set: o.set, sign: 1 as const }))] : ops;
        const counts = new CooccurrenceCounts();
        for (const o of all) counts.add(o.set, o.sign);
        const ref = mapCounts(all);
        expect([...counts.pairs]).toEqual([...ref]);
        expect(counts.pairs.size).toBe(ref.size);
        for (const [k, v] of ref) expect(counts.pairs.get(k)).toBe(v);
        expect(counts.pairs.get(31 * PAIR_BASE + 32)).toBeUndefined();
        // Through a snapshot's arrays and back: same pairs, same order.
        const copy = new CooccurrenceCounts();
        copy.restore(counts.state());
        expect([...copy.pairs]).toEqual([...ref]);
        expect(copy.state()).toEqual(counts.state());
      }),
    );
  });

  it("keeps up over many pairs (growth and compaction at size)", () => {
    const counts = new CooccurrenceCounts();
    const ops: Array<{ set: Int32Array; sign: 1 | -1 }> = [];
    for (let i = 0; i < 2000; i++) {
      const set = Int32Array.from({ length: 8 }, (_, k) => (i * 7 + k * 131) % 5000).sort();
      ops.push({ set, sign: 1 });
      if (i % 3 === 0) ops.push({ set, sign: -1 });
    }
    for (const o of ops) counts.add(o.set, o.sign);
    expect([...counts.pairs]).toEqual([...mapCounts(ops)]);
  });
});
