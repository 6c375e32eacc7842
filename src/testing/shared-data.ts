/**
 * Real data lives outside the project, in ../shared/data (or $BESTMATCH_SHARED_DATA).
 * Tests, benchmarks and evaluation scripts read it from there and skip with a message when absent.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export function sharedDataDir(): string {
  return process.env.BESTMATCH_SHARED_DATA ?? resolve(process.cwd(), "../shared/data");
}

/** Absolute path of a shared data folder (e.g. "esco"), or undefined when it is not there. */
export function sharedDataPath(folder: string): string | undefined {
  const path = resolve(sharedDataDir(), folder);
  return existsSync(path) ? path : undefined;
}

/** For `describe.skipIf(...)`: logs once why a suite is skipped. */
export function missingSharedData(folder: string): boolean {
  if (sharedDataPath(folder)) return false;
  console.warn(`[bestmatch] skipping: ${resolve(sharedDataDir(), folder)} is absent`);
  return true;
}
