import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseString } from "fast-csv";
import { afterAll, describe, expect, it } from "vitest";
import { BestMatchError } from "../../errors.js";
import { JOB_COLUMNS, OUTCOME_COLUMNS } from "../../io/columns.js";
import { formatCell, writeTables } from "./csv-out.js";
import { makeTempDir, removeTempDirs } from "./test-helpers.js";

afterAll(removeTempDirs);

function parseCsv(text: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseString(text, { headers: true })
      .on("data", (row: Record<string, string>) => rows.push(row))
      .on("end", () => resolve(rows))
      .on("error", reject);
  });
}

describe("writeTables", () => {
  it("when records hold lists, nested fields and multi-line text then the CSV reads back to the same cells", async () => {
    const dir = await makeTempDir();
    const job = { id: "q1", title: 'Say "hi", then', description: "line 1\nline 2", skills: ["plutus", "haskell"], postedAt: "2021-05-01T10:00:00.000Z", client: { hires: 2 } };
    await writeTables(dir, [{ file: "jobs.csv", columns: JOB_COLUMNS, rows: [job] }]);
    const text = await readFile(join(dir, "jobs.csv"), "utf8");
    expect(text.split("\n")[0]).toBe(JOB_COLUMNS.map((c) => c.name).join(","));
    const [row] = await parseCsv(text);
    expect(row).toMatchObject({ id: "q1", title: job.title, description: job.description, skills: "plutus;haskell", client_hires: "2", budget_type: "" });
  });

  it("when a table is empty then its file still has the header", async () => {
    const dir = await makeTempDir();
    await writeTables(dir, [{ file: "outcomes.csv", columns: OUTCOME_COLUMNS, rows: [] }]);
    expect(await readFile(join(dir, "outcomes.csv"), "utf8")).toBe("job_id,freelancer_id,proposal_id,outcome");
  });

  it("when writing fails then no temp file is left and the error is OUTPUT_IO naming the folder", async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, "jobs.csv"), "old");
    const failing = {
      *[Symbol.iterator]() {
        yield { id: "q1" };
        throw new Error("boom");
      },
    };
    const error = await writeTables(dir, [
      { file: "outcomes.csv", columns: OUTCOME_COLUMNS, rows: [] },
      { file: "jobs.csv", columns: JOB_COLUMNS, rows: failing },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BestMatchError);
    expect([(error as BestMatchError).code, (error as BestMatchError).file]).toEqual(["OUTPUT_IO", dir]);
    // All or nothing: the earlier table was not published and the old file is untouched.
    expect((await readdir(dir)).sort()).toEqual(["jobs.csv"]);
    expect(await readFile(join(dir, "jobs.csv"), "utf8")).toBe("old");
  });
});

describe("formatCell", () => {
  it.each([
    [undefined, ""],
    [["a", "b"], "a;b"],
    [[{ name: "x", level: "expert" }, "y"], '[{"name":"x","level":"expert"},"y"]'],
    [new Date(Date.UTC(2021, 4, 1)), "2021-05-01T00:00:00.000Z"],
    [3.5, "3.5"],
    [false, "false"],
  ])("when the value is %j then the cell is %j", (value, cell) => {
    expect(formatCell(value)).toBe(cell);
  });
});
