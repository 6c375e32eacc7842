// Preloaded into a benchmarked child (node --import): reports the process's peak resident set
// (all threads) on stderr as it exits, so the parent measures memory without /usr/bin/time.
import { writeSync } from "node:fs";
process.on("exit", () => writeSync(2, `\nbench-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
