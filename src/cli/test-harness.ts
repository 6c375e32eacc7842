/** Runs the CLI in-process or as a child process, capturing output, for tests. */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PassThrough, Readable } from "node:stream";
import type { CliIO } from "./cli-io.js";
import { run } from "./program.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const FIXTURES = "fixtures/cli";
export const fixture = (name: string) => `${FIXTURES}/${name}`;
/** Goldens use the fixture taxonomy so they do not move when the default taxonomy grows. */
export const TAXONOMY = ["--taxonomy", fixture("taxonomy.json")];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(Buffer.from(c)));
  return () => Buffer.concat(chunks).toString("utf8");
}

/** In-process: paths are relative to the repo root, like the child-process runs. */
export async function runCli(args: string[], options: { stdin?: string } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const io: CliIO = {
    stdout,
    stderr,
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    stderrIsTTY: false,
    stdinIsTTY: options.stdin === undefined,
    cpus: 2,
  };
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await run(args, io);
    return { code, stdout: out(), stderr: err() };
  } finally {
    process.chdir(cwd);
  }
}

export function spawnCli(args: string[], options: { cwd?: string } = {}) {
  return spawn(process.execPath, ["--import", "tsx", resolve(ROOT, "src/cli/main.ts"), ...args], {
    cwd: options.cwd ?? ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** As a child process (the real binary's wiring: process streams, exit code, signals). */
export function runCliProcess(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  const child = spawnCli(args, options);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((res, rej) => {
    child.on("error", rej);
    child.on("close", (code, signal) => res({ code: code ?? (signal ? 128 : -1), stdout, stderr }));
  });
}

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it instead. */
export function golden(name: string, actual: string): string {
  const path = resolve(ROOT, FIXTURES, "golden", name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  return readFileSync(path, "utf8");
}
