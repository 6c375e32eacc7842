/** The pure half of the importer: a parsed dump -> every output table, plus what was skipped and why. */
import type { FreelancerRecord, JobRecord, ProposalRecord } from "../../model/records.js";
import type { StackExchangeDump } from "./dump.js";
import { indexDump } from "./dump-index.js";
import { buildJobs, buildProposals, buildReviews, type DatedReview, type OutcomeRow, type SkipCounts } from "./marketplace.js";
import { truncateText } from "./text.js";
import { toIso } from "./time.js";
import { buildSnapshots, type FreelancerSnapshot, latestSnapshots, type SnapshotOptions } from "./track-record.js";

export interface BuildOptions extends SnapshotOptions {
  /** Days between an answer and its review; the review holds the votes known by then. */
  reviewDelayDays: number;
  /** Characters of AboutMe kept in the dump-end overview. */
  aboutMeChars: number;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  reviewDelayDays: 7,
  maxSkills: 20,
  // A profile's text is its work history: 3 answers gave BM25 too little (text relevance alone
  // NDCG@10 0.11 on cardano vs 0.39 for BM25 over all past answers).
  recentAnswers: 20,
  answerExcerptChars: 300,
  aboutMeChars: 1000,
};

export interface StackExchangeData {
  jobs: JobRecord[];
  proposals: ProposalRecord[];
  outcomes: OutcomeRow[];
  reviews: DatedReview[];
  /** Every user's state at each instant where it changed (see track-record.ts). */
  snapshots: FreelancerSnapshot[];
  /** State at the dump end, with AboutMe in the overview: for demos, not for evaluation. */
  freelancers: FreelancerRecord[];
  /** Start of the day after the last dated row. */
  dumpEnd: string;
  skipped: SkipCounts;
  notes: string[];
}

export function buildStackExchangeData(dump: StackExchangeDump, options: BuildOptions = DEFAULT_BUILD_OPTIONS): StackExchangeData {
  const index = indexDump(dump);
  const skipped: SkipCounts = new Map(Object.entries(dump.ignored));
  const notes: string[] = [];
  if (!dump.votes) notes.push("Votes.xml absent: acceptance dates and vote-based ratings are unknown, so no reviews, completed jobs or client hires are written");
  if (!dump.comments) notes.push("Comments.xml absent: comments do not count as activity");
  const undated = [...index.acceptance.values()].filter((a) => a.knownFrom === undefined).length;
  if (dump.votes && undated > 0) {
    notes.push(`${undated} accepted answers have no dated acceptance vote: their outcome is still "hired", but they never count in track records or client hires`);
  }

  const jobs = buildJobs(index);
  const { proposals, outcomes } = buildProposals(index, skipped);
  const reviews = buildReviews(index, options.reviewDelayDays, skipped);
  const snapshots = buildSnapshots(index, reviews, options);
  const aboutMe = new Map(dump.users.filter((u) => u.aboutMe).map((u) => [`u${u.id}`, u.aboutMe as string]));
  const freelancers = latestSnapshots(snapshots).map(({ record }) => withAboutMe(record, aboutMe.get(record.id), options.aboutMeChars));
  return { jobs, proposals, outcomes, reviews, snapshots, freelancers, dumpEnd: toIso(index.dumpEnd), skipped, notes };
}

// AboutMe is the profile as last edited, so it is only safe in the dump-end view.
function withAboutMe(record: FreelancerRecord, aboutMe: string | undefined, chars: number): FreelancerRecord {
  if (!aboutMe) return record;
  const about = truncateText(aboutMe, chars);
  return { ...record, overview: record.overview ? `${about}\n${record.overview}` : about };
}
