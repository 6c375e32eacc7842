/**
 * Stack Exchange dump -> bestmatch CSV files.
 *
 * Output folder (names from DATA_FILES, columns from src/io/columns.ts):
 *   jobs.csv        one job per question: id "q<Id>", title, body text, skills = tags, posted_at,
 *                   client_hires = the asker's earlier questions whose (non-self) acceptance was known by then
 *   proposals.csv   one proposal per answer with an owner: id "a<Id>", job_id, freelancer_id "u<UserId>", cover letter, submitted_at
 *   outcomes.csv    per proposal: "hired" for the accepted answer, "applied" for the others (labels: known only later)
 *   reviews.csv     one review per answer, id "r<Id>", dated reviewDelayDays after the answer (start of day),
 *                   rated from the votes and acceptance known at that date (see answerRating)
 *   freelancer_snapshots.csv  cut_date + freelancer columns: each user's state at every instant where it changed
 *   freelancers.csv every user who has answered, as of the dump end (plus AboutMe): for demos, NOT for evaluation.
 *                   Users who only asked or commented have nothing to be ranked on and are not freelancers.
 *
 * Leak-free evaluation of a job posted at p:
 *   - freelancer f's features = f's snapshot row with the greatest cut_date <= p (snapshotsAsOf); no row = no answer
 *     before p: the candidate pool for "rank freelancers" is the users with a row, and an answerer without one is
 *     a cold-start candidate (the engine needs a title, text or skills, so give them a minimal record);
 *   - reviews: only those with created_at <= p;
 *   - proposals of the job itself are its candidates; other proposals only when submitted_at < p;
 *   - outcomes.csv is the ground truth, never a feature.
 * Residual caveat: titles, bodies and tags are the dump's last-edited versions (PostHistory is not read).
 */
import { DATA_FILES, FREELANCER_COLUMNS, JOB_COLUMNS, OUTCOME_COLUMNS, PROPOSAL_COLUMNS, REVIEW_COLUMNS } from "../../io/columns.js";
import { buildStackExchangeData, DEFAULT_BUILD_OPTIONS, type BuildOptions } from "./build.js";
import { type CsvTable, writeTables } from "./csv-out.js";
import { type ProgressHandler, readDump } from "./dump.js";
import { countUsableRankingQueries } from "./marketplace.js";
import type { FreelancerSnapshot } from "./track-record.js";
import { toIso } from "./time.js";

export { buildStackExchangeData, DEFAULT_BUILD_OPTIONS, type BuildOptions, type StackExchangeData } from "./build.js";
export { readDump, DUMP_FILES, type StackExchangeDump } from "./dump.js";
export { snapshotsAsOf, type SnapshotKey } from "./as-of.js";
export { answerRating } from "./votes.js";
export type { FreelancerSnapshot } from "./track-record.js";

/** File of per-cut freelancer states, next to the DATA_FILES. */
export const SNAPSHOT_FILE = "freelancer_snapshots.csv";

export interface ImportStackExchangeOptions extends Partial<BuildOptions> {
  /** Folder with Posts.xml and Users.xml (required) and Votes.xml, Comments.xml (optional). */
  dumpDir: string;
  /** Folder to write the CSV files into; created when missing, existing files replaced. */
  outDir: string;
  /** Called per stage ("posts", "users", "votes", "comments", "build", "write") with rows done so far. */
  onProgress?: ProgressHandler;
}

export interface ImportSummary {
  dumpDir: string;
  outDir: string;
  /** Paths written. */
  files: string[];
  /** Start of the day after the last dated row: the latest cut. */
  dumpEnd: string;
  counts: {
    questions: number;
    answers: number;
    users: number;
    jobs: number;
    /** Users with any question, answer or comment. */
    freelancers: number;
    freelancerSnapshots: number;
    reviews: number;
    proposals: number;
    outcomes: number;
    hired: number;
    applied: number;
    /** Jobs with a hired proposal among at least two: the "rank proposals" evaluation set. */
    usableRankingQueries: number;
  };
  /** Rows not turned into records, by reason. */
  skipped: { reason: string; count: number }[];
  /** What the dump lacked and what that changes. */
  notes: string[];
}

export async function importStackExchange(options: ImportStackExchangeOptions): Promise<ImportSummary> {
  const { dumpDir, outDir, onProgress, ...rest } = options;
  const buildOptions: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, ...definedOnly(rest) };
  const dump = await readDump(dumpDir, onProgress);
  const data = buildStackExchangeData(dump, buildOptions);
  onProgress?.("build", data.jobs.length);

  const tables: CsvTable[] = [
    { file: DATA_FILES.jobs, columns: JOB_COLUMNS, rows: data.jobs },
    { file: DATA_FILES.proposals, columns: PROPOSAL_COLUMNS, rows: data.proposals },
    { file: DATA_FILES.outcomes, columns: OUTCOME_COLUMNS, rows: data.outcomes },
    { file: DATA_FILES.reviews, columns: REVIEW_COLUMNS, rows: data.reviews },
    { file: DATA_FILES.freelancers, columns: FREELANCER_COLUMNS, rows: data.freelancers },
    {
      file: SNAPSHOT_FILE,
      leading: [{ name: "cut_date", value: (row: FreelancerSnapshot) => toIso(row.cutDate) }],
      columns: FREELANCER_COLUMNS,
      rows: data.snapshots,
      record: (row: FreelancerSnapshot) => row.record,
    },
  ];
  const files = await writeTables(outDir, tables);
  onProgress?.("write", files.length);

  const hired = data.outcomes.filter((o) => o.outcome === "hired").length;
  return {
    dumpDir,
    outDir,
    files,
    dumpEnd: data.dumpEnd,
    counts: {
      questions: dump.questions.length,
      answers: dump.answers.length,
      users: dump.users.length,
      jobs: data.jobs.length,
      freelancers: data.freelancers.length,
      freelancerSnapshots: data.snapshots.length,
      reviews: data.reviews.length,
      proposals: data.proposals.length,
      outcomes: data.outcomes.length,
      hired,
      applied: data.outcomes.length - hired,
      usableRankingQueries: countUsableRankingQueries(data.outcomes),
    },
    skipped: [...data.skipped].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    notes: data.notes,
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
