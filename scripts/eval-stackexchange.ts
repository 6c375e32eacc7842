/**
 * `tsx scripts/eval-stackexchange.ts [--dump DIR] [--data IMPORTED_DIR] [--json]`
 * A thin wrapper over the CLI: imports a Stack Exchange dump (default ../shared/data/stackexchange-cardano)
 * into a temp folder unless --data names an imported one, then runs `bestmatch evaluate` for the three
 * tasks. The folder holds freelancer_snapshots.csv, so every query is replayed leak-free. Same as:
 *   bestmatch import stackexchange ../shared/data/stackexchange-cardano --out data/cardano
 *   bestmatch evaluate --task proposals|freelancers|jobs --data data/cardano
 * (The earlier question-task evaluator with dump-based reputation and Orama lives on in bench/peers.ts.)
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { processIO } from "../src/cli/cli-io.js";
import { run } from "../src/cli/program.js";
import { sharedDataPath } from "../src/testing/shared-data.js";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dump: { type: "string" }, data: { type: "string" }, json: { type: "boolean" } } });
  const io = processIO();
  let dir = values.data;
  let temp: string | undefined;
  if (dir === undefined) {
    const dump = values.dump ?? sharedDataPath("stackexchange-cardano");
    if (dump === undefined || !existsSync(dump)) {
      console.log("skipping: the Stack Exchange dump (../shared/data/stackexchange-cardano or --dump) is absent");
      return 0;
    }
    dir = temp = await mkdtemp(join(tmpdir(), "bestmatch-se-"));
    const code = await run(["import", "stackexchange", dump, "--out", dir, "-q"], io);
    if (code !== 0) return code;
  }
  try {
    for (const task of ["proposals", "freelancers", "jobs"]) {
      const code = await run(["evaluate", "--task", task, "--data", dir, ...(values.json ? ["--json"] : [])], io);
      if (code !== 0) return code;
    }
    return 0;
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
