/**
 * Atomic batches. Validation runs before a batch touches the index, so a bad record costs
 * nothing. What can still fail is indexing itself (a bug, or the runtime running out of room):
 * then the corpus is rebuilt from the records it held before the batch, so the engine is exactly
 * as before the call. The checkpoint is cheap (what the batch replaces, noted as it goes); the
 * rebuild costs a re-index, paid only on that failure path.
 */
import type { ProposalRecord, ReviewRecord } from "../model/records.js";
import { Corpus } from "./corpus.js";
import type { FreelancerDoc, JobDoc } from "./normalize.js";
import type { VocabularyMark } from "../skills/vocabulary.js";

export class Checkpoint {
  private readonly vocabulary: VocabularyMark;
  /** Records the batch added or replaced: id -> the record before (undefined: it was new). */
  private readonly freelancers = new Map<string, FreelancerDoc | undefined>();
  private readonly jobs = new Map<string, JobDoc | undefined>();
  /**
   * Reviews and proposals are kept in insertion order. New ones are noted by id (taken back by
   * leaving them out); the order before is copied only when the batch replaces one (it moves).
   */
  private reviews: ReviewRecord[] | undefined;
  private proposals: ProposalRecord[] | undefined;
  private readonly newReviews = new Set<string>();
  private readonly newProposals = new Set<string>();

  constructor(private readonly corpus: Corpus) {
    this.vocabulary = corpus.vocabulary.mark();
  }

  /** Call before the batch indexes freelancer `id`. */
  freelancer(id: string): void {
    const side = this.corpus.freelancers.table;
    const d = side.doc(id);
    if (!this.freelancers.has(id)) this.freelancers.set(id, d === undefined ? undefined : side.get(d));
  }

  job(id: string): void {
    const side = this.corpus.jobs.table;
    const d = side.doc(id);
    if (!this.jobs.has(id)) this.jobs.set(id, d === undefined ? undefined : side.get(d));
  }

  /** Call before the batch indexes review `id`. */
  review(id: string): void {
    if (!this.corpus.reviews.has(id)) this.newReviews.add(id);
    else this.reviews ??= [...this.corpus.reviews.values()].filter((r) => !this.newReviews.has(r.id));
  }

  proposal(id: string): void {
    if (!this.corpus.proposals.has(id)) this.newProposals.add(id);
    else this.proposals ??= [...this.corpus.proposals.values()].map((p) => p.record).filter((r) => !this.newProposals.has(r.id));
  }

  /** A new corpus holding exactly the records of the corpus when the checkpoint was taken. */
  restore(): Corpus {
    const old = this.corpus;
    old.vocabulary.restore(this.vocabulary);
    const fresh = new Corpus(old.vocabulary, old.extract, old.options);
    for (const doc of before(old.freelancers.table, this.freelancers)) fresh.addFreelancer(doc);
    for (const doc of before(old.jobs.table, this.jobs)) fresh.addJob(doc);
    for (const r of this.reviews ?? [...old.reviews.values()].filter((x) => !this.newReviews.has(x.id))) fresh.addReview(r);
    for (const p of this.proposals ?? [...old.proposals.values()].map((x) => x.record).filter((x) => !this.newProposals.has(x.id))) fresh.addProposal(p);
    return fresh;
  }
}

/** Docs in doc order as they were: untouched ones as they are, touched ones as noted. */
function* before<T extends { record: { id: string } }>(table: { docs(): Iterable<number>; id(d: number): string; get(d: number): T | undefined }, touched: Map<string, T | undefined>): Iterable<T> {
  for (const d of table.docs()) {
    const id = table.id(d);
    const doc = touched.has(id) ? touched.get(id) : table.get(d);
    if (doc !== undefined) yield doc;
  }
}
