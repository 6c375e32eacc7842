/**
 * The public engine: validates at the edge, keeps batches atomic, and hands ranking to rank/.
 */
import { BestMatchError } from "./errors.js";
import type { Engine, EngineStats, EngineWarning, ExtractedSkill, ResolvedSkillName } from "./engine-types.js";
import { resolveEngineOptions, type ResolvedEngineOptions } from "./engine-options.js";
import type { AsyncAddOptions, EngineOptions, EngineOptionsInput, RankFreelancersOptions, RankProposalsOptions, RecommendJobsOptions } from "./options.js";
import { type RecordKind, boostedCorpus, checkKind, indexInChunks } from "./engine-extras.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "./model/records.js";
import { type ValidateOptions, validateFreelancer, validateJob, validateProposal, validateReview } from "./model/validate.js";
import { Corpus } from "./corpus/corpus.js";
import { Checkpoint } from "./corpus/transaction.js";
import { batchDates } from "./corpus/dates.js";
import { ASYNC_ADD_KEYS, DRAFT_JOB_POST_KEYS, GAP_ADVICE_KEYS, JOB_GAPS_KEYS, SUGGEST_SKILLS_KEYS } from "./option-keys.js";
import { FREELANCER_FILTER_KEYS, JOB_FILTER_KEYS, RANK_FREELANCERS_BATCH_KEYS, RANK_FREELANCERS_KEYS, RANK_PROPOSALS_KEYS, RECOMMEND_JOBS_KEYS, checkRankOptions } from "./rank-options.js";
import { type FreelancerDoc, type JobDoc, freelancerDoc, jobDoc } from "./corpus/normalize.js";
import { SNAPSHOT_VERSION, writeSnapshot, type SnapshotPayload } from "./corpus/snapshot.js";
import { SectionWriter, type SectionReader } from "./corpus/sections.js";
import { decodeCorpus, encodeCorpus } from "./corpus/corpus-codec.js";
import { SkillVocabulary } from "./skills/vocabulary.js";
import { createSkillExtractor } from "./skills/extract/index.js";
import type { SkillSuggestion, SuggestSkillsOptions } from "./skills/suggest.js";
import { VocabularySuggester } from "./skills/suggest-vocabulary.js";
import { rankFreelancers } from "./rank/rank-freelancers.js";
import { rankProposals } from "./rank/rank-proposals.js";
import { recommendJobs } from "./rank/recommend-jobs.js";
import type { RankResult } from "./rank/results.js";
import { rankReciprocal, resolveReciprocal } from "./rank/reciprocal.js";
import { freelancerBatch, type RankFreelancersBatchOptions, type RankFreelancersBatchResult } from "./rank/rank-freelancers-batch.js";
import type { FreelancerBatch } from "./engine-types.js";
import type { DraftJobPostOptions, GapAdviceOptions, GapAdviceResult, JobGapsOptions, JobGapsResult, JobPostDraft } from "./insights/types.js";
import { gapAdvice } from "./insights/gap-advice.js";
import { jobGaps } from "./insights/job-gaps.js";
import { draftJobPost } from "./insights/draft-job-post.js";

/** Validates a whole batch first (ids unique within it) so a failing batch indexes nothing. */
function validateBatch<T extends { id: string }>(records: Iterable<unknown>, validate: (raw: unknown, options: ValidateOptions) => T, kind: string, options: ValidateOptions): T[] {
  if (records === null || typeof records !== "object" || typeof (records as Iterable<unknown>)[Symbol.iterator] !== "function") {
    throw new BestMatchError("INVALID_RECORD", `${kind} batch must be an iterable of records`, { value: records, expected: "an array of records" });
  }
  const out: T[] = [];
  const seen = new Set<string>();
  for (const raw of records) {
    const record = validate(raw, options);
    if (seen.has(record.id)) {
      throw new BestMatchError("DUPLICATE_ID", `${kind} id appears twice in one batch`, { recordId: record.id, field: "id", value: record.id, expected: "ids unique within a batch" });
    }
    seen.add(record.id);
    out.push(record);
  }
  return out;
}

/** A failure inside indexing is a bug (or the runtime out of room): say so, keep the cause. */
function internalError(err: unknown, kind: string): BestMatchError {
  if (err instanceof BestMatchError) return err;
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new BestMatchError("INTERNAL_ERROR", `indexing a ${kind} batch failed (${message}); the batch was taken back and the engine is as before the call. This is a bug in bestmatch: please report it`, { cause: err });
}

/** The engine behind `createEngine` and `loadEngine` (engine-load.ts); users see the Engine interface. */
export class BestMatchEngine implements Engine {
  /** Replaced wholesale when a batch fails mid-indexing (see corpus/transaction.ts). */
  private corpus: Corpus;
  private readonly extractor: ReturnType<typeof createSkillExtractor>;
  /** Built on the first suggestSkills call, kept in step with the vocabulary. */
  private readonly suggestions = new VocabularySuggester();

  constructor(
    private readonly userOptions: EngineOptionsInput,
    options: ResolvedEngineOptions,
  ) {
    this.extractor = createSkillExtractor(options.taxonomy);
    this.corpus = new Corpus(new SkillVocabulary(options.taxonomy), this.extractor, options);
  }

  private get validation(): ValidateOptions {
    return { oversized: this.corpus.options.oversized };
  }

  addFreelancers(records: Iterable<FreelancerRecord>): void {
    const batch = validateBatch(records, validateFreelancer, "freelancer", this.validation);
    this.checkDates(batch, "freelancer");
    this.atomically("freelancer", (cp) => {
      // Docs first, then one batch (ids are unique in it, so each checkpoint note is of the doc before the batch).
      const docs = batch.map((r) => {
        cp.freelancer(r.id);
        return freelancerDoc(r, this.corpus.vocabulary, this.extractor, true);
      });
      this.corpus.addFreelancers(docs);
    });
  }

  addJobs(records: Iterable<JobRecord>): void {
    const batch = validateBatch(records, validateJob, "job", this.validation);
    this.checkDates(batch, "job");
    this.atomically("job", (cp) => {
      for (const r of batch) {
        cp.job(r.id);
        this.corpus.addJob(jobDoc(r, this.corpus.vocabulary, this.extractor, true));
      }
    });
  }

  /** Like addFreelancers, yielding to the event loop between chunks; still atomic (an abort rolls back). */
  async addFreelancersAsync(records: Iterable<FreelancerRecord>, options: AsyncAddOptions = {}): Promise<void> {
    checkRankOptions(options, ASYNC_ADD_KEYS);
    const batch = validateBatch(records, validateFreelancer, "freelancer", this.validation);
    this.checkDates(batch, "freelancer");
    await this.inChunks("freelancer", options, indexInChunks(batch, options, (r) => {
      const old = this.docOf(this.corpus.freelancers, r.id);
      this.corpus.addFreelancer(freelancerDoc(r, this.corpus.vocabulary, this.extractor, true));
      return () => (old ? this.corpus.addFreelancer(old) : this.removeFreelancer(r.id));
    }));
  }

  async addJobsAsync(records: Iterable<JobRecord>, options: AsyncAddOptions = {}): Promise<void> {
    checkRankOptions(options, ASYNC_ADD_KEYS);
    const batch = validateBatch(records, validateJob, "job", this.validation);
    this.checkDates(batch, "job");
    await this.inChunks("job", options, indexInChunks(batch, options, (r) => {
      const old = this.docOf(this.corpus.jobs, r.id);
      this.corpus.addJob(jobDoc(r, this.corpus.vocabulary, this.extractor, true));
      return () => (old ? this.corpus.addJob(old) : this.removeJob(r.id));
    }));
  }

  /**
   * An async batch undoes itself record by record (other calls may run between its chunks, so it
   * cannot be rebuilt from a checkpoint); an internal failure is still reported as INTERNAL_ERROR.
   */
  private async inChunks(kind: string, options: AsyncAddOptions, indexing: Promise<void>): Promise<void> {
    try {
      await indexing;
    } catch (err) {
      if (options.signal?.aborted) throw err;
      throw internalError(err, kind);
    }
  }

  private docOf<T>(side: { table: { doc(id: string): number | undefined; get(d: number): T | undefined } }, id: string): T | undefined {
    const d = side.table.doc(id);
    return d === undefined ? undefined : side.table.get(d);
  }

  addReviews(records: Iterable<ReviewRecord>): void {
    const batch = validateBatch(records, validateReview, "review", this.validation);
    for (const r of batch) this.requireKnown("freelancer", r.freelancerId, r.id, "freelancerId");
    this.checkDates(batch, "review");
    this.atomically("review", (cp) => {
      for (const r of batch) {
        cp.review(r.id);
        this.corpus.addReview(r);
      }
    });
  }

  addProposals(records: Iterable<ProposalRecord>): void {
    const batch = validateBatch(records, validateProposal, "proposal", this.validation);
    for (const r of batch) {
      this.requireKnown("job", r.jobId, r.id, "jobId");
      this.requireKnown("freelancer", r.freelancerId, r.id, "freelancerId");
    }
    this.checkDates(batch, "proposal");
    this.atomically("proposal", (cp) => {
      for (const r of batch) {
        cp.proposal(r.id);
        this.corpus.addProposal(r);
      }
    });
  }

  /** Runs `index`; if it throws, the corpus is rebuilt as it was and the error is reported as a BestMatchError. */
  private atomically(kind: string, index: (cp: Checkpoint) => void): void {
    const cp = new Checkpoint(this.corpus);
    try {
      index(cp);
    } catch (err) {
      this.corpus = cp.restore();
      throw internalError(err, kind);
    }
  }

  /** Under `futureDates: "reject"`, a batch with a date beyond the clock's ceiling fails before indexing. */
  private checkDates(batch: readonly object[], kind: "freelancer" | "job" | "review" | "proposal"): void {
    const o = this.corpus.options;
    if (o.futureDates !== "reject" || o.now !== undefined) return;
    const dates = batchDates(batch, kind);
    if (!dates.length) return;
    const { ceiling } = this.corpus.reading(dates.map((d) => d.at));
    const late = dates.find((d) => d.at > ceiling);
    if (late) {
      throw new BestMatchError("INVALID_RECORD", `${kind} has a date after the clock's ceiling (futureDates: "reject")`, {
        recordId: late.id,
        field: late.field,
        value: new Date(late.at).toISOString(),
        expected: `a date at or before ${new Date(ceiling).toISOString()} (not after the wall clock, nor more than a year beyond the 99th percentile of the data's dates)`,
      });
    }
  }

  private requireKnown(kind: "job" | "freelancer", id: string, recordId: string, field: string): void {
    const side = kind === "job" ? this.corpus.jobs : this.corpus.freelancers;
    if (side.table.doc(id) === undefined) {
      throw new BestMatchError("UNKNOWN_RECORD", `refers to a ${kind} that is not indexed`, { recordId, field, value: id, expected: `the id of an indexed ${kind} (add ${kind}s first)` });
    }
  }

  /** Removes the freelancer and the reviews and proposals that belong to them. */
  removeFreelancer(id: string): boolean {
    if (!this.corpus.removeFreelancerDoc(id)) return false;
    for (const rid of [...(this.corpus.reviewsByFreelancer.get(id) ?? [])]) this.corpus.removeReview(rid);
    for (const pid of [...(this.corpus.proposalsByFreelancer.get(id) ?? [])]) this.corpus.removeProposal(pid);
    return true;
  }

  /** Removes the job and its proposals (reviews keep their history; their jobId is informational). */
  removeJob(id: string): boolean {
    if (!this.corpus.removeJobDoc(id)) return false;
    for (const pid of [...(this.corpus.proposalsByJob.get(id) ?? [])]) this.corpus.removeProposal(pid);
    return true;
  }

  /** Returns false when no such review was indexed; the freelancer's rating is recomputed. */
  removeReview(id: string): boolean {
    if (!this.corpus.reviews.has(id)) return false;
    this.corpus.removeReview(id);
    return true;
  }

  removeProposal(id: string): boolean {
    if (!this.corpus.proposals.has(id)) return false;
    this.corpus.removeProposal(id);
    return true;
  }

  has(kind: RecordKind, id: string): boolean {
    return this.get(kind, id) !== undefined;
  }

  /** The indexed record as validated (dates as epoch ms), or undefined. */
  get(kind: "freelancer", id: string): FreelancerRecord | undefined;
  get(kind: "job", id: string): JobRecord | undefined;
  get(kind: "review", id: string): ReviewRecord | undefined;
  get(kind: "proposal", id: string): ProposalRecord | undefined;
  get(kind: RecordKind, id: string): FreelancerRecord | JobRecord | ReviewRecord | ProposalRecord | undefined;
  get(kind: RecordKind, id: string): FreelancerRecord | JobRecord | ReviewRecord | ProposalRecord | undefined {
    switch (checkKind(kind)) {
      case "freelancer":
        return this.docOf(this.corpus.freelancers, id)?.record;
      case "job":
        return this.docOf(this.corpus.jobs, id)?.record;
      case "review":
        return this.corpus.reviews.get(id);
      case "proposal":
        return this.corpus.proposals.get(id)?.record;
    }
  }

  count(kind: RecordKind): number {
    const s = this.stats();
    return { freelancer: s.freelancers, job: s.jobs, review: s.reviews, proposal: s.proposals }[checkKind(kind)];
  }

  ids(kind: RecordKind): string[] {
    const live = (table: { docs(): Iterable<number>; id(d: number): string }) => Array.from(table.docs(), (d) => table.id(d));
    switch (checkKind(kind)) {
      case "freelancer":
        return live(this.corpus.freelancers.table);
      case "job":
        return live(this.corpus.jobs.table);
      case "review":
        return [...this.corpus.reviews.keys()];
      case "proposal":
        return [...this.corpus.proposals.keys()];
    }
  }

  private job(job: string | JobRecord): JobDoc {
    if (typeof job === "string") {
      const doc = this.corpus.jobs.table.doc(job);
      if (doc === undefined) throw new BestMatchError("UNKNOWN_RECORD", "no such job is indexed", { recordId: job, expected: "the id of an indexed job, or a job record" });
      return this.corpus.jobs.table.get(doc) as JobDoc;
    }
    return jobDoc(validateJob(job, this.validation), this.corpus.vocabulary, this.extractor, false);
  }

  private freelancer(f: string | FreelancerRecord): FreelancerDoc {
    if (typeof f === "string") {
      const doc = this.corpus.freelancers.table.doc(f);
      if (doc === undefined) throw new BestMatchError("UNKNOWN_RECORD", "no such freelancer is indexed", { recordId: f, expected: "the id of an indexed freelancer, or a freelancer record" });
      return this.corpus.freelancers.table.get(doc) as FreelancerDoc;
    }
    return freelancerDoc(validateFreelancer(f, this.validation), this.corpus.vocabulary, this.extractor, false);
  }

  rankFreelancers(job: string | JobRecord, options: RankFreelancersOptions = {}): RankResult {
    checkRankOptions(options, RANK_FREELANCERS_KEYS, FREELANCER_FILTER_KEYS);
    const reciprocal = resolveReciprocal(options.reciprocal);
    const corpus = boostedCorpus(this.corpus, "freelancers", options.boost);
    const doc = this.job(job);
    return reciprocal ? rankReciprocal(corpus, doc, options, reciprocal) : rankFreelancers(corpus, doc, options);
  }

  /** Every job is resolved (and validated) before any is ranked. */
  rankFreelancersBatch(jobs: ReadonlyArray<string | JobRecord>, options?: RankFreelancersBatchOptions): RankFreelancersBatchResult {
    checkRankOptions(options, RANK_FREELANCERS_BATCH_KEYS, FREELANCER_FILTER_KEYS);
    if (!Array.isArray(jobs)) throw new BestMatchError("INVALID_OPTION", "rankFreelancersBatch takes an array of jobs", { value: jobs, expected: "an array of job ids or job records" });
    const docs = jobs.map((j) => this.job(j));
    const batch = freelancerBatch(boostedCorpus(this.corpus, "freelancers", options?.boost), options);
    const lists = docs.map((d) => batch.rank(d));
    return { lists, audit: batch.audit() };
  }

  startFreelancerBatch(options?: RankFreelancersBatchOptions): FreelancerBatch {
    checkRankOptions(options, RANK_FREELANCERS_BATCH_KEYS, FREELANCER_FILTER_KEYS);
    const batch = freelancerBatch(boostedCorpus(this.corpus, "freelancers", options?.boost), options);
    return { rank: (job) => batch.rank(this.job(job)), audit: () => batch.audit() };
  }

  rankProposals(job: string | JobRecord, options?: RankProposalsOptions): RankResult {
    checkRankOptions(options, RANK_PROPOSALS_KEYS);
    return rankProposals(boostedCorpus(this.corpus, "proposals", options?.boost), this.job(job), options);
  }

  recommendJobs(freelancer: string | FreelancerRecord, options?: RecommendJobsOptions): RankResult {
    checkRankOptions(options, RECOMMEND_JOBS_KEYS, JOB_FILTER_KEYS);
    return recommendJobs(boostedCorpus(this.corpus, "jobs", options?.boost), this.freelancer(freelancer), options);
  }

  /** Re-scores modified copies of the profile with the ranking code; the engine's records are left as they were. */
  gapAdvice(freelancer: string | FreelancerRecord, job: string | JobRecord, options?: GapAdviceOptions): GapAdviceResult {
    checkRankOptions(options, GAP_ADVICE_KEYS);
    const doc = this.freelancer(freelancer);
    return gapAdvice(this.corpus, doc, typeof freelancer === "string", this.job(job), options);
  }

  jobGaps(job: string | JobRecord, options?: JobGapsOptions): JobGapsResult {
    checkRankOptions(options, JOB_GAPS_KEYS);
    return jobGaps(this.corpus, this.job(job), options);
  }

  draftJobPost(brief: string, options?: DraftJobPostOptions): JobPostDraft {
    checkRankOptions(options, DRAFT_JOB_POST_KEYS);
    return draftJobPost(this.corpus, brief, options);
  }

  extractSkills(text: string): ExtractedSkill[] {
    if (typeof text !== "string") throw new BestMatchError("INVALID_OPTION", "extractSkills takes a string", { value: text, expected: "a string" });
    const taxonomy = this.corpus.vocabulary.taxonomy;
    return this.extractor(text).map(({ skill, alias, start, end, mentionClass, index }) => ({ skill, alias, start, end, mentionClass, generic: taxonomy.isGeneric(index) }));
  }

  suggestSkills(prefix: string, options: SuggestSkillsOptions = {}): SkillSuggestion[] {
    checkRankOptions(options, SUGGEST_SKILLS_KEYS);
    const c = this.corpus;
    return this.suggestions.suggest(c.vocabulary, prefix, options, (s) => c.freelancers.postings.frequency(s) + c.jobs.postings.frequency(s));
  }

  resolveSkill(name: string): ResolvedSkillName | undefined {
    if (typeof name !== "string") throw new BestMatchError("INVALID_OPTION", "a skill name must be a string", { field: "name", value: name as never, expected: "a string" });
    const { vocabulary } = this.corpus;
    const found = vocabulary.lookup(name);
    if (!found) return undefined;
    const custom = vocabulary.isCustom(found.index);
    return custom ? { skill: vocabulary.name(found.index), custom } : { skill: vocabulary.name(found.index), id: vocabulary.key(found.index), custom };
  }

  stats(): EngineStats {
    const future = this.corpus.futureDates();
    return {
      freelancers: this.corpus.freelancers.table.size,
      jobs: this.corpus.jobs.table.size,
      reviews: this.corpus.reviews.size,
      proposals: this.corpus.proposals.size,
      skills: this.corpus.vocabulary.size,
      now: new Date(this.corpus.now()).toISOString(),
      futureDates: future.dates.map(({ kind, id, field, at }) => ({ kind, id, field, date: new Date(at).toISOString() })),
      futureDateCount: future.count,
      customSkills: this.corpus.vocabulary.customSkillNames().length,
    };
  }

  warnings(): EngineWarning[] {
    return this.corpus.vocabulary
      .customSkillUses()
      .sort((a, b) => b.uses - a.uses || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(({ name, uses, indexed }): EngineWarning => ({
        code: indexed ? "CUSTOM_SKILL" : "UNKNOWN_SKILL",
        skill: name,
        uses,
        message: indexed
          ? `skill "${name}" is not in the taxonomy: it matches only itself, exactly (${uses} use${uses === 1 ? "" : "s"})`
          : `skill "${name}" is not in the taxonomy and no indexed record has it: it cannot match (${uses} use${uses === 1 ? "" : "s"})`,
      }));
  }

  /** Everything needed to rebuild an identical engine: options as data and the validated records. */
  toPayload(): SnapshotPayload {
    const c = this.corpus;
    const records = <T>(side: { table: { docs(): Iterable<number>; get(d: number): T | undefined } }) => [...side.table.docs()].map((d) => side.table.get(d) as T);
    return {
      options: this.savedOptions(),
      freelancers: records<FreelancerDoc>(c.freelancers).map((d) => d.record),
      jobs: records<JobDoc>(c.jobs).map((d) => d.record),
      reviews: [...c.reviews.values()],
      proposals: [...c.proposals.values()].map((p) => p.record),
    };
  }

  async save(path: string): Promise<void> {
    await writeSnapshot(path, this.toBuffer());
  }

  /** The current snapshot version (3): the saved options, then the index's own arrays (see corpus/corpus-codec.ts). */
  toBuffer(): Buffer {
    const w = new SectionWriter();
    w.json("options", this.savedOptions());
    encodeCorpus(this.corpus, w);
    return w.finish(SNAPSHOT_VERSION);
  }

  /** Options as data (a candidateSource function is never saved), with the taxonomy and models resolved. */
  private savedOptions(): EngineOptionsInput {
    const { candidateSource: _notSaved, ...saved } = this.userOptions;
    return { ...saved, taxonomy: this.corpus.options.taxonomy.toData(), model: this.corpus.options.models };
  }

  /** Takes the index a v2 snapshot holds, in place of this (new, empty) engine's. */
  adoptSnapshot(sections: SectionReader): void {
    this.corpus = decodeCorpus(sections, new SkillVocabulary(this.corpus.options.taxonomy), this.extractor, this.corpus.options);
  }
}

/** A new, empty engine. Options are validated here; see EngineOptions for defaults. */
export function createEngine(options: EngineOptionsInput = {}): Engine {
  return new BestMatchEngine(options, resolveEngineOptions(options));
}
