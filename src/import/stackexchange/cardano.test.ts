/**
 * End to end on the real cardano.stackexchange.com dump (../shared/data/stackexchange-cardano):
 * counts against SOURCE.md, and the leak check recomputed by hand from the raw XML rows.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseString } from "fast-csv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_FILES } from "../../io/columns.js";
import { missingSharedData, sharedDataPath } from "../../testing/shared-data.js";
import { importStackExchange, type ImportSummary, SNAPSHOT_FILE, snapshotsAsOf } from "./index.js";
import { makeTempDir, removeTempDirs } from "./test-helpers.js";
import { type RowAttributes, readDumpRows } from "./xml-rows.js";
import { levelFromAnswers } from "./track-record.js";

const DAY = 86_400_000;
const utc = (value: string): number => Date.parse(value.endsWith("Z") ? value : `${value}Z`);
const dayStart = (ms: number): number => Math.floor(ms / DAY) * DAY;

type CsvRow = Record<string, string>;

async function readCsv(path: string): Promise<CsvRow[]> {
  const text = await readFile(path, "utf8");
  return new Promise((resolve, reject) => {
    const rows: CsvRow[] = [];
    parseString(text, { headers: true })
      .on("data", (row: CsvRow) => rows.push(row))
      .on("end", () => resolve(rows))
      .on("error", reject);
  });
}

async function rawRows(dir: string, file: string): Promise<RowAttributes[]> {
  const rows: RowAttributes[] = [];
  await readDumpRows(join(dir, file), ({ attrs }) => rows.push(attrs));
  return rows;
}

describe.skipIf(missingSharedData("stackexchange-cardano"))("Stack Exchange import of the cardano dump", () => {
  const dumpDir = sharedDataPath("stackexchange-cardano") as string;
  let summary: ImportSummary;
  let outDir: string;
  const csv: Record<string, CsvRow[]> = {};
  let posts: RowAttributes[];
  let votes: RowAttributes[];
  let comments: RowAttributes[];

  beforeAll(async () => {
    outDir = await makeTempDir();
    summary = await importStackExchange({ dumpDir, outDir });
    for (const file of [...Object.values(DATA_FILES), SNAPSHOT_FILE]) csv[file] = await readCsv(join(outDir, file));
    [posts, votes, comments] = await Promise.all([rawRows(dumpDir, "Posts.xml"), rawRows(dumpDir, "Votes.xml"), rawRows(dumpDir, "Comments.xml")]);
  });
  afterAll(removeTempDirs);

  it("when imported then the counts match SOURCE.md and the files", () => {
    // SOURCE.md: 1,042 questions, 1,496 answers, 459 with an accepted answer, 180 usable ranking queries, 331 answerers.
    expect(summary.counts).toMatchObject({ questions: 1042, answers: 1496, jobs: 1042, proposals: 1496, outcomes: 1496, hired: 459, usableRankingQueries: 180 });
    expect(new Set(csv[DATA_FILES.proposals].map((p) => p.freelancer_id)).size).toBe(331);
    expect(csv[DATA_FILES.jobs]).toHaveLength(summary.counts.jobs);
    expect(csv[DATA_FILES.freelancers]).toHaveLength(summary.counts.freelancers);
    expect(csv[SNAPSHOT_FILE]).toHaveLength(summary.counts.freelancerSnapshots);
    expect(csv[DATA_FILES.reviews]).toHaveLength(summary.counts.reviews);
    // Tag wikis and excerpts are not jobs.
    expect(summary.skipped.find((s) => s.reason.startsWith("post type 4"))?.count).toBe(43);
  });

  it("when any snapshot row is read then nothing in it is dated at or after its cut", () => {
    for (const row of csv[SNAPSHOT_FILE]) {
      const cut = Date.parse(row.cut_date);
      expect(Date.parse(row.last_active_at)).toBeLessThan(cut);
      if (row.created_at) expect(Date.parse(row.created_at)).toBeLessThan(cut);
    }
    const dumpEnd = Date.parse(summary.dumpEnd);
    for (const review of csv[DATA_FILES.reviews]) expect(Date.parse(review.created_at)).toBeLessThanOrEqual(dumpEnd);
  });

  it("when the busiest answerers are recomputed by hand from raw rows at many cuts then their snapshots agree", () => {
    const questions = new Map(posts.filter((p) => p.PostTypeId === "1").map((p) => [p.Id, p]));
    const answers = posts.filter((p) => p.PostTypeId === "2");
    const acceptVoteDay = new Map(votes.filter((v) => v.VoteTypeId === "1").map((v) => [v.PostId, utc(v.CreationDate)]));
    const perUser = new Map<string, number>();
    for (const a of answers) if (a.OwnerUserId) perUser.set(a.OwnerUserId, (perUser.get(a.OwnerUserId) ?? 0) + 1);
    const busiest = [...perUser].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([id]) => id);
    const snapshotRows = csv[SNAPSHOT_FILE].map((r): CsvRow & { id: string; cutDate: string } => ({ ...r, id: r.id, cutDate: r.cut_date }));
    const cuts = [...questions.values()].filter((_, i) => i % 50 === 0).map((q) => utc(q.CreationDate));

    let compared = 0;
    for (const user of busiest) {
      for (const at of cuts) {
        const cut = at; // the snapshot used for a job posted at `at` holds only events strictly before it
        const mine = answers.filter((a) => a.OwnerUserId === user && utc(a.CreationDate) < cut && questions.has(a.ParentId));
        const tags = new Set(mine.flatMap((a) => [...(questions.get(a.ParentId)?.Tags ?? "").matchAll(/<([^>]+)>/g)].map((m) => m[1])));
        const hires = mine.filter((a) => {
          const q = questions.get(a.ParentId);
          const day = acceptVoteDay.get(a.Id);
          return q?.AcceptedAnswerId === a.Id && q.OwnerUserId !== user && day !== undefined && day + DAY <= cut;
        }).length;
        const reviewed = mine.filter((a) => dayStart(utc(a.CreationDate)) + 8 * DAY <= cut).length;
        const activity = [
          ...posts.filter((p) => (p.PostTypeId === "1" || p.PostTypeId === "2") && p.OwnerUserId === user).map((p) => utc(p.CreationDate)),
          ...comments.filter((c) => c.UserId === user).map((c) => utc(c.CreationDate)),
        ].filter((ms) => ms < cut);

        const row = snapshotsAsOf(snapshotRows, at).find((r) => r.id === `u${user}`);
        // No answers yet means no skills, title or overview: nothing to rank, so no snapshot.
        if (activity.length === 0 || mine.length === 0) {
          expect(row).toBeUndefined();
          continue;
        }
        expect(row).toBeDefined();
        // Skills are written with a level per tag: a JSON array of { name, level }.
        const claims: Array<{ name: string; level: string }> = row?.skills ? JSON.parse(row.skills) : [];
        const skills = claims.map((c) => c.name);
        for (const c of claims) {
          const answered = mine.filter((a) => (questions.get(a.ParentId)?.Tags ?? "").includes(`<${c.name}>`)).length;
          expect(c.level).toBe(levelFromAnswers(answered));
        }
        // Up to 20 skills are listed: all the tags answered on, or the 20 most used of them.
        if (tags.size <= 20) expect(new Set(skills)).toEqual(tags);
        else expect([skills.length, skills.every((s) => tags.has(s))]).toEqual([20, true]);
        expect(Number(row?.completed_jobs)).toBe(hires);
        expect(Number(row?.review_count)).toBe(reviewed);
        expect(Date.parse(row?.last_active_at ?? "")).toBe(Math.max(...activity));
        // The rating is the mean of this user's reviews already written by then.
        const ratings = csv[DATA_FILES.reviews].filter((r) => r.freelancer_id === `u${user}` && Date.parse(r.created_at) <= cut).map((r) => Number(r.rating));
        if (ratings.length > 0) expect(Number(row?.rating)).toBeCloseTo(ratings.reduce((s, r) => s + r, 0) / ratings.length, 2);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("when a job was posted then client_hires counts only the asker's acceptances known before it", () => {
    const jobs = new Map(csv[DATA_FILES.jobs].map((j) => [j.id, j]));
    const questions = posts.filter((p) => p.PostTypeId === "1");
    const accept = new Map(votes.filter((v) => v.VoteTypeId === "1").map((v) => [v.PostId, utc(v.CreationDate)]));
    const answerOwner = new Map(posts.filter((p) => p.PostTypeId === "2").map((p) => [p.Id, p.OwnerUserId]));
    for (const q of questions.filter((_, i) => i % 10 === 0)) {
      if (!q.OwnerUserId) continue;
      const at = utc(q.CreationDate);
      const expected = questions.filter((o) => {
        const day = o.AcceptedAnswerId ? accept.get(o.AcceptedAnswerId) : undefined;
        return o.OwnerUserId === q.OwnerUserId && day !== undefined && day + DAY <= at && answerOwner.get(o.AcceptedAnswerId as string) !== q.OwnerUserId;
      }).length;
      expect(Number(jobs.get(`q${q.Id}`)?.client_hires)).toBe(expected);
    }
  });
});
