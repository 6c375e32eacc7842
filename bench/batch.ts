/**
 * Batch ranking through the built CLI, as users run it: `bestmatch rank --index <snapshot> --jobs
 * <csv> --workers N` in a child process, N = 1 and 2 alternating, each `repeats` times, on the same
 * snapshot and jobs. Figures are medians: wall time (process start to exit, snapshot load
 * included), the CLI's own ranking time (jobs/s), and peak RSS of the whole process (all threads,
 * from process.resourceUsage() in the child); the 2-worker figures are also given as ratios to the
 * 1-worker ones of the same run. The outputs must be byte-identical. Medians, because other work on
 * the machine makes single runs noisy. Builds dist/ first when it is missing or older than src/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SIZE_SPECS, type DataSpec, type Figure, type Suite } from "./lib/context.js";
import { median } from "./lib/stats.js";

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

const MAX_RSS = resolve("bench/lib/max-rss.mjs");

/** One CLI run in a child process: wall milliseconds, stderr, and the child's peak RSS in bytes. */
function cli(args: string[]): { ms: number; stderr: string; rssBytes: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ["--import", MAX_RSS, CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`bestmatch ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const kb = Number(/bench-max-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, stderr: r.stderr, rssBytes: kb * 1024 };
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
    const quick = ctx.options.quick;
    const spec: DataSpec = SIZE_SPECS[quick ? "10k" : "100k"];
    const dir = await ctx.ensureData(spec);
    ensureCli(ctx.options.log);
    const tmp = mkdtempSync(join(tmpdir(), "bestmatch-batch-"));
    try {
      const snapshot = join(tmp, "market.snapshot");
      cli(["index", "build", "--freelancers", join(dir, "freelancers.csv"), "--reviews", join(dir, "reviews.csv"), "--on-invalid", "skip", "-q", "--out", snapshot]);
      const jobsFile = join(tmp, "jobs.csv");
      // Every job of the corpus in full mode (100k freelancers x 10k jobs, the yardstick).
      const wanted = Number(process.env.BENCH_BATCH_JOBS ?? (quick ? 300 : 10_000));
      const jobs = firstRows(join(dir, "jobs.csv"), wanted, jobsFile);
      const repeats = 3;
      const runs = new Map<number, Array<{ ms: number; seconds: number; rssBytes: number }>>([[1, []], [2, []]]);
      const outputs = new Map<number, string>();
      // Alternating 1, 2, 1, 2: a slow spell on the machine hits both settings alike.
      for (let r = 0; r < repeats; r++) {
        for (const workers of [1, 2]) {
          const out = join(tmp, `out-${workers}.csv`);
          const run = cli(["rank", "--index", snapshot, "--jobs", jobsFile, "--top", "20", "--workers", String(workers), "--on-invalid", "skip", "-o", out]);
          const seconds = Number(/ in ([\d.]+)s \(/.exec(run.stderr)?.[1] ?? NaN);
          runs.get(workers)!.push({ ms: run.ms, seconds, rssBytes: run.rssBytes });
          ctx.options.log(`[batch] --workers ${workers}: ${(run.ms / 1000).toFixed(1)} s wall, ${(run.rssBytes / 2 ** 20).toFixed(0)} MiB peak RSS`);
          const text = readFileSync(out, "utf8");
          if (outputs.has(workers) && outputs.get(workers) !== text) throw new Error(`batch: --workers ${workers} gave two different outputs`);
          outputs.set(workers, text);
        }
      }
      if (outputs.get(1) !== outputs.get(2)) throw new Error("batch: --workers 2 output differs from --workers 1");
      const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "batch", corpus: spec.name, name, value, unit, note });
      const med = (workers: number, pick: (r: { ms: number; seconds: number; rssBytes: number }) => number) => median(runs.get(workers)!.map(pick));
      const figures: Figure[] = [];
      for (const workers of [1, 2]) {
        const label = `${workers} worker${workers > 1 ? "s" : ""}`;
        const seconds = med(workers, (r) => r.seconds);
        figures.push(
          at(label, jobs / seconds, "jobs/s", `${jobs} jobs, CLI ranking time ${seconds.toFixed(1)} s, median of ${repeats}`),
          at(`${label} wall`, med(workers, (r) => r.ms) / 1000, "s", `process, snapshot load included, median of ${repeats}`),
          at(`${label} peak RSS`, med(workers, (r) => r.rssBytes) / 2 ** 20, "MiB", `whole process, median of ${repeats}`),
        );
      }
      figures.push(
        at("2 workers / 1 worker wall speedup", med(1, (r) => r.ms) / med(2, (r) => r.ms), "x", "goal >= 1.8 at 100k x 10k; outputs identical"),
        at("2 workers / 1 worker ranking speedup", med(1, (r) => r.seconds) / med(2, (r) => r.seconds), "x", "CLI ranking time only"),
        at("2 workers / 1 worker peak RSS", med(2, (r) => r.rssBytes) / med(1, (r) => r.rssBytes), "x", "goal <= 1.3 at 100k x 10k"),
      );
      return figures;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
