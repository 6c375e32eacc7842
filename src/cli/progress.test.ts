import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIO } from "./cli-io.js";
import { createProgress } from "./progress.js";

function io(tty: boolean): { io: CliIO; text: () => string } {
  const stderr = new PassThrough();
  let text = "";
  stderr.on("data", (c: Buffer) => (text += c.toString()));
  return { io: { stdout: new PassThrough(), stderr, stdin: new PassThrough(), stderrIsTTY: tty, stdinIsTTY: false, cpus: 1 }, text: () => text };
}

describe("createProgress", () => {
  it("when stderr is a terminal then a bar with count, rate and ETA is drawn", async () => {
    const t = io(true);
    const p = createProgress(t.io, false);
    p.start("ranking", 10, "jobs");
    p.update(5);
    p.stop();
    await new Promise((r) => setImmediate(r));
    expect(t.text()).toMatch(/ranking \[.*\] \d+% \| 5\/10 jobs \| [\d,]+ jobs\/s \| ETA/);
  });

  it.each([
    [false, false],
    [true, true],
  ])("when stderr is a terminal is %s and quiet is %s then nothing is written", async (tty, quiet) => {
    const t = io(tty);
    const p = createProgress(t.io, quiet);
    p.start("ranking", 10, "jobs");
    p.update(5);
    p.stop();
    await new Promise((r) => setImmediate(r));
    expect(t.text()).toBe("");
  });
});
