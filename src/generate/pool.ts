/**
 * What the job pass needs to know about every freelancer, in typed arrays (about 60 bytes
 * per freelancer plus 8 per skill): the generator never holds freelancer records, so a
 * million of them fit in bounded memory. Skill postings (skill -> freelancers) let jobs
 * draw plausible applicants quickly.
 */
import { EXPERIENCE_LEVELS, type ExperienceLevel } from "../model/records.js";

export interface FreelancerSummary {
  role: number;
  skills: readonly number[];
  /** The rate the freelancer really bids around, even when the profile leaves it out. */
  rate: number;
  /** Average review rating, 0 when there are no reviews. */
  rating: number;
  reviewCount: number;
  level: ExperienceLevel;
  years: number;
  /** Pastes the same generic cover letter into most proposals. */
  boilerplate: boolean;
}

export class FreelancerPool {
  readonly capacity: number;
  size = 0;
  readonly role: Int32Array;
  readonly rate: Float32Array;
  readonly rating: Float32Array;
  readonly reviewCount: Int32Array;
  readonly level: Uint8Array;
  readonly years: Uint8Array;
  readonly boilerplate: Uint8Array;
  readonly skillStart: Int32Array;
  private skillIds: Int32Array;
  private postingStart: Int32Array | undefined;
  private postings: Int32Array | undefined;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.role = new Int32Array(capacity);
    this.rate = new Float32Array(capacity);
    this.rating = new Float32Array(capacity);
    this.reviewCount = new Int32Array(capacity);
    this.level = new Uint8Array(capacity);
    this.years = new Uint8Array(capacity);
    this.boilerplate = new Uint8Array(capacity);
    this.skillStart = new Int32Array(capacity + 1);
    this.skillIds = new Int32Array(Math.max(16, capacity * 8));
  }

  add(f: FreelancerSummary): number {
    const i = this.size++;
    this.role[i] = f.role;
    this.rate[i] = f.rate;
    this.rating[i] = f.rating;
    this.reviewCount[i] = f.reviewCount;
    this.level[i] = EXPERIENCE_LEVELS.indexOf(f.level);
    this.years[i] = Math.min(255, f.years);
    this.boilerplate[i] = f.boilerplate ? 1 : 0;
    const start = this.skillStart[i];
    if (start + f.skills.length > this.skillIds.length) {
      const grown = new Int32Array(Math.max(this.skillIds.length * 2, start + f.skills.length));
      grown.set(this.skillIds);
      this.skillIds = grown;
    }
    this.skillIds.set(f.skills, start);
    this.skillStart[i + 1] = start + f.skills.length;
    return i;
  }

  skillsOf(i: number): Int32Array {
    return this.skillIds.subarray(this.skillStart[i], this.skillStart[i + 1]);
  }

  levelOf(i: number): ExperienceLevel {
    return EXPERIENCE_LEVELS[this.level[i]];
  }

  /** Builds skill -> freelancer postings (counting sort); call once all freelancers are added. */
  buildPostings(skillCount: number): void {
    const start = new Int32Array(skillCount + 1);
    const total = this.skillStart[this.size];
    for (let k = 0; k < total; k++) start[this.skillIds[k] + 1]++;
    for (let s = 0; s < skillCount; s++) start[s + 1] += start[s];
    const fill = start.slice(0, skillCount);
    const postings = new Int32Array(total);
    for (let i = 0; i < this.size; i++) {
      for (let k = this.skillStart[i]; k < this.skillStart[i + 1]; k++) postings[fill[this.skillIds[k]]++] = i;
    }
    this.postingStart = start;
    this.postings = postings;
  }

  /** Freelancers listing `skill` (ascending index); empty before buildPostings. */
  withSkill(skill: number): Int32Array {
    if (!this.postingStart || !this.postings) return new Int32Array(0);
    return this.postings.subarray(this.postingStart[skill], this.postingStart[skill + 1]);
  }
}
