/**
 * `tsx scripts/eval-generated.ts [--freelancers 1500] [--jobs 600] [--seed 7] [--json]`
 * A thin wrapper over the CLI: generates a dataset (once, into data/eval-<spec>, git-ignored) whose
 * outcomes come from the hidden preference model, then runs `bestmatch evaluate` for the three tasks.
 * Same as:
 *   bestmatch generate --freelancers 1500 --jobs 600 --seed 7 --out data/eval-1500-600-7
 *   bestmatch evaluate --task proposals|freelancers|jobs --data data/eval-1500-600-7
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { processIO } from "../src/cli/cli-io.js";
import { run } from "../src/cli/program.js";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { freelancers: { type: "string" }, jobs: { type: "string" }, seed: { type: "string" }, json: { type: "boolean" } } });
  const spec = { freelancers: values.freelancers ?? "1500", jobs: values.jobs ?? "600", seed: values.seed ?? "7" };
  const dir = `data/eval-${spec.freelancers}-${spec.jobs}-${spec.seed}`;
  const io = processIO();
  if (!existsSync(`${dir}/outcomes.csv`)) {
    const code = await run(["generate", "--freelancers", spec.freelancers, "--jobs", spec.jobs, "--seed", spec.seed, "--out", dir], io);
    if (code !== 0) return code;
  }
  for (const task of ["proposals", "freelancers", "jobs"]) {
    const code = await run(["evaluate", "--task", task, "--data", dir, ...(values.json ? ["--json"] : [])], io);
    if (code !== 0) return code;
  }
  return 0;
}

main().then((code) => process.exit(code));
