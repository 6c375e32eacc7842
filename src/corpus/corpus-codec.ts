/**
 * The corpus as snapshot sections (sections.ts; layout of version 3) and back. Everything the index
 * derived from the records is stored as it is in memory: per-doc skill sets, text entries and postings,
 * skill postings, columns, letters' term counts, the history index, co-occurrence counts and the learned
 * similarity. Loading maps those arrays (views on the snapshot's bytes, copied only when an edit writes
 * them); it never tokenizes, extracts skills or relearns. Records are kept as JSON, one per record, and
 * decoded when read (explanations, filters, export): freelancers and jobs when their doc is first read,
 * reviews and proposals (LoadedMaps, loaded-map.ts) on every read, never all at load. What the corpus
 * reads of reviews and proposals without their records (links, dates, letter statistics) is columns.
 */
import type { ClockSummary } from "./clock.js";
import type { ResolvedEngineOptions } from "../engine-options.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";
import type { SkillVocabulary, VocabularyState } from "../skills/vocabulary.js";
import { Corpus, CORPUS_COLUMNS, type CorpusColumn, type LoadedRecords, type ProposalDoc, type Side } from "./corpus.js";
import { type IdColumn, LoadedMap, decodeIds, decodeJsonRows, encodeIds, encodeJsonRows, linkMap, utf8Rows } from "./loaded-map.js";
import { DocTable, NumberColumn, SkillPostings } from "./doc-table.js";
import { decodeHistory, encodeHistory } from "./history-index.js";
import type { Extractor, FreelancerDoc, JobDoc } from "./normalize.js";
import type { SectionReader, SectionWriter } from "./sections.js";
import { TextIndex } from "./text-index.js";

export function encodeCorpus(corpus: Corpus, w: SectionWriter): void {
  const f = corpus.freelancers;
  const capacity = f.table.capacity;
  encodeTable(w, "freelancers", f.table, (doc) => doc.record);
  // Sized in a first pass, so the columns are typed arrays from the start (number[] pushes were a save's garbage).
  const offsets = new Uint32Array(capacity + 1);
  const docOf = (d: number) => (f.table.alive(d) ? (f.table.get(d) as FreelancerDoc) : undefined);
  for (let d = 0; d < capacity; d++) offsets[d + 1] = offsets[d] + (docOf(d)?.skills.skills.length ?? 0);
  const ids = new Int32Array(offsets[capacity]);
  const via = new Uint8Array(ids.length);
  const depth = new Float64Array(ids.length);
  const fromText = new Uint32Array(capacity);
  for (let d = 0; d < capacity; d++) {
    const doc = docOf(d);
    if (!doc) continue;
    const { skills, via: viaOf } = doc.skills;
    for (let i = 0, at = offsets[d]; i < skills.length; i++, at++) {
      ids[at] = skills[i];
      via[at] = viaOf[i];
      depth[at] = doc.depth.get(skills[i]) ?? NaN;
    }
    fromText[d] = doc.fromText;
  }
  w.array("freelancers.skills.offsets", "u32", offsets);
  w.array("freelancers.skills.ids", "i32", ids);
  w.array("freelancers.skills.via", "u8", via);
  w.array("freelancers.skills.depth", "f64", depth);
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

  encodeReviews(w, corpus);
  encodeProposals(w, corpus);
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
  w.json("clock", corpus.summarizeClock());
}

export function decodeCorpus(r: SectionReader, vocabulary: SkillVocabulary, extract: Extractor, options: ResolvedEngineOptions): Corpus {
  vocabulary.restoreState(r.json<VocabularyState>("vocabulary"));
  const corpus = new Corpus(vocabulary, extract, options);
  const offsets = r.u32("freelancers.skills.offsets");
  const ids = r.i32("freelancers.skills.ids");
  const via = r.u8("freelancers.skills.via");
  const depth = r.f64("freelancers.skills.depth");
  const fromText = r.u32("freelancers.fromText");
  const fColumns: FreelancerColumns = { offsets, ids, via, depth, fromText, record: recordDecoder<FreelancerRecord>(r, "freelancers") };
  const fTable = DocTable.restore<FreelancerDoc>(tableIds(r, "freelancers"), r.u8("freelancers.live"), (d) => new LoadedFreelancer(fColumns, d));
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
  corpus.adoptRecords(columns, { ...decodeReviews(r, corpus), ...decodeProposals(r, corpus) });
  const meta = r.json<{ hash: [number, number, number]; fingerprint: string | null; dims: number }>("similarity.meta");
  corpus.similarity.cooccurrence.restore({ pairKeys: r.f64("similarity.pairKeys"), pairCounts: r.f64("similarity.pairCounts"), skills: r.f64("similarity.skills"), skillCounts: r.f64("similarity.skillCounts"), hash: meta.hash });
  corpus.similarity.restoreLearned({ fingerprint: meta.fingerprint ?? undefined, skills: r.i32("similarity.learnedSkills"), dims: meta.dims, vectors: r.f64("similarity.vectors") });
  decodeHistory(corpus, r);
  // Snapshots written before the summary have none: the clock then reads the dates, as before.
  if (r.has("clock")) corpus.restoreClockSummary(clockSummaryOf(r));
  return corpus;
}

function clockSummaryOf(r: SectionReader): ClockSummary {
  const s = r.json<ClockSummary>("clock");
  const number = (v: unknown, orNull = false) => (orNull && v === null) || (typeof v === "number" && Number.isFinite(v));
  const whole = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  if (!(s !== null && typeof s === "object" && whole(s.count) && whole(s.aboveBulk) && number(s.bulk, true) && number(s.latest, true) && number(s.nowAtBulk))) r.inconsistent("clock", "is not a clock summary");
  return s;
}

interface FreelancerColumns {
  offsets: Uint32Array;
  ids: Int32Array;
  via: Uint8Array;
  depth: Float64Array;
  fromText: Uint32Array;
  record: (doc: number) => FreelancerRecord;
}

/**
 * A loaded freelancer doc: views on the skill columns, its depth map and record made on first read.
 * Cheap to make (the table keeps only the recent ones, see DocTable), one shape for every doc.
 */
class LoadedFreelancer implements FreelancerDoc {
  readonly skills: { skills: Int32Array; via: Uint8Array };
  readonly fromText: number;
  private r: FreelancerRecord | undefined;
  private d: Map<number, number> | undefined;

  constructor(
    private readonly c: FreelancerColumns,
    private readonly doc: number,
  ) {
    const [a, b] = [c.offsets[doc], c.offsets[doc + 1]];
    this.skills = { skills: c.ids.subarray(a, b), via: c.via.subarray(a, b) };
    this.fromText = c.fromText[doc];
  }

  get record(): FreelancerRecord {
    return (this.r ??= this.c.record(this.doc));
  }

  get depth(): ReadonlyMap<number, number> {
    if (!this.d) {
      const { offsets, ids, depth } = this.c;
      this.d = new Map();
      for (let i = offsets[this.doc]; i < offsets[this.doc + 1]; i++) if (!Number.isNaN(depth[i])) this.d.set(ids[i], depth[i]);
    }
    return this.d;
  }
}

/** A doc whose `record` is decoded on first read, then kept. */
function lazyRecord<D extends object, R>(doc: D, decode: () => R): D & { record: R } {
  let record: R | undefined;
  return Object.defineProperty(doc, "record", { enumerable: true, get: () => (record ??= decode()) }) as D & { record: R };
}

function encodeTable<T>(w: SectionWriter, side: string, table: DocTable<T>, record: (doc: T) => object): void {
  const { ids, live } = table.state();
  encodeIds(w, `${side}.ids`, ids, (d) => live[d] === 1);
  w.array(`${side}.live`, "u8", live);
  const { bytes, offsets } = utf8Rows(Array.from(ids, (_, d) => (live[d] ? JSON.stringify(record(table.get(d) as T)) : undefined)));
  w.array(`${side}.records`, "u8", bytes);
  w.array(`${side}.records.offsets`, "f64", offsets);
}

function tableIds(r: SectionReader, side: string): IdColumn {
  const ids = decodeIds(r, `${side}.ids`);
  if (r.u8(`${side}.live`).length !== ids.count) r.inconsistent(`${side}.live`, `does not match ${side}.ids`);
  return ids;
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

/** The doc of a record's freelancer or job: the engine removes a record's reviews and proposals with it, so there is one. */
function ownerDoc(side: Side<unknown>, id: string, kind: string, recordId: string): number {
  const d = side.table.doc(id);
  if (d === undefined) throw new Error(`${kind} ${recordId} refers to ${id}, which is not indexed`);
  return d;
}

/**
 * Reviews: ids (with a lookup table), records as JSON one per review, and as columns what the
 * corpus reads without the record: the freelancer's doc (the links) and the date (the clock).
 */
function encodeReviews(w: SectionWriter, corpus: Corpus): void {
  const reviews = [...corpus.reviews.values()];
  encodeIds(w, "reviews.ids", reviews.map((r) => r.id));
  encodeJsonRows(w, "reviews.records", reviews);
  w.array("reviews.freelancer", "i32", Int32Array.from(reviews, (r) => ownerDoc(corpus.freelancers, r.freelancerId, "review", r.id)));
  w.array("reviews.createdAt", "f64", Float64Array.from(reviews, (r) => (r.createdAt === undefined ? NaN : (r.createdAt as number))));
}

/** Reviews as LoadedMaps: nothing is decoded until read, and what is read is not kept. */
function decodeReviews(r: SectionReader, corpus: Corpus): Pick<LoadedRecords, "reviews" | "reviewsByFreelancer"> {
  const ids = decodeIds(r, "reviews.ids");
  const record = decodeJsonRows<ReviewRecord>(r, "reviews.records", ids.count);
  const freelancer = ownerColumn(r, "reviews.freelancer", ids.count, corpus.freelancers.table.capacity);
  const dates = r.f64("reviews.createdAt");
  if (dates.length !== ids.count) r.inconsistent("reviews.createdAt", "does not match reviews.ids");
  const f = corpus.freelancers;
  return {
    reviews: new LoadedMap<ReviewRecord>({ count: ids.count, key: ids.id, find: ids.find, value: record, dates }),
    reviewsByFreelancer: linkMap(freelancer, (d) => f.table.id(d), (id) => f.table.loadedDoc(id), ids.id),
  };
}

/** A column of doc numbers, each a doc of the table it names (`capacity` docs). */
function ownerColumn(r: SectionReader, name: string, count: number, capacity: number): Int32Array {
  const docs = r.i32(name);
  if (docs.length !== count) r.inconsistent(name, "does not match the records");
  for (let i = 0; i < docs.length; i++) if (!(docs[i] >= 0 && docs[i] < capacity)) r.inconsistent(name, `holds doc ${docs[i]}, outside the table`);
  return docs;
}

/**
 * Proposals: ids, records as JSON one per proposal, job and freelancer docs, dates, the letters'
 * term counts (CSR over one term list), lengths, shingles and letter skills as CSR.
 */
function encodeProposals(w: SectionWriter, corpus: Corpus): void {
  const proposals = [...corpus.proposals.values()];
  const terms = new Map<string, number>();
  // Rows into offsets + one typed array of values, sized in a first pass.
  const csr = <A extends Uint32Array | Int32Array | Float64Array>(rows: Array<Iterable<number>>, make: (n: number) => A) => {
    const o = new Uint32Array(rows.length + 1);
    rows.forEach((row, i) => {
      let n = 0;
      for (const _ of row) n++;
      o[i + 1] = o[i] + n;
    });
    const values = make(o[rows.length]);
    rows.forEach((row, i) => {
      let at = o[i];
      for (const v of row) values[at++] = v;
    });
    return { o, values };
  };
  const tf = csr(proposals.map((p) => [...p.tf.keys()].map((t) => (terms.has(t) ? (terms.get(t) as number) : (terms.set(t, terms.size), terms.size - 1)))), (n) => new Uint32Array(n));
  const records = proposals.map((p) => p.record);
  encodeIds(w, "proposals.ids", records.map((p) => p.id));
  encodeJsonRows(w, "proposals.records", records);
  w.array("proposals.job", "i32", Int32Array.from(records, (p) => ownerDoc(corpus.jobs, p.jobId, "proposal", p.id)));
  w.array("proposals.freelancer", "i32", Int32Array.from(records, (p) => ownerDoc(corpus.freelancers, p.freelancerId, "proposal", p.id)));
  w.array("proposals.submittedAt", "f64", Float64Array.from(records, (p) => (p.submittedAt === undefined ? NaN : (p.submittedAt as number))));
  w.json("proposals.letterTerms", [...terms.keys()]);
  w.array("proposals.tf.offsets", "u32", tf.o);
  w.array("proposals.tf.terms", "u32", tf.values);
  w.array("proposals.tf.counts", "u32", csr(proposals.map((p) => [...p.tf.values()]), (n) => new Uint32Array(n)).values);
  w.array("proposals.length", "u32", Uint32Array.from(proposals, (p) => p.length));
  const sh = csr(proposals.map((p) => p.shingles), (n) => new Float64Array(n));
  w.array("proposals.shingles.offsets", "u32", sh.o);
  w.array("proposals.shingles", "f64", sh.values);
  const sk = csr(proposals.map((p) => p.skills), (n) => new Int32Array(n));
  w.array("proposals.skills.offsets", "u32", sk.o);
  w.array("proposals.skills", "i32", sk.values);
}

interface ProposalColumns {
  record: (i: number) => ProposalRecord;
  terms: string[];
  tf: { o: Uint32Array; terms: Uint32Array; counts: Uint32Array };
  lengths: Uint32Array;
  shingles: { o: Uint32Array; values: Float64Array };
  skills: { o: Uint32Array; values: Int32Array };
}

/**
 * A loaded proposal: its parts made from the columns when first read. Made per read and not kept by
 * the corpus, so a loaded engine's heap does not grow with the proposals its queries touched.
 */
class LoadedProposal implements ProposalDoc {
  private r: ProposalRecord | undefined;
  private t: Map<string, number> | undefined;
  private sh: Set<number> | undefined;
  private sk: Set<number> | undefined;

  constructor(
    private readonly c: ProposalColumns,
    private readonly i: number,
  ) {}

  get record(): ProposalRecord {
    return (this.r ??= this.c.record(this.i));
  }

  get length(): number {
    return this.c.lengths[this.i];
  }

  get tf(): Map<string, number> {
    if (!this.t) {
      const { o, terms, counts } = this.c.tf;
      this.t = new Map();
      for (let k = o[this.i]; k < o[this.i + 1]; k++) this.t.set(this.c.terms[terms[k]], counts[k]);
    }
    return this.t;
  }

  get shingles(): Set<number> {
    const { o, values } = this.c.shingles;
    return (this.sh ??= new Set(values.subarray(o[this.i], o[this.i + 1])));
  }

  get skills(): Set<number> {
    const { o, values } = this.c.skills;
    return (this.sk ??= new Set(values.subarray(o[this.i], o[this.i + 1])));
  }
}

function decodeProposals(r: SectionReader, corpus: Corpus): Omit<LoadedRecords, "reviews" | "reviewsByFreelancer"> {
  const ids = decodeIds(r, "proposals.ids");
  const n = ids.count;
  const job = ownerColumn(r, "proposals.job", n, corpus.jobs.table.capacity);
  const freelancer = ownerColumn(r, "proposals.freelancer", n, corpus.freelancers.table.capacity);
  const dates = r.f64("proposals.submittedAt");
  if (dates.length !== n) r.inconsistent("proposals.submittedAt", "does not match proposals.ids");
  const terms = r.json<string[]>("proposals.letterTerms");
  if (!Array.isArray(terms)) r.inconsistent("proposals.letterTerms", "is not a list of terms");
  const c: ProposalColumns = {
    record: decodeJsonRows<ProposalRecord>(r, "proposals.records", n),
    terms,
    tf: { o: r.u32("proposals.tf.offsets"), terms: r.u32("proposals.tf.terms"), counts: r.u32("proposals.tf.counts") },
    lengths: r.u32("proposals.length"),
    shingles: { o: r.u32("proposals.shingles.offsets"), values: r.f64("proposals.shingles") },
    skills: { o: r.u32("proposals.skills.offsets"), values: r.i32("proposals.skills") },
  };
  if (c.lengths.length !== n) r.inconsistent("proposals.length", "does not match proposals.ids");
  for (const [name, o, values] of [["proposals.tf.offsets", c.tf.o, c.tf.terms], ["proposals.shingles.offsets", c.shingles.o, c.shingles.values], ["proposals.skills.offsets", c.skills.o, c.skills.values]] as const) {
    if (o.length !== n + 1 || o[n] !== values.length) r.inconsistent(name, "does not match the proposals");
  }
  if (c.tf.counts.length !== c.tf.terms.length) r.inconsistent("proposals.tf.counts", "does not match proposals.tf.terms");
  // Letters per term (each letter lists a term once) and the total length: BM25's statistics over the letters.
  const docFreq = new Uint32Array(terms.length);
  for (let k = 0; k < c.tf.terms.length; k++) {
    const t = c.tf.terms[k];
    if (t >= terms.length) r.inconsistent("proposals.tf.terms", "names a term outside proposals.letterTerms");
    docFreq[t]++;
  }
  let letterTerms = 0;
  for (let i = 0; i < n; i++) letterTerms += c.lengths[i];
  const f = corpus.freelancers;
  const j = corpus.jobs;
  return {
    proposals: new LoadedMap<ProposalDoc>({ count: n, key: ids.id, find: ids.find, value: (i) => new LoadedProposal(c, i), dates }),
    proposalsByJob: linkMap(job, (d) => j.table.id(d), (id) => j.table.loadedDoc(id), ids.id),
    proposalsByFreelancer: linkMap(freelancer, (d) => f.table.id(d), (id) => f.table.loadedDoc(id), ids.id),
    letterDocFreq: (function* () {
      for (let t = 0; t < terms.length; t++) if (docFreq[t] > 0) yield [terms[t], docFreq[t]] as [string, number];
    })(),
    letterTerms,
  };
}
