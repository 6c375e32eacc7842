/** importStackExchange end to end on a small dump shaped like a newer site's: "|a|b|" tags, no Tags.xml or Votes.xml. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BestMatchError } from "../../errors.js";
import { DATA_FILES } from "../../io/columns.js";
import { importStackExchange, SNAPSHOT_FILE } from "./index.js";
import { makeTempDir, removeTempDirs, writeDumpDir, xmlFile, xmlRow } from "./test-helpers.js";

afterAll(removeTempDirs);

const POSTS = xmlFile("posts", [
  xmlRow({ Id: 1, PostTypeId: 1, CreationDate: "2023-02-01T08:00:00.000", Title: "Sort a list", Body: "<p>How?</p>", Tags: "|python|sorting|", OwnerUserId: 1, AcceptedAnswerId: 3 }),
  xmlRow({ Id: 2, PostTypeId: 2, ParentId: 1, CreationDate: "2023-02-01T09:00:00.000", Body: "<p>Use <code>sorted()</code></p>", OwnerUserId: 2 }),
  xmlRow({ Id: 3, PostTypeId: 2, ParentId: 1, CreationDate: "2023-02-01T10:00:00.000", Body: "<p>Use <code>list.sort()</code></p>", OwnerUserId: 3 }),
  xmlRow({ Id: 4, PostTypeId: 2, ParentId: 1, CreationDate: "2023-02-01T11:00:00.000", Body: "<p>Deleted user's answer</p>" }),
  xmlRow({ Id: 5, PostTypeId: 2, ParentId: 99, CreationDate: "2023-02-02T11:00:00.000", Body: "orphan", OwnerUserId: 2 }),
  xmlRow({ Id: 6, PostTypeId: 7, CreationDate: "2023-02-02T11:00:00.000" }),
  xmlRow({ Id: 7, PostTypeId: 1, CreationDate: "2023-03-01T08:00:00.000", Title: "Sort a dict", Body: "<p>By value?</p>", Tags: "|python|dictionary|", OwnerUserId: 2 }),
  xmlRow({ Id: 8, PostTypeId: 2, ParentId: 7, CreationDate: "2023-03-01T09:00:00.000", Body: "<p>sorted(d.items())</p>", OwnerUserId: 3 }),
]);
const USERS = xmlFile(
  "users",
  [1, 2, 3, 4].map((id) => xmlRow({ Id: id, CreationDate: "2023-01-01T00:00:00.000", AboutMe: id === 3 ? "<p>Pythonista</p>" : undefined })),
);

describe("importStackExchange", () => {
  it("when optional files are absent and tags use pipes then it writes every file and says what was skipped and unknown", async () => {
    const dumpDir = await writeDumpDir({ "Posts.xml": POSTS, "Users.xml": USERS });
    const outDir = join(await makeTempDir(), "out");
    const stages: string[] = [];
    const summary = await importStackExchange({ dumpDir, outDir, onProgress: (stage) => stages.push(stage) });

    expect(summary.counts).toMatchObject({ questions: 2, answers: 5, jobs: 2, proposals: 3, outcomes: 3, hired: 1, applied: 2, usableRankingQueries: 1, reviews: 0, freelancers: 2 });
    expect(Object.fromEntries(summary.skipped.map((s) => [s.reason, s.count]))).toMatchObject({
      "answer without OwnerUserId (deleted user): no proposal, outcome or review": 1,
      "answer to a question missing from the dump (not a proposal)": 1,
      "post type 7 (only 1 = question and 2 = answer are used)": 1,
    });
    expect(summary.notes.some((n) => n.startsWith("Votes.xml absent"))).toBe(true);
    expect(stages).toEqual(["posts", "users", "build", "write"]);
    expect((await readdir(outDir)).sort()).toEqual([...Object.values(DATA_FILES), SNAPSHOT_FILE].sort());

    const jobs = await readFile(join(outDir, DATA_FILES.jobs), "utf8");
    expect(jobs).toContain("python;sorting");
    const freelancers = await readFile(join(outDir, DATA_FILES.freelancers), "utf8");
    // u3 answered python/sorting and python/dictionary: python first; AboutMe leads the dump-end overview.
    expect(freelancers).toMatch(/\nu3,"python, dictionary, sorting","Pythonista\n/);
    const snapshots = await readFile(join(outDir, SNAPSHOT_FILE), "utf8");
    expect(snapshots.split("\n")[0].startsWith("cut_date,id,title,overview,skills")).toBe(true);
    expect(snapshots).not.toContain("Pythonista");
  });

  it("when Users.xml is missing then nothing is written and INPUT_IO names the file", async () => {
    const dumpDir = await writeDumpDir({ "Posts.xml": POSTS });
    const outDir = join(await makeTempDir(), "out");
    const error = await importStackExchange({ dumpDir, outDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BestMatchError);
    expect([(error as BestMatchError).code, (error as BestMatchError).file]).toEqual(["INPUT_IO", join(dumpDir, "Users.xml")]);
    await expect(readdir(outDir)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
