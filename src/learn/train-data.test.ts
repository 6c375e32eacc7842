import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseModelFile } from "../cli/engine-config.js";
import { BestMatchError } from "../errors.js";
import { trainFromDataFolder, writeModelFile } from "./train-data.js";

const SAMPLE = fileURLToPath(new URL("../../fixtures/sample", import.meta.url));
const CLI_FIXTURES = fileURLToPath(new URL("../../fixtures/cli", import.meta.url));

describe("trainFromDataFolder (fixtures/sample)", () => {
  const dir = mkdtempSync(join(tmpdir(), "bestmatch-train-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("trains on every job with outcomes and writes a file the CLI's --model reads back unchanged", async () => {
    const { model, report, jobs } = await trainFromDataFolder(SAMPLE, "proposals");
    expect(jobs).toBe(40);
    expect(report.queries).toBe(40);
    expect(report.pairs).toBeGreaterThan(0);
    const path = join(dir, "model.json");
    await writeModelFile(path, "proposals", model);
    expect(parseModelFile(JSON.parse(readFileSync(path, "utf8")), path)).toEqual({ proposals: model });
    expect(readdirSync(dir)).toEqual(["model.json"]);
  });

  it("refuses a folder without outcomes, with a code", async () => {
    await expect(trainFromDataFolder(CLI_FIXTURES, "proposals")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(trainFromDataFolder(CLI_FIXTURES, "proposals")).rejects.toBeInstanceOf(BestMatchError);
  });
});
