/**
 * Batch ranking through the built CLI, as users run it: `bestmatch rank --index <snapshot> --jobs
 * <csv> --workers N` in a child process, N = 1 and 2, on the same snapshot and jobs; jobs/s from the
 * CLI's own ranking time (snapshot loading excluded), wall time alongside. Both outputs must be
 * byte-identical. Builds dist/ first when it is missing or older than src/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SIZE_SPECS, type DataSpec, type Figure, type Suite } from "./lib/context.js";

const CLI = resolve("dist/cli.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureCli(log: (line: string) => void): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestMtime(resolve("src"))) return;
  log("[batch] dist/ is missing or older than src/: npm run build");
  const built = spawnSync("npm", ["run", "build", "--silent"], { stdio: ["ignore", "ignore", "inherit"] });
  if (built.status !== 0) {
    if (!existsSync(CLI)) throw new Error("npm run build failed and there is no dist/cli.js");
    log("[batch] npm run build failed; measuring the existing dist/cli.js");
  }
}

function cli(args: string[]): { ms: number; stderr: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`bestmatch ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, stderr: r.stderr };
}

/** The first `n` rows of a CSV whose rows are one line each (the generator's), else the whole file. */
function firstRows(file: string, n: number, out: string): number {
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l !== "");
  writeFileSync(out, `${lines.slice(0, n + 1).join("\n")}\n`);
  return Math.min(n, lines.length - 1);
}

export const batchSuite: Suite = {
  name: "batch",
  perSize: false,
  async run(ctx): Promise<Figure[]> {
    const spec: DataSpec = SIZE_SPECS[ctx.options.quick ? "10k" : "100k"];
    const dir = await ctx.ensureData(spec);
    ensureCli(ctx.options.log);
    const tmp = mkdtempSync(join(tmpdir(), "bestmatch-batch-"));
    try {
      const snapshot = join(tmp, "market.snapshot");
      cli(["index", "build", "--freelancers", join(dir, "freelancers.csv"), "--reviews", join(dir, "reviews.csv"), "--on-invalid", "skip", "-q", "--out", snapshot]);
      const jobsFile = join(tmp, "jobs.csv");
      // Every job of the corpus in full mode: a second worker first re-indexes the snapshot (about
      // 20 s at 100k), which a 1,000-job batch (12 s on one thread) never pays back.
      const jobs = firstRows(join(dir, "jobs.csv"), ctx.options.quick ? 100 : 10_000, jobsFile);
      const figures: Figure[] = [];
      const outputs: string[] = [];
      const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "batch", corpus: spec.name, name, value, unit, note });
      for (const workers of [1, 2]) {
        const out = join(tmp, `out-${workers}.csv`);
        const run = cli(["rank", "--index", snapshot, "--jobs", jobsFile, "--top", "20", "--workers", String(workers), "--on-invalid", "skip", "-o", out]);
        const seconds = Number(/ in ([\d.]+)s \(/.exec(run.stderr)?.[1] ?? NaN);
        figures.push(
          at(`${workers} worker${workers > 1 ? "s" : ""}`, jobs / seconds, "jobs/s", `${jobs} jobs, CLI ranking time ${seconds.toFixed(1)} s`),
          at(`${workers} worker${workers > 1 ? "s" : ""} wall`, run.ms / 1000, "s", "process, snapshot load included"),
        );
        outputs.push(readFileSync(out, "utf8"));
      }
      if (outputs[0] !== outputs[1]) throw new Error("batch: --workers 2 output differs from --workers 1");
      figures.push(at("2 workers / 1 worker", figures[2].value / figures[0].value, "x", "outputs identical"));
      return figures;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
