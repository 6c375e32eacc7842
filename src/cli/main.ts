/**
 * Process entry of the `bestmatch` binary: wires real streams and signals to run().
 * On SIGINT/SIGTERM every temporary output is removed before exiting, so an interrupted
 * run leaves no partial file and the previous output untouched.
 */
import { removePendingOutputsSync } from "../io/atomic-output.js";
import { processIO } from "./cli-io.js";
import { run } from "./program.js";

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    removePendingOutputsSync();
    if (process.stderr.isTTY) process.stderr.write("\x1b[?25h\n");
    process.exit(code);
  });
}

// A reader that stops early (`bestmatch rank ... | head`) closes the pipe: stop quietly, as a Unix tool
// killed by SIGPIPE does (exit 141), instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") throw err;
  removePendingOutputsSync();
  process.exit(141);
});

process.exitCode = await run(process.argv.slice(2), processIO());
