/**
 * `tsx scripts/train-model.ts --data DIR [--task proposals|freelancers|jobs] --out model.json [more bestmatch train options]`
 * A thin wrapper kept for old instructions: the same as `bestmatch train` (src/cli/commands/train.ts),
 * with --task proposals when none is given.
 */
import { processIO } from "../src/cli/cli-io.js";
import { run } from "../src/cli/program.js";

const args = process.argv.slice(2);
run(["train", ...(args.includes("--task") ? [] : ["--task", "proposals"]), ...args], processIO()).then((code) => process.exit(code));
