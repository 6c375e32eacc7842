import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_BM25 } from "../text/bm25.js";
import { TextIndex } from "./text-index.js";
import { topMatches } from "./text-top.js";

// A Zipf-like vocabulary: a few words are in most docs (long postings), most are rare, as in real text.
const WORDS = Array.from({ length: 40 }, (_, i) => `w${i}`);
const word = fc.integer({ min: 0, max: 39 }).chain((a) => fc.integer({ min: 0, max: a }).map((b) => WORDS[b]));
const text = fc.array(word, { maxLength: 14 }).map((w) => w.join(" "));
type Op = { kind: "add"; doc: number; text: string } | { kind: "remove"; doc: number } | { kind: "merge" };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant("add" as const), doc: fc.nat(159), text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), doc: fc.nat(159) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("merge" as const) }) },
);

function replay(ops: Op[], batch: string[] = []): { index: TextIndex; live: Set<number> } {
  // A low merge floor, so that batches go straight to a sealed segment and edits merge often.
  const index = new TextIndex(DEFAULT_BM25, 64);
  index.addMany(Uint32Array.from(batch.keys()), (i) => batch[i]);
  const live = new Set<number>(batch.keys());
  for (const o of ops) {
    if (o.kind === "add") {
      index.add(o.doc, o.text);
      live.add(o.doc);
    } else if (o.kind === "remove") {
      index.remove(o.doc);
      live.delete(o.doc);
    } else index.merge();
  }
  return { index, live };
}

/** The exhaustive answer: every doc scored by `match`, the depth-th best and its ties kept. */
function exhaustiveTop(index: TextIndex, q: ReturnType<TextIndex["prepare"]>, live: Set<number>, depth: number, keep?: (doc: number) => boolean) {
  const scored = [...live]
    .filter((d) => !keep || keep(d))
    .map((doc) => {
      const m = index.match(q, doc);
      return { doc, value: m.score * m.matched };
    })
    .filter((s) => s.value > 0)
    .sort((a, b) => b.value - a.value || a.doc - b.doc);
  const complete = scored.length < depth;
  const floor = complete ? 0 : scored[depth - 1].value;
  const kept = scored.filter((s) => s.value >= floor);
  return { docs: kept.map((s) => s.doc), values: kept.map((s) => s.value), complete };
}

describe("early-terminating text top (MaxScore)", () => {
  it("returns exactly the exhaustive top, values bit-identical, after any edits, with and without a filter (property)", () => {
    let pruned = 0;
    fc.assert(
      fc.property(fc.array(text, { minLength: 20, maxLength: 150 }), fc.boolean(), fc.array(op, { maxLength: 40 }), text, fc.integer({ min: 1, max: 20 }), fc.option(fc.nat(4)), (bulk, asOneBatch, edits, queryText, depth, mod) => {
        // The first documents arrive one by one or as one bulk batch (addMany), then the edits.
        const { index, live } = asOneBatch ? replay(edits, bulk) : replay([...bulk.map((t, doc): Op => ({ kind: "add", doc, text: t })), ...edits]);
        const q = index.prepare(queryText);
        const keep = mod === null ? undefined : (doc: number) => doc % (mod + 2) !== 0;
        const want = exhaustiveTop(index, q, live, depth, keep);
        // Each way of completing the survivors' sums, and the cost-based choice between them.
        for (const completion of ["lookup", "read", "cheaper"] as const) {
          const got = topMatches(index.reader(), q, depth, keep, completion);
          if (completion === "lookup" && got.postings.read < got.postings.total) pruned++;
          expect(Array.from(got.docs)).toEqual(want.docs);
          expect(Array.from(got.values)).toEqual(want.values);
          expect(got.complete).toBe(want.complete);
        }
        expect(Array.from(index.top(q, depth, keep).docs)).toEqual(want.docs);
        // A smaller depth cut from the cached result equals a fresh search for it.
        const smaller = Math.max(1, depth >> 1);
        expect(Array.from(index.top(q, smaller, keep).docs)).toEqual(exhaustiveTop(index, q, live, smaller, keep).docs);
      }),
      { numRuns: 300 },
    );
    // The property is only worth something if searches really stopped early in many of the cases.
    expect(pruned).toBeGreaterThan(50);
  });

  it("skips postings: with many documents, a small depth reads a fraction of the query terms' postings", () => {
    const index = new TextIndex(DEFAULT_BM25);
    // 2,000 docs; "common" in all of them, "rare" in 1 of 50: the top 10 for "common rare" needs only the rare list.
    // The rare docs differ in length, so their scores differ and the top holds exactly 10 (ties would be kept).
    for (let d = 0; d < 2000; d++) index.add(d, d % 50 === 0 ? `common rare rare ${"pad ".repeat(d / 50)}` : `common filler${d % 7}`);
    const top = topMatches(index.reader(), index.prepare("common rare"), 10, undefined, "lookup");
    expect(top.docs.length).toBe(10);
    expect(top.postings.total).toBe(2040);
    expect(top.postings.read).toBeLessThan(top.postings.total / 10);
  });

  it("leaves no state behind when the filter throws: the next search is still exact", () => {
    const index = new TextIndex(DEFAULT_BM25);
    for (let d = 0; d < 50; d++) index.add(d, `alpha beta${d % 3}`);
    const q = index.prepare("alpha beta1");
    expect(() => index.top(q, 5, (doc) => {
      if (doc === 25) throw new Error("filter failed");
      return true;
    })).toThrow("filter failed");
    const live = new Set(Array.from({ length: 50 }, (_, d) => d));
    expect(Array.from(index.top(q, 5).values)).toEqual(exhaustiveTop(index, q, live, 5).values);
  });

  it("forgets a cached top when documents arrive, also by a bulk batch that goes straight to a sealed segment", () => {
    const index = new TextIndex(DEFAULT_BM25, 64);
    for (let d = 0; d < 30; d++) index.add(d, `alpha beta${d % 4}`);
    const q = index.prepare("alpha beta1");
    const before = Array.from(index.top(q, 5).docs);
    const batch = Array.from({ length: 200 }, (_, i) => `alpha beta1 beta1 beta1 ${"x ".repeat(i % 5)}`);
    index.addMany(Uint32Array.from(batch.keys(), (i) => 100 + i), (i) => batch[i]);
    const live = new Set([...Array.from({ length: 30 }, (_, d) => d), ...batch.map((_, i) => 100 + i)]);
    const after = index.top(q, 5);
    expect(Array.from(after.docs)).toEqual(exhaustiveTop(index, q, live, 5).docs);
    expect(Array.from(after.docs)).not.toEqual(before);
  });
});
