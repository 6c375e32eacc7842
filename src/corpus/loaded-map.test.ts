import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSetView, LoadedMap } from "./loaded-map.js";

const KEYS = ["a", "b", "c", "d", "e", "f"];

/** A LoadedMap over `entries` (unique keys), counting the values it makes. */
function loaded(entries: Array<[string, number]>) {
  const made = { count: 0 };
  const map = new LoadedMap<number>({
    count: entries.length,
    key: (i) => entries[i][0],
    find: (k) => entries.findIndex(([key]) => key === k),
    value: (i) => (made.count++, entries[i][1]),
  });
  return { map, made };
}

const op = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key: fc.constantFrom(...KEYS), value: fc.integer() }),
  fc.record({ kind: fc.constant("delete" as const), key: fc.constantFrom(...KEYS) }),
  fc.record({ kind: fc.constant("clear" as const) }),
);

describe("LoadedMap", () => {
  it("behaves as a Map holding the loaded entries, under any sequence of set, delete and clear (order included)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...KEYS)), fc.array(op, { maxLength: 30 }), (keys, ops) => {
        const entries = keys.map((k, i): [string, number] => [k, i * 10]);
        const { map } = loaded(entries);
        const real = new Map(entries);
        const same = () => {
          expect([...map]).toEqual([...real]);
          expect([...map.keys()]).toEqual([...real.keys()]);
          expect([...map.values()]).toEqual([...real.values()]);
          expect(map.size).toBe(real.size);
          for (const k of [...KEYS, "zz"]) {
            expect(map.has(k)).toBe(real.has(k));
            expect(map.get(k)).toBe(real.get(k));
          }
        };
        for (const o of ops) {
          if (o.kind === "set") {
            map.set(o.key, o.value);
            real.set(o.key, o.value);
          } else if (o.kind === "delete") expect(map.delete(o.key)).toBe(real.delete(o.key));
          else {
            map.clear();
            real.clear();
          }
          same();
        }
      }),
    );
  });

  it("makes a loaded value only when it is read, and keeps none it made", () => {
    const { map, made } = loaded([["a", 1], ["b", 2]]);
    expect(map.size).toBe(2);
    expect(map.has("a")).toBe(true);
    expect(made.count).toBe(0);
    map.get("a");
    map.get("a");
    expect(made.count).toBe(2);
  });

  it("reads dates from the column for loaded entries and from the values for the rest", () => {
    const map = new LoadedMap<{ at?: number }>({ count: 3, key: (i) => `k${i}`, find: (k) => ["k0", "k1", "k2"].indexOf(k), value: () => { throw new Error("decoded"); }, dates: Float64Array.of(5, NaN, 7) });
    map.delete("k2");
    map.set("k1", { at: 9 });
    map.set("n", { at: 11 });
    map.set("m", {});
    const seen: Array<[number, string]> = [];
    map.eachDate((v) => v.at, (at, key) => seen.push([at, key()]));
    expect(seen.sort()).toEqual([[11, "n"], [5, "k0"], [9, "k1"]].sort());
  });
});

describe("IdSetView", () => {
  it("reads as the listed ids, and once changed keeps its own copy and asks to be kept", () => {
    const ids = ["x", "y", "z"];
    let kept = 0;
    const set = new IdSetView(Int32Array.of(2, 0), (p) => ids[p], () => kept++);
    expect([...set]).toEqual(["z", "x"]);
    expect(set.size).toBe(2);
    expect(set.has("x") && !set.has("y")).toBe(true);
    expect(kept).toBe(0);
    set.add("y");
    set.delete("z");
    expect([...set]).toEqual(["x", "y"]);
    expect(kept).toBe(1);
  });
});
