/**
 * A text index's merge as a pure function: the live entries (dead ones dropped, the rest
 * renumbered in order) and one sealed CSR segment of their postings, built by a counting sort
 * over terms, so postings stay sorted by entry. TextIndex.merge adopts what it returns.
 */
import type { SealedPostings } from "./text-index.js";

/** The forward store as plain arrays (typed views, not Growable.get per value: a bulk build merges millions of postings). */
export interface ForwardStore {
  entryDoc: Int32Array;
  entryStart: Uint32Array;
  entryTerms: Uint32Array;
  entryLength: Uint32Array;
  poolTerms: Uint32Array;
  poolFreqs: Uint16Array;
}

export interface Merged extends ForwardStore {
  sealed: SealedPostings;
  /** Doc -> its new entry, for every doc that has one (others keep -1), `docSlots` long. */
  docEntry: Int32Array;
}

export function mergeEntries(old: ForwardStore, dead: Uint8Array, termCount: number, docSlots: number): Merged {
  const offsets = new Uint32Array(termCount + 1);
  let n = 0;
  let pool = 0;
  for (let e = 0; e < old.entryDoc.length; e++) {
    if (dead[e]) continue;
    n++;
    const start = old.entryStart[e];
    const end = start + old.entryTerms[e];
    pool += end - start;
    for (let i = start; i < end; i++) offsets[old.poolTerms[i] + 1]++;
  }
  for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
  const cursor = offsets.slice(0, termCount);
  const out: Merged = {
    sealed: { offsets, entries: new Uint32Array(pool), tfs: new Uint16Array(pool) },
    poolTerms: new Uint32Array(pool),
    poolFreqs: new Uint16Array(pool),
    entryDoc: new Int32Array(n),
    entryStart: new Uint32Array(n),
    entryTerms: new Uint32Array(n),
    entryLength: new Uint32Array(n),
    docEntry: new Int32Array(docSlots).fill(-1),
  };
  const { entries, tfs } = out.sealed;
  let at = 0;
  let e = 0;
  for (let prev = 0; prev < old.entryDoc.length; prev++) {
    if (dead[prev]) continue;
    const start = old.entryStart[prev];
    const count = old.entryTerms[prev];
    out.entryDoc[e] = old.entryDoc[prev];
    out.entryStart[e] = at;
    out.entryTerms[e] = count;
    out.entryLength[e] = old.entryLength[prev];
    out.docEntry[old.entryDoc[prev]] = e;
    out.poolTerms.set(old.poolTerms.subarray(start, start + count), at);
    out.poolFreqs.set(old.poolFreqs.subarray(start, start + count), at);
    for (let i = start; i < start + count; i++) {
      const p = cursor[old.poolTerms[i]]++;
      entries[p] = e;
      tfs[p] = old.poolFreqs[i];
    }
    at += count;
    e++;
  }
  return out;
}
