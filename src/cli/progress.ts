/**
 * Progress on stderr with cli-progress: shown only when stderr is a terminal and --quiet
 * is off, so logs and pipes stay clean. One bar per phase (reading, ranking).
 */
import cliProgress from "cli-progress";
import type { CliIO } from "./cli-io.js";

export interface Progress {
  /**
   * Starts a phase. With a unit ("jobs") the bar shows value/total, rate and ETA; without one
   * (reading, where the total is in bytes) it shows the percentage, `extra` and ETA.
   */
  start(label: string, total: number, unit?: string): void;
  update(value: number, extra?: string): void;
  stop(): void;
  /** A one-line status for a step without a measurable total ("indexing 100,000 freelancers"). */
  phase(text: string): void;
}

const silent: Progress = { start() {}, update() {}, stop() {}, phase() {} };

export function createProgress(io: CliIO, quiet: boolean): Progress {
  if (quiet || !io.stderrIsTTY) return silent;
  let bar: cliProgress.SingleBar | undefined;
  const startedAt = { t: 0 };
  return {
    start(label, total, unit) {
      bar?.stop();
      startedAt.t = Date.now();
      bar = new cliProgress.SingleBar(
        {
          stream: io.stderr as NodeJS.WritableStream,
          format: unit
            ? `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`
            : `${label} [{bar}] {percentage}% | {extra} | ETA {eta_formatted}`,
          hideCursor: true,
          // We already decided to draw (stderr is a terminal); do not let the library second-guess a wrapped stream.
          noTTYOutput: true,
          clearOnComplete: false,
          etaBuffer: 50,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), 0, { rate: "0", extra: "" });
    },
    update(value, extra = "") {
      const seconds = (Date.now() - startedAt.t) / 1000;
      bar?.update(value, { rate: seconds > 0 ? Math.round(value / seconds).toLocaleString("en-US") : "0", extra });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
    phase(text) {
      bar?.stop();
      bar = undefined;
      io.stderr.write(`${text}\n`);
    },
  };
}
