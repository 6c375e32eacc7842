/**
 * A leak-free replay of a dated marketplace (Stack Exchange importer output) through one engine.
 * `advanceTo(p)` makes the engine hold exactly what was known at instant p:
 *   - each freelancer as their snapshot row with the greatest cut_date <= p (rows are delta-encoded,
 *     so a newer row replaces the older one; users with no row yet are not indexed);
 *   - reviews created at or before p;
 *   - jobs posted at or before p;
 *   - proposals submitted strictly before p.
 * Time only moves forward, so each record is added once and the engine is never rebuilt.
 * `withProposalsOf` adds a job's own proposals for the length of one call (rankProposals needs them),
 * then takes them out again so later instants do not see them early.
 */
import type { Engine } from "../engine-types.js";
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";
import type { SnapshotRow } from "./dataset.js";

function ms(value: unknown): number {
  return typeof value === "number" ? value : NaN;
}

/** Items sorted by time, handed out in order as time advances. */
class Timeline<T> {
  private next = 0;
  private readonly items: Array<{ at: number; item: T }>;
  constructor(items: readonly T[], time: (item: T) => number) {
    this.items = items.map((item) => ({ at: time(item), item })).filter((e) => Number.isFinite(e.at));
    this.items.sort((a, b) => a.at - b.at);
  }
  /** Items with time <= until (or < until when strict) not handed out yet. */
  take(until: number, strict = false): T[] {
    const out: T[] = [];
    while (this.next < this.items.length && (strict ? this.items[this.next].at < until : this.items[this.next].at <= until)) {
      out.push(this.items[this.next++].item);
    }
    return out;
  }
}

/** Title given to a proposal's sender who has no profile yet. */
export const NEW_USER_TITLE = "new user";

export interface ReplayData {
  snapshots: readonly SnapshotRow[];
  reviews: readonly ReviewRecord[];
  jobs: readonly JobRecord[];
  proposals: readonly ProposalRecord[];
}

export class LeakFreeReplay {
  private readonly snapshots: Timeline<SnapshotRow>;
  private readonly reviews: Timeline<ReviewRecord>;
  private readonly jobs: Timeline<JobRecord>;
  private readonly proposals: Timeline<ProposalRecord>;
  private readonly jobById: Map<string, JobRecord>;
  private readonly proposalsByJob = new Map<string, ProposalRecord[]>();
  private readonly active = new Set<string>();
  private readonly current = new Map<string, FreelancerRecord>();
  /** Freelancer records that changed in the last advanceTo (new or newer snapshot). */
  lastChanged: FreelancerRecord[] = [];
  private at = -Infinity;

  constructor(
    readonly engine: Engine,
    data: ReplayData,
  ) {
    this.snapshots = new Timeline(data.snapshots, (s) => s.cutDate);
    this.reviews = new Timeline(data.reviews, (r) => ms(r.createdAt));
    this.jobs = new Timeline(data.jobs, (j) => ms(j.postedAt));
    this.proposals = new Timeline(data.proposals, (p) => ms(p.submittedAt));
    this.jobById = new Map(data.jobs.map((j) => [j.id, j]));
    for (const p of data.proposals) {
      const list = this.proposalsByJob.get(p.jobId);
      if (list) list.push(p);
      else this.proposalsByJob.set(p.jobId, [p]);
    }
  }

  /** Freelancers indexed (active) at the current instant. */
  isActive(freelancerId: string): boolean {
    return this.active.has(freelancerId);
  }

  /** A freelancer's record as of the current instant (undefined when not active yet). */
  record(freelancerId: string): FreelancerRecord | undefined {
    return this.current.get(freelancerId);
  }

  /** Ids of the freelancers active at the current instant. */
  activeIds(): IterableIterator<string> {
    return this.active.values();
  }

  get activeCount(): number {
    return this.active.size;
  }

  /** Moves the engine's knowledge forward to instant p; returns the proposals that became past. */
  advanceTo(p: number): ProposalRecord[] {
    if (p < this.at) throw new RangeError(`the replay cannot go back in time (at ${this.at}, asked ${p})`);
    this.at = p;
    const latest = new Map<string, FreelancerRecord>();
    for (const row of this.snapshots.take(p)) latest.set(row.record.id, row.record);
    if (latest.size) this.engine.addFreelancers(latest.values());
    for (const [id, record] of latest) {
      this.active.add(id);
      this.current.set(id, record);
    }
    this.lastChanged = [...latest.values()];
    const jobs = this.jobs.take(p);
    if (jobs.length) this.engine.addJobs(jobs);
    const reviews = this.reviews.take(p).filter((r) => this.active.has(r.freelancerId));
    if (reviews.length) this.engine.addReviews(reviews);
    const proposals = this.proposals.take(p, true).filter((r) => this.active.has(r.freelancerId) && this.jobById.has(r.jobId));
    if (proposals.length) this.engine.addProposals(proposals);
    return proposals;
  }

  /**
   * Runs `fn` while the job's own proposals are indexed. Senders with no profile yet are indexed for
   * the call only, with the same placeholder title (the engine needs something to rank on; it says
   * nothing about them).
   */
  withProposalsOf<R>(jobId: string, fn: () => R): R {
    const job = this.jobById.get(jobId);
    if (!job) throw new RangeError(`unknown job ${jobId}`);
    const own = this.proposalsByJob.get(jobId) ?? [];
    const strangers = [...new Set(own.map((p) => p.freelancerId).filter((id) => !this.active.has(id)))];
    if (strangers.length) this.engine.addFreelancers(strangers.map((id) => ({ id, title: NEW_USER_TITLE })));
    this.engine.addProposals(own);
    try {
      return fn();
    } finally {
      this.engine.removeJob(jobId);
      this.engine.addJobs([job]);
      for (const id of strangers) this.engine.removeFreelancer(id);
    }
  }
}
