import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BestMatchError } from "../../errors.js";
import { readDump } from "./dump.js";
import { removeTempDirs, writeDumpDir, xmlFile, xmlRow } from "./test-helpers.js";

afterAll(removeTempDirs);

const USERS = xmlFile("users", [xmlRow({ Id: 7, CreationDate: "2021-01-01T10:00:00.000", DisplayName: "Ann", AboutMe: "<p>Haskell &amp; Plutus dev</p>" })]);

function posts(...rows: string[]): string {
  return xmlFile("posts", rows);
}

async function caught(promise: Promise<unknown>): Promise<BestMatchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BestMatchError);
  return error as BestMatchError;
}

describe("readDump", () => {
  it("when bodies hold entities and several lines then they come back as plain multi-line text", async () => {
    const dir = await writeDumpDir({
      "Posts.xml": posts(
        xmlRow({
          Id: 1,
          PostTypeId: 1,
          CreationDate: "2021-05-01T12:00:00.000",
          Title: "Fees & limits",
          Body: "<p>First &amp; second</p>\n<pre><code>line 1\nline 2</code></pre>",
          Tags: "<plutus><haskell>",
          OwnerUserId: 7,
        }),
        xmlRow({ Id: 2, PostTypeId: 2, ParentId: 1, CreationDate: "2021-05-02T12:00:00.000", Body: "<p>Answer</p>" }),
        xmlRow({ Id: 3, PostTypeId: 5, CreationDate: "2021-05-02T12:00:00.000", Body: "wiki" }),
      ),
      "Users.xml": USERS,
    });
    const dump = await readDump(dir);
    expect(dump.questions).toEqual([
      {
        id: "1",
        createdAt: Date.parse("2021-05-01T12:00:00.000Z"),
        title: "Fees & limits",
        body: "First & second\n\nline 1\nline 2",
        tags: ["plutus", "haskell"],
        ownerId: "7",
        acceptedAnswerId: undefined,
      },
    ]);
    expect(dump.answers.map((a) => [a.id, a.questionId, a.ownerId])).toEqual([["2", "1", undefined]]);
    expect(dump.users[0].aboutMe).toBe("Haskell & Plutus dev");
    expect(dump.ignored).toEqual({ "post type 5 (only 1 = question and 2 = answer are used)": 1 });
    // Optional files absent: unknown, not empty.
    expect(dump.votes).toBeUndefined();
    expect(dump.comments).toBeUndefined();
  });

  it("when Votes.xml is present then only accept/up/down votes are kept, dated by day", async () => {
    const dir = await writeDumpDir({
      "Posts.xml": posts(),
      "Users.xml": USERS,
      "Votes.xml": xmlFile("votes", [
        xmlRow({ Id: 1, PostId: 5, VoteTypeId: 2, CreationDate: "2021-05-03T00:00:00.000" }),
        xmlRow({ Id: 2, PostId: 5, VoteTypeId: 10, CreationDate: "2021-05-03T00:00:00.000" }),
        xmlRow({ Id: 3, PostId: 6, VoteTypeId: 1, CreationDate: "2021-05-04T17:30:00.000" }),
      ]),
    });
    const dump = await readDump(dir);
    expect(dump.votes).toEqual([
      { postId: "5", kind: "up", day: Date.parse("2021-05-03T00:00:00Z") },
      { postId: "6", kind: "accepted", day: Date.parse("2021-05-04T00:00:00Z") },
    ]);
  });

  it.each(["Posts.xml", "Users.xml"])("when %s is missing then INPUT_IO names it", async (missing) => {
    const files: Record<string, string> = { "Posts.xml": posts(), "Users.xml": USERS };
    delete files[missing];
    const dir = await writeDumpDir(files);
    const error = await caught(readDump(dir));
    expect(error.code).toBe("INPUT_IO");
    expect(error.file).toBe(join(dir, missing));
    expect(error.message).toContain(missing);
  });

  it("when a row is not well-formed XML then INVALID_INPUT gives the file and its line", async () => {
    const good = xmlRow({ Id: 1, PostTypeId: 1, CreationDate: "2021-05-01T12:00:00.000" });
    const dir = await writeDumpDir({
      "Posts.xml": posts(good, good.replace('Id="1"', 'Id="2"'), '  <row Id="3" PostTypeId="1" Body="a < b" />'),
      "Users.xml": USERS,
    });
    const error = await caught(readDump(dir));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.file).toBe(join(dir, "Posts.xml"));
    // Line 1 is the declaration, line 2 <posts>, rows on lines 3-5.
    expect(error.line).toBe(5);
    expect(error.message).toContain("Posts.xml:5");
  });

  it("when a row lacks Id then INVALID_INPUT names file, line and field", async () => {
    const dir = await writeDumpDir({
      "Posts.xml": posts(
        xmlRow({ Id: 1, PostTypeId: 1, CreationDate: "2021-05-01T12:00:00.000" }),
        xmlRow({ PostTypeId: 2, ParentId: 1, CreationDate: "2021-05-01T12:00:00.000" }),
      ),
      "Users.xml": USERS,
    });
    const error = await caught(readDump(dir));
    expect(error.code).toBe("INVALID_INPUT");
    expect([error.file, error.line, error.field]).toEqual([join(dir, "Posts.xml"), 4, "Id"]);
  });

  it("when a date does not parse then INVALID_INPUT shows the value and the expected form", async () => {
    const dir = await writeDumpDir({
      "Posts.xml": posts(),
      "Users.xml": xmlFile("users", [xmlRow({ Id: 1, CreationDate: "yesterday" })]),
    });
    const error = await caught(readDump(dir));
    expect([error.code, error.line, error.field, error.value, error.recordId]).toEqual(["INVALID_INPUT", 3, "CreationDate", "yesterday", "1"]);
    expect(error.expected).toContain("ISO 8601");
  });

  it("when an answer has no ParentId then INVALID_INPUT names that field", async () => {
    const dir = await writeDumpDir({
      "Posts.xml": posts(xmlRow({ Id: 9, PostTypeId: 2, CreationDate: "2021-05-01T12:00:00.000" })),
      "Users.xml": USERS,
    });
    const error = await caught(readDump(dir));
    expect([error.code, error.field, error.recordId]).toEqual(["INVALID_INPUT", "ParentId", "9"]);
  });

  it("when a post Id repeats then INVALID_INPUT points at the second one", async () => {
    const row = xmlRow({ Id: 1, PostTypeId: 1, CreationDate: "2021-05-01T12:00:00.000" });
    const dir = await writeDumpDir({ "Posts.xml": posts(row, row), "Users.xml": USERS });
    const error = await caught(readDump(dir));
    expect([error.code, error.line, error.field]).toEqual(["INVALID_INPUT", 4, "Id"]);
  });
});
