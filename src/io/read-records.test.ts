import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { BestMatchError } from "../errors.js";
import { validateFreelancer, validateJob } from "../model/validate.js";
import { FREELANCER_COLUMNS, JOB_COLUMNS } from "./columns.js";
import { readRecords } from "./read-records.js";
import { RejectionPolicy } from "./rejection.js";

const read = (text: string, mode: "fail" | "skip" = "skip", kind: "freelancers" | "jobs" = "freelancers") => {
  const policy = new RejectionPolicy(mode);
  const result = readRecords({
    input: Readable.from([text]),
    file: `${kind}.csv`,
    specs: kind === "jobs" ? JOB_COLUMNS : FREELANCER_COLUMNS,
    validate: (kind === "jobs" ? validateJob : validateFreelancer) as (raw: unknown) => { id: string },
    policy,
  });
  return { policy, result };
};

describe("readRecords", () => {
  it("when rows are valid then records carry parsed values and their start line", async () => {
    const { result } = read('id,title,skills,Hourly_Rate\nf1,"Dev,\nsenior",React;Node.js,50\nf2,Writer,,\n');
    const { records, rows } = await result;
    expect(rows).toBe(2);
    expect(records.map((r) => [r.line, r.record])).toEqual([
      [2, { id: "f1", title: "Dev,\nsenior", skills: ["React", "Node.js"], hourlyRate: 50 }],
      [4, { id: "f2", title: "Writer" }],
    ]);
  });

  it("when rows are bad in skip mode then each is rejected with line, column, value and reason, and the rest kept", async () => {
    const text = [
      "id,title,rating,hourly_rate",
      "f1,Dev,4.5,50",
      "f2,Dev,9,50", // out of range
      "f3,Dev,4,abc", // wrong type
      "f4,Dev,4", // malformed: 3 cells
      "f1,Again,4,10", // duplicate id
      "f5,,,", // nothing to rank on (validator)
      "f6,Dev,,",
    ].join("\n");
    const { policy, result } = read(text);
    const { records } = await result;
    expect(records.map((r) => r.record.id)).toEqual(["f1", "f6"]);
    expect(policy.rejected.map((r) => [r.line, r.code, r.recordId, r.column, r.value, r.reason])).toEqual([
      [3, "INVALID_RECORD", "f2", "rating", "9", "is out of range"],
      [4, "INVALID_RECORD", "f3", "hourly_rate", "abc", "is not a number"],
      [5, "INVALID_INPUT", "f4", undefined, undefined, "malformed row: 3 cells where the header has 4"],
      [6, "DUPLICATE_ID", "f1", "id", "f1", "duplicate id, first seen at line 2"],
      [7, "INVALID_RECORD", "f5", "skills", undefined, "freelancer has nothing to rank on"],
    ]);
    expect(policy.rejected[0].row).toEqual(["f2", "Dev", "9", "50"]);
  });

  it("when the validator rejects a nested field then the rejection names the CSV column as written", async () => {
    const { policy, result } = read("ID,title,Budget_Type,budget_min,budget_max\nj1,Job,hourly,90,50\n", "skip", "jobs");
    await result;
    expect(policy.rejected).toHaveLength(1);
    expect(policy.rejected[0]).toMatchObject({ line: 2, recordId: "j1", column: "budget_max", value: "50", reason: "job is below budget.min" });
  });

  it("when a row is bad in fail mode then the error names file, line, record, column and value", async () => {
    const { result } = read("id,title,rating\nf1,Dev,4\nf2,Dev,zero\n", "fail");
    const err = await result.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BestMatchError);
    expect((err as BestMatchError).code).toBe("INVALID_RECORD");
    expect((err as BestMatchError).message).toBe('freelancers.csv:3, record "f2", field "rating": is not a number (got "zero"); expected a number from 1 to 5');
  });

  it("when the file is empty then the error says so and names the required header", async () => {
    const err = await read("", "skip").result.catch((e: unknown) => e);
    expect((err as BestMatchError).code).toBe("INVALID_INPUT");
    expect((err as BestMatchError).message).toBe("freelancers.csv:1: file is empty; expected a header row with id");
  });
});
