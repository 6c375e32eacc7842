import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { DATA_FILES } from "../io/columns.js";
import { generateMarketplace } from "./index.js";
import { SAMPLE_OPTIONS } from "./sample.js";

const sampleDir = fileURLToPath(new URL("../../fixtures/sample/", import.meta.url));
let freshDir: string;

beforeAll(async () => {
  freshDir = await mkdtemp(join(tmpdir(), "bestmatch-sample-"));
  await generateMarketplace({ ...SAMPLE_OPTIONS, outDir: freshDir });
});
afterAll(() => rm(freshDir, { recursive: true, force: true }));

describe("fixtures/sample", () => {
  it.each(Object.values(DATA_FILES))("when regenerated with the sample options then %s is byte-identical to the committed one", async (file) => {
    const [fresh, committed] = await Promise.all([readFile(join(freshDir, file), "utf8"), readFile(join(sampleDir, file), "utf8")]);
    // Name the first differing line, so a drift points at a record rather than a 100 kB diff.
    const a = fresh.split("\n");
    const b = committed.split("\n");
    const first = a.findIndex((line, i) => line !== b[i]);
    expect(first === -1 ? undefined : { line: first + 1, fresh: a[first], committed: b[first] }).toBeUndefined();
    expect(fresh).toBe(committed);
  });
});
