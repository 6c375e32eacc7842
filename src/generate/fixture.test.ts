import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { DATA_FILES } from "../io/columns.js";
import { generateMarketplace } from "./index.js";
import { SAMPLE_OPTIONS } from "./sample.js";
import { withTempDir } from "./test-helpers.js";

const sampleDir = fileURLToPath(new URL("../../fixtures/sample/", import.meta.url));

describe("fixtures/sample", () => {
  it.each(Object.values(DATA_FILES))("when regenerated with the sample options then %s is byte-identical to the committed one", (file) =>
    withTempDir(async (dir) => {
      await generateMarketplace({ ...SAMPLE_OPTIONS, outDir: dir });
      const [fresh, committed] = await Promise.all([readFile(join(dir, file), "utf8"), readFile(join(sampleDir, file), "utf8")]);
      // Compare line by line first so a drift names its first differing record.
      const a = fresh.split("\n");
      const b = committed.split("\n");
      const first = a.findIndex((line, i) => line !== b[i]);
      expect(first === -1 ? undefined : { line: first + 1, fresh: a[first], committed: b[first] }).toBeUndefined();
      expect(fresh).toBe(committed);
    }),
  );
});
