/**
 * The in-process index: freelancers and jobs as documents (skills, text, numeric columns),
 * reviews and proposals linked to them, the skill vocabulary and learned similarity.
 * It trusts its input: records arrive validated and checked by the engine.
 */
import type { ExperienceLevel, ProposalRecord, ReviewRecord } from "../model/records.js";
import type { ResolvedEngineOptions } from "../engine-options.js";
import { utcOffsetMinutes } from "../model/timezone.js";
import { SkillSimilarity } from "../skills/skill-similarity.js";
import type { SkillVocabulary } from "../skills/vocabulary.js";
import { shingles } from "../rank/features/proposal.js";
import { tokenize } from "../text/tokenize.js";
import { DocTable, NumberColumn, SkillPostings } from "./doc-table.js";
import { type Extractor, type FreelancerDoc, type JobDoc, freelancerText, jobText } from "./normalize.js";
import { TextIndex } from "./text-index.js";
import type { SkillSet } from "../rank/features/skills.js";
import { type ClockReading, type ClockSummary, clockFromSummary, readClock, summarizeClock } from "./clock.js";
import { eachDate } from "./loaded-map.js";

/** A loaded index's reviews and proposals (see corpus-codec.ts) and the letter statistics it stored. */
export interface LoadedRecords {
  reviews: Map<string, ReviewRecord>;
  reviewsByFreelancer: Map<string, Set<string>>;
  proposals: Map<string, ProposalDoc>;
  proposalsByJob: Map<string, Set<string>>;
  proposalsByFreelancer: Map<string, Set<string>>;
  letterDocFreq: Iterable<[string, number]>;
  letterTerms: number;
}

/** One timestamp of one record. */
export interface DatedField {
  kind: "freelancer" | "job" | "review" | "proposal";
  id: string;
  field: string;
  /** Epoch ms. */
  at: number;
}

export interface ProposalDoc {
  record: ProposalRecord;
  shingles: Set<number>;
  /** Term frequencies of the cover letter (stemmed terms) and its length in terms, for BM25. */
  tf: Map<string, number>;
  length: number;
  /** Skills named in the cover letter. */
  skills: Set<number>;
}

/** One side of the market: documents with their text and skill postings. */
export class Side<T> {
  table = new DocTable<T>();
  text: TextIndex;
  postings = new SkillPostings();
  constructor(options: ResolvedEngineOptions) {
    this.text = new TextIndex(options.bm25);
  }

  /** Takes loaded parts (snapshot v2, see corpus-codec.ts). */
  adopt(parts: { table: DocTable<T>; text: TextIndex; postings: SkillPostings }): void {
    ({ table: this.table, text: this.text, postings: this.postings } = parts);
  }
}

/** The numeric columns, by name (all per freelancer doc but jobPostedAt, per job doc): what a snapshot stores. */
export const CORPUS_COLUMNS = ["rating", "reviewCount", "reviewCountAssumed", "lastActive", "hourlyRate", "hoursPerWeek", "utcOffset", "jobSuccess", "listedSkills", "level", "profileLastActive", "profileCreated", "jobPostedAt"] as const;

/** Experience levels as the `level` column codes them (index = code). */
export const LEVEL_CODES: readonly (ExperienceLevel | undefined)[] = [undefined, "entry", "intermediate", "expert"];
export type CorpusColumn = (typeof CORPUS_COLUMNS)[number];

/** Batches from this size index their text in one pass (smaller ones, like single adds, go through the tail). */
export const BULK_BATCH = 256;

export class Corpus {
  readonly freelancers: Side<FreelancerDoc>;
  readonly jobs: Side<JobDoc>;
  // Maps to every reader; a loaded index's are LoadedMaps over the snapshot's columns (adoptRecords).
  reviews: Map<string, ReviewRecord> = new Map();
  proposals: Map<string, ProposalDoc> = new Map();
  reviewsByFreelancer: Map<string, Set<string>> = new Map();
  proposalsByJob: Map<string, Set<string>> = new Map();
  proposalsByFreelancer: Map<string, Set<string>> = new Map();
  readonly similarity: SkillSimilarity;
  /** Effective reputation per freelancer doc: profile fields merged with review records. */
  rating = new NumberColumn();
  reviewCount = new NumberColumn();
  /** 1 where the review count was not given and is assumed (a rating alone counts as one review). */
  reviewCountAssumed = new NumberColumn();
  lastActive = new NumberColumn();
  hourlyRate = new NumberColumn();
  hoursPerWeek = new NumberColumn();
  utcOffset = new NumberColumn();
  /*
   * Profile facts the rankers read for every candidate (bounds, priors) and the clock reads for
   * every record, as columns: a loaded index then decodes a record only to explain or export it.
   */
  jobSuccess = new NumberColumn();
  listedSkills = new NumberColumn();
  /** LEVEL_CODES index. */
  level = new NumberColumn();
  profileLastActive = new NumberColumn();
  profileCreated = new NumberColumn();
  /** Per job doc (the jobs side's numbering). */
  jobPostedAt = new NumberColumn();
  private clock: ClockReading | undefined;
  /** A loaded snapshot's clock summary: valid until the records change. */
  private clockSummary: ClockSummary | undefined;
  private future: { reading: ClockReading; limit: number; dates: DatedField[] } | undefined;
  private generation = 0;
  /** Total cover-letter length in terms, for BM25's average length. */
  private letterTerms = 0;

  /**
   * Loaded columns, reviews and proposals (snapshot v3, see corpus-codec.ts): the record maps and
   * their links as the snapshot's columns, and the letters' statistics as it stored them.
   */
  adoptRecords(columns: Record<CorpusColumn, NumberColumn>, records: LoadedRecords): void {
    for (const name of CORPUS_COLUMNS) this[name] = columns[name];
    ({ reviews: this.reviews, reviewsByFreelancer: this.reviewsByFreelancer, proposals: this.proposals, proposalsByJob: this.proposalsByJob, proposalsByFreelancer: this.proposalsByFreelancer } = records);
    for (const [term, n] of records.letterDocFreq) this.letterDocFreq.set(term, n);
    this.letterTerms = records.letterTerms;
    this.touch();
  }

  /** Letters containing each term, for the IDF of letter relevance (letters are their own corpus). */
  readonly letterDocFreq = new Map<string, number>();

  averageLetterLength(): number {
    return this.proposals.size ? this.letterTerms / this.proposals.size : 0;
  }

  constructor(
    readonly vocabulary: SkillVocabulary,
    readonly extract: Extractor,
    readonly options: ResolvedEngineOptions,
  ) {
    this.freelancers = new Side(options);
    this.jobs = new Side(options);
    this.similarity = new SkillSimilarity(vocabulary, options.similarity);
  }

  /** Bumped on every change: caches derived from the records (query-independent priors) compare it. */
  get version(): number {
    return this.generation;
  }

  /** Records changed: the clock is recomputed on next use (learned similarity watches its own counts). */
  private touch(): void {
    this.generation++;
    this.clock = undefined;
    this.clockSummary = undefined;
  }

  addFreelancer(doc: FreelancerDoc): void {
    this.indexFreelancer(doc, true);
  }

  /**
   * Indexes a batch as `addFreelancer` one by one would, the text of a large batch in one pass
   * (TextIndex.addMany: postings built sorted, no per-term tail lists). Ids are distinct.
   */
  addFreelancers(docs: readonly FreelancerDoc[]): void {
    if (docs.length < BULK_BATCH) {
      for (const doc of docs) this.addFreelancer(doc);
      return;
    }
    packSkillSets(docs.map((d) => d.skills));
    const numbers = new Int32Array(docs.length);
    docs.forEach((doc, i) => (numbers[i] = this.indexFreelancer(doc, false)));
    this.freelancers.text.addMany(numbers, (i) => freelancerText(docs[i].record));
  }

  /** Everything of `addFreelancer` but the text when `withText` is false (the batch adds it); returns the doc number. */
  private indexFreelancer(doc: FreelancerDoc, withText: boolean): number {
    const side = this.freelancers;
    const d = this.place(side, doc.record.id, doc, withText ? freelancerText(doc.record) : undefined, (old) => old.skills.skills, doc.skills.skills);
    this.similarity.cooccurrence.add(doc.skills.skills);
    this.hourlyRate.set(d, doc.record.hourlyRate);
    this.hoursPerWeek.set(d, doc.record.hoursPerWeek);
    this.utcOffset.set(d, doc.record.timezone === undefined ? undefined : utcOffsetMinutes(doc.record.timezone));
    const r = doc.record;
    this.jobSuccess.set(d, r.jobSuccess);
    this.listedSkills.set(d, r.skills?.length ?? 0);
    this.level.set(d, r.experienceLevel === undefined ? undefined : LEVEL_CODES.indexOf(r.experienceLevel));
    this.profileLastActive.set(d, r.lastActiveAt as number | undefined);
    this.profileCreated.set(d, r.createdAt as number | undefined);
    this.refreshReputation(doc.record.id);
    this.touch();
    return d;
  }

  /**
   * Indexes `doc` under `id`. A replaced record keeps its doc number (profiles and jobs are
   * edited all the time: a new number per edit would leave a dead slot and dead postings each
   * time); its text and postings are swapped and its old co-occurrences taken back. Without
   * `text` the caller indexes the text (a replaced doc's old text is then still there).
   */
  private place<T extends FreelancerDoc | JobDoc>(side: Side<T>, id: string, doc: T, text: string | undefined, postedSkills: (old: T) => ArrayLike<number>, skills: ArrayLike<number>): number {
    const d = side.table.doc(id);
    if (d === undefined) {
      const fresh = side.table.insert(id, doc);
      if (text !== undefined) side.text.add(fresh, text);
      side.postings.add(fresh, skills);
      return fresh;
    }
    const old = side.table.get(d) as T;
    if (text !== undefined) {
      side.text.remove(d);
      side.text.add(d, text);
    }
    side.postings.replace(d, postedSkills(old), skills);
    this.similarity.cooccurrence.remove(cooccurring(old));
    side.table.replace(d, doc);
    return d;
  }

  /** Removes the freelancer document only (reviews and proposals are the engine's call). */
  removeFreelancerDoc(id: string): boolean {
    const side = this.freelancers;
    const d = side.table.doc(id);
    if (d === undefined) return false;
    const doc = side.table.get(d) as FreelancerDoc;
    side.text.remove(d);
    side.postings.remove(doc.skills.skills);
    this.similarity.cooccurrence.remove(doc.skills.skills);
    side.table.retire(id);
    this.touch();
    return true;
  }

  addJob(doc: JobDoc): void {
    const side = this.jobs;
    const d = this.place(side, doc.record.id, doc, jobText(doc.record), (old) => old.required, doc.required);
    this.jobPostedAt.set(d, doc.record.postedAt as number | undefined);
    this.similarity.cooccurrence.add(Int32Array.from([...doc.required, ...doc.niceToHave]).sort());
    this.touch();
  }

  removeJobDoc(id: string): boolean {
    const side = this.jobs;
    const d = side.table.doc(id);
    if (d === undefined) return false;
    const doc = side.table.get(d) as JobDoc;
    side.text.remove(d);
    side.postings.remove(doc.required);
    this.similarity.cooccurrence.remove(Int32Array.from([...doc.required, ...doc.niceToHave]).sort());
    side.table.retire(id);
    this.touch();
    return true;
  }

  addReview(review: ReviewRecord): void {
    this.removeReview(review.id);
    this.reviews.set(review.id, review);
    link(this.reviewsByFreelancer, review.freelancerId, review.id);
    this.refreshReputation(review.freelancerId);
    this.touch();
  }

  removeReview(id: string): void {
    const old = this.reviews.get(id);
    if (!old) return;
    this.reviews.delete(id);
    unlink(this.reviewsByFreelancer, old.freelancerId, id);
    this.refreshReputation(old.freelancerId);
    this.touch();
  }

  addProposal(record: ProposalRecord): void {
    this.removeProposal(record.id);
    const letter = record.coverLetter ?? "";
    const tokens = tokenize(letter);
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    this.proposals.set(record.id, {
      record,
      shingles: shingles(letter),
      tf,
      length: tokens.length,
      skills: new Set(letter ? this.extract(letter).map((e) => e.index) : []),
    });
    this.letterTerms += tokens.length;
    for (const t of tf.keys()) this.letterDocFreq.set(t, (this.letterDocFreq.get(t) ?? 0) + 1);
    link(this.proposalsByJob, record.jobId, record.id);
    link(this.proposalsByFreelancer, record.freelancerId, record.id);
    this.touch();
  }

  removeProposal(id: string): void {
    const old = this.proposals.get(id);
    if (!old) return;
    this.proposals.delete(id);
    this.letterTerms -= old.length;
    for (const t of old.tf.keys()) {
      const n = (this.letterDocFreq.get(t) as number) - 1;
      if (n > 0) this.letterDocFreq.set(t, n);
      else this.letterDocFreq.delete(t);
    }
    unlink(this.proposalsByJob, old.record.jobId, id);
    unlink(this.proposalsByFreelancer, old.record.freelancerId, id);
    this.touch();
  }

  /**
   * Profile figures win when given (they are the marketplace's own aggregate); review
   * records fill the gaps. A rating without a count counts as one review.
   */
  private refreshReputation(freelancerId: string): void {
    const d = this.freelancers.table.doc(freelancerId);
    if (d === undefined) return;
    const record = (this.freelancers.table.get(d) as FreelancerDoc).record;
    const reviews = [...(this.reviewsByFreelancer.get(freelancerId) ?? [])].map((id) => this.reviews.get(id) as ReviewRecord);
    const mean = reviews.length ? reviews.reduce((s, r) => s + r.rating, 0) / reviews.length : undefined;
    const rating = record.rating ?? mean;
    const count = record.reviewCount ?? (reviews.length || (rating !== undefined ? 1 : undefined));
    this.rating.set(d, rating);
    this.reviewCount.set(d, count);
    this.reviewCountAssumed.set(d, record.reviewCount === undefined && reviews.length === 0 && rating !== undefined ? 1 : undefined);
    let last = record.lastActiveAt as number | undefined;
    for (const r of reviews) if (r.createdAt !== undefined && (last === undefined || (r.createdAt as number) > last)) last = r.createdAt as number;
    this.lastActive.set(d, last);
  }

  /** Every timestamp in the data with where it comes from, for the clock and its outlier report. */
  *timestamps(): IterableIterator<DatedField> {
    // From the columns, not the records: a loaded index would decode every record to read its dates.
    const f = this.freelancers.table;
    for (const d of f.docs()) {
      const lastActiveAt = this.profileLastActive.get(d);
      const createdAt = this.profileCreated.get(d);
      if (lastActiveAt !== undefined) yield { kind: "freelancer", id: f.id(d), field: "lastActiveAt", at: lastActiveAt };
      if (createdAt !== undefined) yield { kind: "freelancer", id: f.id(d), field: "createdAt", at: createdAt };
    }
    for (const d of this.jobs.table.docs()) {
      const postedAt = this.jobPostedAt.get(d);
      if (postedAt !== undefined) yield { kind: "job", id: this.jobs.table.id(d), field: "postedAt", at: postedAt };
    }
    const dated: DatedField[] = [];
    this.recordDates((kind, field, at, id) => dated.push({ kind, id: id(), field, at }));
    yield* dated;
  }

  /** Reviews' and proposals' dates; a loaded index reads them from columns, ids made only if asked for. */
  private recordDates(visit: (kind: "review" | "proposal", field: string, at: number, id: () => string) => void): void {
    eachDate(this.reviews, (r) => r.createdAt as number | undefined, (at, id) => visit("review", "createdAt", at, id));
    eachDate(this.proposals, (p) => p.record.submittedAt as number | undefined, (at, id) => visit("proposal", "submittedAt", at, id));
  }

  /**
   * The clock: the `now` option, else the data clock (see clock.ts): the latest timestamp that
   * is not an outlier, so results depend on the data only and one stray date cannot move it.
   */
  now(): number {
    if (this.options.now !== undefined) return this.options.now;
    return this.reading().now;
  }

  /** The data clock and its ceiling, cached until the records change. */
  reading(extra: readonly number[] = []): ClockReading {
    if (this.clock === undefined && !extra.length && this.clockSummary) this.clock = clockFromSummary(this.clockSummary, this.wallClock(), this.options.futureDates);
    if (this.clock === undefined || extra.length) {
      const reading = readClock(this.dateValues(extra), this.wallClock(), this.options.futureDates);
      if (extra.length) return reading;
      this.clock = reading;
    }
    return this.clock;
  }

  /** What a snapshot stores of the dates for the clock (see clock.ts). */
  summarizeClock(): ClockSummary {
    return summarizeClock(this.dateValues([]));
  }

  /** A loaded snapshot's summary, for the clock to start from (call once the records are in). */
  restoreClockSummary(summary: ClockSummary): void {
    this.clockSummary = summary;
  }

  /** Every timestamp in the data, and `extra`, as numbers. */
  private dateValues(extra: readonly number[]): Float64Array {
    const times: number[] = [...extra];
    // Numbers only: a DatedField (and an id) per review of a loaded 1M index would cost more than the clock.
    for (const d of this.freelancers.table.docs()) {
      const lastActiveAt = this.profileLastActive.get(d);
      const createdAt = this.profileCreated.get(d);
      if (lastActiveAt !== undefined) times.push(lastActiveAt);
      if (createdAt !== undefined) times.push(createdAt);
    }
    for (const d of this.jobs.table.docs()) {
      const postedAt = this.jobPostedAt.get(d);
      if (postedAt !== undefined) times.push(postedAt);
    }
    this.recordDates((_kind, _field, at) => times.push(at));
    return Float64Array.from(times);
  }

  /**
   * Dates the data clock set aside (after its ceiling), latest first, at most `limit`, and how many
   * there are; none under an explicit `now` or "keep". Cached with the clock.
   */
  futureDates(limit = 100): { dates: DatedField[]; count: number } {
    if (this.options.now !== undefined) return { dates: [], count: 0 };
    const reading = this.reading();
    if (this.future?.reading !== reading || this.future.limit !== limit) {
      const out: DatedField[] = [];
      if (reading.outliers > 0) for (const t of this.timestamps()) if (t.at > reading.ceiling) out.push(t);
      out.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.future = { reading, limit, dates: out.slice(0, limit) };
    }
    return { dates: this.future.dates, count: reading.outliers };
  }

  /** The wall clock, read once per change of the records (a ceiling only; see clock.ts). */
  private wallClock(): number {
    return Date.now();
  }
}

/**
 * Moves a batch's skill sets onto two shared arrays (each set keeps views on its slice): one
 * Int32Array and one Uint8Array per profile cost ~450 heap bytes (the array objects, their
 * buffers, their bytes), views ~190. The shared arrays live while any profile of the batch does:
 * at worst the batch's own 5 bytes per skill after its profiles are replaced.
 */
export function packSkillSets(sets: readonly SkillSet[]): void {
  let total = 0;
  for (const s of sets) total += s.skills.length;
  const skills = new Int32Array(total);
  const via = new Uint8Array(total);
  let at = 0;
  for (const s of sets) {
    const n = s.skills.length;
    skills.set(s.skills, at);
    via.set(s.via, at);
    s.skills = skills.subarray(at, at + n);
    s.via = via.subarray(at, at + n);
    at += n;
  }
}

/** The skill set a document adds to the co-occurrence counts. */
function cooccurring(doc: FreelancerDoc | JobDoc): ArrayLike<number> {
  return "skills" in doc ? doc.skills.skills : Int32Array.from([...doc.required, ...doc.niceToHave]).sort();
}

function link(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

function unlink(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
