/**
 * The corpus as snapshot v2 sections (sections.ts) and back. Everything the index derived from the
 * records is stored as it is in memory: per-doc skill sets, text entries and postings, skill
 * postings, columns, letters' term counts, the history index, co-occurrence counts and the learned similarity. Loading
 * maps those arrays (views on the snapshot's bytes, copied only when an edit writes them); it never
 * tokenizes, extracts skills or relearns. Freelancer and job records are kept as JSON, one per doc,
 * and decoded when a doc is first read (explanations, filters, export).
 */
import type { ResolvedEngineOptions } from "../engine-options.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";
import type { SkillVocabulary, VocabularyState } from "../skills/vocabulary.js";
import { Corpus, CORPUS_COLUMNS, type CorpusColumn, type ProposalDoc, type Side } from "./corpus.js";
import { DocTable, NumberColumn, SkillPostings } from "./doc-table.js";
import { decodeHistory, encodeHistory } from "./history-index.js";
import type { Extractor, FreelancerDoc, JobDoc } from "./normalize.js";
import type { SectionReader, SectionWriter } from "./sections.js";
import { TextIndex } from "./text-index.js";

export function encodeCorpus(corpus: Corpus, w: SectionWriter): void {
  const f = corpus.freelancers;
  const capacity = f.table.capacity;
  encodeTable(w, "freelancers", f.table, (doc) => doc.record);
  const offsets = new Uint32Array(capacity + 1);
  const ids: number[] = [];
  const via: number[] = [];
  const depth: number[] = [];
  const fromText = new Uint32Array(capacity);
  for (let d = 0; d < capacity; d++) {
    const doc = f.table.alive(d) ? (f.table.get(d) as FreelancerDoc) : undefined;
    if (doc) {
      doc.skills.skills.forEach((s, i) => {
        ids.push(s);
        via.push(doc.skills.via[i]);
        depth.push(doc.depth.get(s) ?? NaN);
      });
      fromText[d] = doc.fromText;
    }
    offsets[d + 1] = ids.length;
  }
  w.array("freelancers.skills.offsets", "u32", offsets);
  w.array("freelancers.skills.ids", "i32", Int32Array.from(ids));
  w.array("freelancers.skills.via", "u8", Uint8Array.from(via));
  w.array("freelancers.skills.depth", "f64", Float64Array.from(depth));
  w.array("freelancers.fromText", "u32", fromText);
  encodeSearch(w, "freelancers", f, corpus.vocabulary.size);
  for (const name of CORPUS_COLUMNS) w.array(`columns.${name}`, "f64", corpus[name].values(name === "jobPostedAt" ? corpus.jobs.table.capacity : capacity));

  const j = corpus.jobs;
  encodeTable(w, "jobs", j.table, (doc) => doc.record);
  const lists = { required: [] as number[][], niceToHave: [] as number[][] };
  const unknown: Array<[number, string[]]> = [];
  for (let d = 0; d < j.table.capacity; d++) {
    const doc = j.table.alive(d) ? (j.table.get(d) as JobDoc) : undefined;
    lists.required.push(doc?.required ?? []);
    lists.niceToHave.push(doc?.niceToHave ?? []);
    if (doc?.unknown.length) unknown.push([d, doc.unknown]);
  }
  for (const [name, rows] of Object.entries(lists)) {
    const o = new Uint32Array(rows.length + 1);
    rows.forEach((row, d) => (o[d + 1] = o[d] + row.length));
    w.array(`jobs.${name}.offsets`, "u32", o);
    w.array(`jobs.${name}.ids`, "i32", Int32Array.from(rows.flat()));
  }
  w.json("jobs.unknown", unknown);
  encodeSearch(w, "jobs", j, corpus.vocabulary.size);

  w.json("reviews", [...corpus.reviews.values()]);
  encodeProposals(w, [...corpus.proposals.values()]);
  const co = corpus.similarity.cooccurrence.state();
  w.array("similarity.pairKeys", "f64", co.pairKeys);
  w.array("similarity.pairCounts", "f64", co.pairCounts);
  w.array("similarity.skills", "f64", co.skills);
  w.array("similarity.skillCounts", "f64", co.skillCounts);
  const learned = corpus.similarity.learnedState();
  w.json("similarity.meta", { hash: co.hash, fingerprint: learned.fingerprint ?? null, dims: learned.dims });
  w.array("similarity.learnedSkills", "i32", learned.skills);
  w.array("similarity.vectors", "f64", learned.vectors);
  w.json("vocabulary", corpus.vocabulary.state());
  encodeHistory(corpus, w);
}

export function decodeCorpus(r: SectionReader, vocabulary: SkillVocabulary, extract: Extractor, options: ResolvedEngineOptions): Corpus {
  vocabulary.restoreState(r.json<VocabularyState>("vocabulary"));
  const corpus = new Corpus(vocabulary, extract, options);
  const offsets = r.u32("freelancers.skills.offsets");
  const ids = r.i32("freelancers.skills.ids");
  const via = r.u8("freelancers.skills.via");
  const depth = r.f64("freelancers.skills.depth");
  const fromText = r.u32("freelancers.fromText");
  const freelancerRecord = recordDecoder<FreelancerRecord>(r, "freelancers");
  const fTable = DocTable.restore<FreelancerDoc>(tableIds(r, "freelancers"), r.u8("freelancers.live"), (d) => {
    const [a, b] = [offsets[d], offsets[d + 1]];
    const depths = new Map<number, number>();
    for (let i = a; i < b; i++) if (!Number.isNaN(depth[i])) depths.set(ids[i], depth[i]);
    return lazyRecord({ skills: { skills: ids.subarray(a, b), via: via.subarray(a, b) }, depth: depths, fromText: fromText[d] }, () => freelancerRecord(d));
  });
  if (offsets.length !== fTable.capacity + 1 || ids.length !== offsets[fTable.capacity] || via.length !== ids.length || depth.length !== ids.length) r.inconsistent("freelancers.skills.offsets", "does not match the freelancer table");
  corpus.freelancers.adopt({ table: fTable, ...decodeSearch(r, "freelancers", options) });

  const lists = (name: string) => ({ o: r.u32(`jobs.${name}.offsets`), ids: r.i32(`jobs.${name}.ids`) });
  const required = lists("required");
  const nice = lists("niceToHave");
  const unknown = new Map(r.json<Array<[number, string[]]>>("jobs.unknown"));
  const jobRecord = recordDecoder<JobRecord>(r, "jobs");
  const row = (l: { o: Uint32Array; ids: Int32Array }, d: number) => Array.from(l.ids.subarray(l.o[d], l.o[d + 1]));
  const jTable = DocTable.restore<JobDoc>(tableIds(r, "jobs"), r.u8("jobs.live"), (d) => lazyRecord({ required: row(required, d), niceToHave: row(nice, d), unknown: unknown.get(d) ?? [] }, () => jobRecord(d)));
  if (required.o.length !== jTable.capacity + 1 || nice.o.length !== jTable.capacity + 1) r.inconsistent("jobs.required.offsets", "does not match the job table");
  corpus.jobs.adopt({ table: jTable, ...decodeSearch(r, "jobs", options) });

  const columns = Object.fromEntries(CORPUS_COLUMNS.map((name) => [name, NumberColumn.restore(r.f64(`columns.${name}`))])) as Record<CorpusColumn, NumberColumn>;
  corpus.adoptRecords(columns, r.json<ReviewRecord[]>("reviews"), decodeProposals(r));
  const meta = r.json<{ hash: [number, number, number]; fingerprint: string | null; dims: number }>("similarity.meta");
  corpus.similarity.cooccurrence.restore({ pairKeys: r.f64("similarity.pairKeys"), pairCounts: r.f64("similarity.pairCounts"), skills: r.f64("similarity.skills"), skillCounts: r.f64("similarity.skillCounts"), hash: meta.hash });
  corpus.similarity.restoreLearned({ fingerprint: meta.fingerprint ?? undefined, skills: r.i32("similarity.learnedSkills"), dims: meta.dims, vectors: r.f64("similarity.vectors") });
  decodeHistory(corpus, r);
  return corpus;
}

/** A doc whose `record` is decoded on first read, then kept. */
function lazyRecord<D extends object, R>(doc: D, decode: () => R): D & { record: R } {
  let record: R | undefined;
  return Object.defineProperty(doc, "record", { enumerable: true, get: () => (record ??= decode()) }) as D & { record: R };
}

function encodeTable<T>(w: SectionWriter, side: string, table: DocTable<T>, record: (doc: T) => object): void {
  const { ids, live } = table.state();
  w.json(`${side}.ids`, ids);
  w.array(`${side}.live`, "u8", live);
  const parts: Buffer[] = [];
  const offsets = new Float64Array(ids.length + 1);
  let at = 0;
  for (let d = 0; d < ids.length; d++) {
    if (live[d]) {
      const bytes = Buffer.from(JSON.stringify(record(table.get(d) as T)));
      parts.push(bytes);
      at += bytes.length;
    }
    offsets[d + 1] = at;
  }
  w.array(`${side}.records`, "u8", Buffer.concat(parts));
  w.array(`${side}.records.offsets`, "f64", offsets);
}

function tableIds(r: SectionReader, side: string): string[] {
  const ids = r.json<unknown>(`${side}.ids`);
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")) r.inconsistent(`${side}.ids`, "is not a list of ids");
  if (r.u8(`${side}.live`).length !== (ids as string[]).length) r.inconsistent(`${side}.live`, `does not match ${side}.ids`);
  return ids as string[];
}

function recordDecoder<R>(r: SectionReader, side: string): (doc: number) => R {
  const blob = r.u8(`${side}.records`);
  const offsets = r.f64(`${side}.records.offsets`);
  if (offsets[offsets.length - 1] !== blob.length) r.inconsistent(`${side}.records.offsets`, `does not match ${side}.records`);
  return (d) => JSON.parse(Buffer.from(blob.buffer, blob.byteOffset + offsets[d], offsets[d + 1] - offsets[d]).toString("utf8")) as R;
}

function encodeSearch<T>(w: SectionWriter, side: string, s: Side<T>, skills: number): void {
  const t = s.text.state();
  w.json(`${side}.text.meta`, { terms: t.terms, docCount: t.docCount, totalLength: t.totalLength });
  w.array(`${side}.text.docFreq`, "u32", t.docFreq);
  w.array(`${side}.text.entryDoc`, "i32", t.entryDoc);
  w.array(`${side}.text.entryStart`, "u32", t.entryStart);
  w.array(`${side}.text.entryTerms`, "u32", t.entryTerms);
  w.array(`${side}.text.entryLength`, "u32", t.entryLength);
  w.array(`${side}.text.poolTerms`, "u32", t.poolTerms);
  w.array(`${side}.text.poolFreqs`, "u16", t.poolFreqs);
  w.array(`${side}.text.docEntry`, "i32", t.docEntry);
  w.array(`${side}.text.postings.offsets`, "u32", t.sealed.offsets);
  w.array(`${side}.text.postings.entries`, "u32", t.sealed.entries);
  w.array(`${side}.text.postings.tfs`, "u16", t.sealed.tfs);
  const p = s.postings.state(skills);
  w.array(`${side}.skillPostings.offsets`, "u32", p.offsets);
  w.array(`${side}.skillPostings.docs`, "i32", p.docs);
  w.array(`${side}.skillPostings.docFreq`, "u32", p.docFreq);
}

function decodeSearch(r: SectionReader, side: string, options: ResolvedEngineOptions): { text: TextIndex; postings: SkillPostings } {
  const meta = r.json<{ terms: string[]; docCount: number; totalLength: number }>(`${side}.text.meta`);
  const text = TextIndex.fromState(options.bm25, {
    terms: meta.terms,
    docCount: meta.docCount,
    totalLength: meta.totalLength,
    docFreq: r.u32(`${side}.text.docFreq`),
    entryDoc: r.i32(`${side}.text.entryDoc`),
    entryStart: r.u32(`${side}.text.entryStart`),
    entryTerms: r.u32(`${side}.text.entryTerms`),
    entryLength: r.u32(`${side}.text.entryLength`),
    poolTerms: r.u32(`${side}.text.poolTerms`),
    poolFreqs: r.u16(`${side}.text.poolFreqs`),
    docEntry: r.i32(`${side}.text.docEntry`),
    sealed: { offsets: r.u32(`${side}.text.postings.offsets`), entries: r.u32(`${side}.text.postings.entries`), tfs: r.u16(`${side}.text.postings.tfs`) },
  });
  const postings = SkillPostings.restore(r.u32(`${side}.skillPostings.offsets`), r.i32(`${side}.skillPostings.docs`), r.u32(`${side}.skillPostings.docFreq`));
  return { text, postings };
}

/** Proposals: records as JSON, the letters' term counts, shingles and skills as CSR. */
function encodeProposals(w: SectionWriter, proposals: ProposalDoc[]): void {
  const terms = new Map<string, number>();
  const csr = (rows: Array<Iterable<number>>) => {
    const o = new Uint32Array(rows.length + 1);
    const values: number[] = [];
    rows.forEach((row, i) => {
      for (const v of row) values.push(v);
      o[i + 1] = values.length;
    });
    return { o, values };
  };
  const tf = csr(proposals.map((p) => [...p.tf.keys()].map((t) => (terms.has(t) ? (terms.get(t) as number) : (terms.set(t, terms.size), terms.size - 1)))));
  w.json("proposals", proposals.map((p) => p.record));
  w.json("proposals.letterTerms", [...terms.keys()]);
  w.array("proposals.tf.offsets", "u32", tf.o);
  w.array("proposals.tf.terms", "u32", Uint32Array.from(tf.values));
  w.array("proposals.tf.counts", "u32", Uint32Array.from(proposals.flatMap((p) => [...p.tf.values()])));
  w.array("proposals.length", "u32", Uint32Array.from(proposals, (p) => p.length));
  const sh = csr(proposals.map((p) => p.shingles));
  w.array("proposals.shingles.offsets", "u32", sh.o);
  w.array("proposals.shingles", "f64", Float64Array.from(sh.values));
  const sk = csr(proposals.map((p) => p.skills));
  w.array("proposals.skills.offsets", "u32", sk.o);
  w.array("proposals.skills", "i32", Int32Array.from(sk.values));
}

function decodeProposals(r: SectionReader): ProposalDoc[] {
  const records = r.json<ProposalRecord[]>("proposals");
  const terms = r.json<string[]>("proposals.letterTerms");
  const [tfo, tft, tfc] = [r.u32("proposals.tf.offsets"), r.u32("proposals.tf.terms"), r.u32("proposals.tf.counts")];
  const lengths = r.u32("proposals.length");
  const [sho, sh] = [r.u32("proposals.shingles.offsets"), r.f64("proposals.shingles")];
  const [sko, sk] = [r.u32("proposals.skills.offsets"), r.i32("proposals.skills")];
  for (const [name, o] of [["proposals.tf.offsets", tfo], ["proposals.shingles.offsets", sho], ["proposals.skills.offsets", sko]] as const) {
    if (!Array.isArray(records) || o.length !== records.length + 1 || lengths.length !== records.length) r.inconsistent(name, "does not match the proposal records");
  }
  return records.map((record, i) => {
    const tf = new Map<string, number>();
    for (let k = tfo[i]; k < tfo[i + 1]; k++) tf.set(terms[tft[k]], tfc[k]);
    // Shingles and letter skills are read only when the job's proposals are ranked: made on first read.
    let shingles: Set<number> | undefined;
    let skills: Set<number> | undefined;
    return Object.defineProperties({ record, tf, length: lengths[i] } as ProposalDoc, {
      shingles: { enumerable: true, get: () => (shingles ??= new Set(sh.subarray(sho[i], sho[i + 1]))) },
      skills: { enumerable: true, get: () => (skills ??= new Set(sk.subarray(sko[i], sko[i + 1]))) },
    });
  });
}
