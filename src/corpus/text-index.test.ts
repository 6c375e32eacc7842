import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_BM25 } from "../text/bm25.js";
import { mulberry32 } from "../util/prng.js";
import { TextIndex } from "./text-index.js";

const WORDS = ["react", "vue", "python", "django", "rust", "data", "pipeline", "design", "mobile", "swift", "kotlin", "api"];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(" "));
type Op = { kind: "add"; doc: number; text: string } | { kind: "bulk"; docs: Array<{ doc: number; text: string }> } | { kind: "remove"; doc: number } | { kind: "merge" };
const added = fc.record({ doc: fc.nat(15), text });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("add" as const), doc: fc.nat(15), text }) },
  // A batch may replace docs, repeat a doc (the last text wins) and be large or small for the floor.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("bulk" as const), docs: fc.array(added, { maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), doc: fc.nat(15) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("merge" as const) }) },
);
/** Merge floors: the default (bulk batches here always take the tail) and tiny ones (they take the sealed path). */
const floor = fc.constantFrom(undefined, 0, 8, 24);

/** Replays the operations; returns the index and the live texts a fresh build would index. */
function replay(ops: Op[], mergeFloor?: number): { index: TextIndex; live: Map<number, string> } {
  const index = new TextIndex(DEFAULT_BM25, mergeFloor);
  const live = new Map<number, string>();
  for (const o of ops) {
    if (o.kind === "add") {
      index.add(o.doc, o.text);
      live.set(o.doc, o.text);
    } else if (o.kind === "bulk") {
      index.addMany(
        o.docs.map((d) => d.doc),
        (i) => o.docs[i].text,
      );
      for (const d of o.docs) live.set(d.doc, d.text);
    } else if (o.kind === "remove") {
      index.remove(o.doc);
      live.delete(o.doc);
    } else index.merge();
  }
  return { index, live };
}

function fresh(live: Map<number, string>): TextIndex {
  const index = new TextIndex(DEFAULT_BM25);
  for (const [doc, t] of [...live].sort((a, b) => a[0] - b[0])) index.add(doc, t);
  return index;
}

describe("TextIndex segments", () => {
  it("after any adds, bulk adds, replaces, removes and merges, scores equal a fresh build's (property)", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), text, floor, (ops, queryText, mergeFloor) => {
        const { index, live } = replay(ops, mergeFloor);
        const ref = fresh(live);
        const q = index.prepare(queryText);
        const r = ref.prepare(queryText);
        expect(index.termsOf(q)).toEqual(ref.termsOf(r));
        expect(Array.from(q.idfs)).toEqual(Array.from(r.idfs));
        for (let doc = 0; doc < 16; doc++) expect(index.match(q, doc)).toEqual(ref.match(r, doc));
        expect(index.retrieve(q, 5)).toEqual(ref.retrieve(r, 5));
      }),
    );
  });

  it("accumulates exactly what match gives each document, for every live doc with a query term (property)", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), text, floor, (ops, queryText, mergeFloor) => {
        const { index, live } = replay(ops, mergeFloor);
        const q = index.prepare(queryText);
        const acc = index.accumulate(q);
        const got = new Map(Array.from(acc.docs, (d, k) => [d, { score: acc.scores[k], matched: acc.matched[k] }]));
        for (const doc of live.keys()) {
          const m = index.match(q, doc);
          if (m.matched === 0) expect(got.has(doc)).toBe(false);
          else expect(got.get(doc)).toEqual(m);
        }
        expect([...got.keys()].every((d) => live.has(d))).toBe(true);
      }),
    );
  });

  it("a bulk build's arrays are exactly a one-by-one build's, over tail and sealed paths and a loaded index", () => {
    // Enough text that the default floor is crossed: the sealed path on the real threshold; some
    // texts not ASCII (tokenized to strings, not word ids).
    const rand = mulberry32(7);
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 3 + Math.floor(rand() * 30) }, () => WORDS[Math.floor(rand() * WORDS.length)] + (rand() < 0.3 ? String(Math.floor(rand() * 400)) : "")).join(" ") + (rand() < 0.05 ? " naïve Résumé Python" : ""));
    const one = new TextIndex(DEFAULT_BM25);
    texts.forEach((t, d) => one.add(d, t));
    for (let d = 0; d < 3000; d += 7) one.remove(d);
    texts.slice(0, 500).forEach((t, d) => one.add(d * 3, t));
    const bulk = new TextIndex(DEFAULT_BM25);
    bulk.addMany(Int32Array.from(texts, (_, d) => d), (i) => texts[i]);
    for (let d = 0; d < 3000; d += 7) bulk.remove(d);
    bulk.addMany(Int32Array.from({ length: 500 }, (_, d) => d * 3), (i) => texts[i]);
    expect(bulk.state()).toEqual(one.state());
    // A batch onto a loaded index (its terms were never interned one by one).
    const loaded = TextIndex.fromState(DEFAULT_BM25, bulk.state());
    loaded.addMany([1, 3000, 3001], (i) => texts[i + 10] + " brandnewterm");
    [1, 3000, 3001].forEach((d, i) => one.add(d, texts[i + 10] + " brandnewterm"));
    expect(loaded.state()).toEqual(one.state());
  });

  it("round-trips through its state: an index rebuilt from the arrays scores the same and keeps accepting edits", () => {
    const index = new TextIndex(DEFAULT_BM25);
    index.add(0, "react vue react");
    index.add(1, "python django data");
    index.add(2, "react native mobile");
    index.add(1, "python data pipeline");
    const copy = TextIndex.fromState(DEFAULT_BM25, index.state());
    const q = copy.prepare("react python data");
    for (let d = 0; d < 3; d++) expect(copy.match(q, d)).toEqual(index.match(index.prepare("react python data"), d));
    copy.add(3, "react data");
    copy.remove(0);
    const r = fresh(new Map([[1, "python data pipeline"], [2, "react native mobile"], [3, "react data"]]));
    const q2 = copy.prepare("react data");
    expect(copy.retrieve(q2, 10)).toEqual(r.retrieve(r.prepare("react data"), 10));
    // The original is untouched by the copy's edits (loaded arrays are copied on first write).
    expect(index.match(index.prepare("react"), 0).matched).toBe(1);
  });
});
