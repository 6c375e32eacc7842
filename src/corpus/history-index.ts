/**
 * The proposals as a track record reads them (see rank/history.ts), cached per state of the records
 * and stored in snapshot v2, so neither a query nor a load rebuilds them from the records.
 */
import type { Corpus, ProposalDoc } from "./corpus.js";
import type { SectionReader, SectionWriter } from "./sections.js";

/**
 * The proposals as arrays, grouped by writer, with what a track record needs of each (its job's
 * doc, time, whether it led to a hire, length) and the letters' terms as postings. Built once per
 * state of the records: a query then reads typed arrays, and only the postings of its own terms.
 */
export interface HistoryIndex {
  /** Writer number by freelancer id; per writer their freelancer doc and proposal range. */
  writerOf: Map<string, number>;
  writerDoc: Int32Array;
  from: Uint32Array;
  to: Uint32Array;
  /** Per proposal. */
  job: Int32Array;
  at: Float64Array;
  hired: Uint8Array;
  length: Uint32Array;
  owner: Int32Array;
  letterPostings: Map<string, { proposals: Int32Array; tfs: Float64Array }>;
}

/** Keyed by the proposal map, which boosted views of a corpus share (see boostedCorpus). */
const indexes = new WeakMap<object, { version: number; index: HistoryIndex }>();

export function historyIndex(corpus: Corpus): HistoryIndex {
  const cached = indexes.get(corpus.proposals);
  if (cached?.version === corpus.version) return cached.index;
  const size = corpus.proposals.size;
  const writers = corpus.proposalsByFreelancer.size;
  const index: HistoryIndex = {
    writerOf: new Map(),
    writerDoc: new Int32Array(writers),
    from: new Uint32Array(writers),
    to: new Uint32Array(writers),
    job: new Int32Array(size),
    at: new Float64Array(size),
    hired: new Uint8Array(size),
    length: new Uint32Array(size),
    owner: new Int32Array(size),
    letterPostings: new Map(),
  };
  const postings = new Map<string, { proposals: number[]; tfs: number[] }>();
  let n = 0;
  let w = 0;
  for (const [freelancerId, ids] of corpus.proposalsByFreelancer) {
    const hiredFor = hiredJobs(corpus, freelancerId);
    index.writerOf.set(freelancerId, w);
    index.writerDoc[w] = corpus.freelancers.table.doc(freelancerId) ?? -1;
    index.from[w] = n;
    for (const id of ids) {
      const p = corpus.proposals.get(id) as ProposalDoc;
      const r = p.record;
      index.job[n] = corpus.jobs.table.doc(r.jobId) ?? -1;
      index.at[n] = r.submittedAt === undefined ? NaN : (r.submittedAt as number);
      index.hired[n] = hiredFor.has(r.jobId) ? 1 : 0;
      index.length[n] = p.length;
      index.owner[n] = w;
      for (const [term, tf] of p.tf) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = { proposals: [], tfs: [] }));
        list.proposals.push(n);
        list.tfs.push(tf);
      }
      n++;
    }
    index.to[w++] = n;
  }
  for (const [term, list] of postings) index.letterPostings.set(term, { proposals: Int32Array.from(list.proposals), tfs: Float64Array.from(list.tfs) });
  indexes.set(corpus.proposals, { version: corpus.version, index });
  return index;
}

function hiredJobs(corpus: Corpus, freelancerId: string): Set<string> {
  const out = new Set<string>();
  for (const id of corpus.reviewsByFreelancer.get(freelancerId) ?? []) {
    const jobId = corpus.reviews.get(id)?.jobId;
    if (jobId !== undefined) out.add(jobId);
  }
  return out;
}

/** The index's arrays as sections. */
export function encodeHistory(corpus: Corpus, w: SectionWriter): void {
  const h = historyIndex(corpus);
  w.array("history.writerDoc", "i32", h.writerDoc);
  w.array("history.from", "u32", h.from);
  w.array("history.to", "u32", h.to);
  w.array("history.job", "i32", h.job);
  w.array("history.at", "f64", h.at);
  w.array("history.hired", "u8", h.hired);
  w.array("history.length", "u32", h.length);
  w.array("history.owner", "i32", h.owner);
  const terms = [...h.letterPostings.keys()];
  const offsets = new Uint32Array(terms.length + 1);
  terms.forEach((t, i) => (offsets[i + 1] = offsets[i] + (h.letterPostings.get(t) as { proposals: Int32Array }).proposals.length));
  const proposals = new Int32Array(offsets[terms.length]);
  const tfs = new Float64Array(offsets[terms.length]);
  terms.forEach((t, i) => {
    const list = h.letterPostings.get(t) as { proposals: Int32Array; tfs: Float64Array };
    proposals.set(list.proposals, offsets[i]);
    tfs.set(list.tfs, offsets[i]);
  });
  w.json("history.terms", terms);
  w.array("history.postings.offsets", "u32", offsets);
  w.array("history.postings.proposals", "i32", proposals);
  w.array("history.postings.tfs", "f64", tfs);
}

/** Takes a snapshot's history index as the current one (call once the corpus holds the snapshot's records). */
export function decodeHistory(corpus: Corpus, r: SectionReader): void {
  const writerDoc = r.i32("history.writerDoc");
  const writerOf = new Map<string, number>();
  writerDoc.forEach((doc, w) => writerOf.set(corpus.freelancers.table.id(doc), w));
  const terms = r.json<string[]>("history.terms");
  const offsets = r.u32("history.postings.offsets");
  const proposals = r.i32("history.postings.proposals");
  const tfs = r.f64("history.postings.tfs");
  if (offsets.length !== terms.length + 1 || writerOf.size !== corpus.proposalsByFreelancer.size) r.inconsistent("history.writerDoc", "does not match the proposals");
  const letterPostings = new Map<string, { proposals: Int32Array; tfs: Float64Array }>();
  terms.forEach((t, i) => letterPostings.set(t, { proposals: proposals.subarray(offsets[i], offsets[i + 1]), tfs: tfs.subarray(offsets[i], offsets[i + 1]) }));
  const index: HistoryIndex = { writerOf, writerDoc, from: r.u32("history.from"), to: r.u32("history.to"), job: r.i32("history.job"), at: r.f64("history.at"), hired: r.u8("history.hired"), length: r.u32("history.length"), owner: r.i32("history.owner"), letterPostings };
  indexes.set(corpus.proposals, { version: corpus.version, index });
}
