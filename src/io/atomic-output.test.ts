import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { BestMatchError } from "../errors.js";
import { openOutput, pendingOutputs, removePendingOutputsSync } from "./atomic-output.js";

const dir = () => mkdtempSync(join(tmpdir(), "bestmatch-out-"));

describe("openOutput", () => {
  it("when committed then the target holds exactly what was written and no temp file remains", async () => {
    const d = dir();
    const target = join(d, "out.csv");
    const out = await openOutput(target, new PassThrough());
    await out.write("a,b\n");
    await out.write("x".repeat(70_000));
    expect(existsSync(target)).toBe(false);
    await out.commit();
    expect(readFileSync(target, "utf8")).toBe(`a,b\n${"x".repeat(70_000)}`);
    expect(readdirSync(d)).toEqual(["out.csv"]);
  });

  it("when aborted then an existing target is untouched and the temp file is gone", async () => {
    const d = dir();
    const target = join(d, "out.csv");
    writeFileSync(target, "previous\n");
    const out = await openOutput(target, new PassThrough());
    await out.write("partial".repeat(20_000));
    await out.abort();
    expect(readFileSync(target, "utf8")).toBe("previous\n");
    expect(readdirSync(d)).toEqual(["out.csv"]);
  });

  it("when a signal handler removes pending outputs then the temp file is deleted synchronously", async () => {
    const d = dir();
    const out = await openOutput(join(d, "out.csv"), new PassThrough());
    await out.write("data");
    expect(pendingOutputs()).toHaveLength(1);
    removePendingOutputsSync();
    expect(readdirSync(d)).toEqual([]);
    await out.abort();
  });

  it("when the folder does not exist then the OUTPUT_IO error names the file and the reason", async () => {
    const target = join(dir(), "missing", "out.csv");
    const err = await openOutput(target, new PassThrough()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BestMatchError);
    expect((err as BestMatchError).code).toBe("OUTPUT_IO");
    expect((err as BestMatchError).message).toBe(`${target}: cannot create output: folder not found`);
  });

  it('when the path is "-" then text goes to the given stdout stream', async () => {
    const stdout = new PassThrough();
    const chunks: string[] = [];
    stdout.on("data", (c: Buffer) => chunks.push(c.toString()));
    const out = await openOutput("-", stdout);
    await out.write("hello\n");
    await out.commit();
    expect(chunks.join("")).toBe("hello\n");
  });
});
