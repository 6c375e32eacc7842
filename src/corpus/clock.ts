/**
 * The data clock: the "now" recency and freshness are measured against when no `now` option
 * is given. It is the latest timestamp in the data that is neither after the wall clock nor far
 * beyond the bulk of the data, so one record dated 2099 cannot age every other record to zero.
 * The wall clock is only a ceiling: data entirely in the past gives the same clock whenever it
 * is ranked (results stay deterministic).
 */
import { kthSmallest } from "../util/select.js";

/** Timestamps above this quantile are "the tail"; the bulk of the data ends here. */
export const CLOCK_QUANTILE = 0.99;
/** How far beyond the bulk of the data a timestamp may lie before it counts as an outlier. */
export const CLOCK_MARGIN_MS = 365 * 24 * 3600 * 1000;

/**
 * Below this many timestamps there is no "bulk" to speak of (in [2020, 1970] either date could be
 * the outlier), so only the wall clock is a ceiling.
 */
export const CLOCK_MIN_DATES = 100;

/** What to do with dates after the clock's ceiling (`futureDates` engine option). */
export type FutureDatesPolicy = "clamp" | "reject" | "keep";

export interface ClockReading {
  /** The clock, epoch ms (0 when the data has no timestamps). */
  now: number;
  /** Timestamps above this are outliers (Infinity under "keep"). */
  ceiling: number;
  /** How many timestamps lie above the ceiling. */
  outliers: number;
}

/**
 * The ceiling: the wall clock, or (with at least CLOCK_MIN_DATES timestamps) the CLOCK_QUANTILE
 * order statistic plus CLOCK_MARGIN_MS when that is earlier. The order statistic is taken at
 * floor(q * (n - 1)), so adding one timestamp moves it by at most one rank. When more than half
 * of the timestamps are after the wall clock, the wall clock is not used.
 * Linear time (selection, not sorting).
 */
export function clockCeiling(timestamps: Float64Array, wallClock: number): number {
  const n = timestamps.length;
  const bulk = n < CLOCK_MIN_DATES ? Infinity : kthSmallest(Float64Array.from(timestamps), Math.floor(CLOCK_QUANTILE * (n - 1))) + CLOCK_MARGIN_MS;
  const ceiling = Math.min(wallClock, bulk);
  // Most of the data after the wall clock: the machine's clock is wrong, or the data is synthetic
  // and dated ahead. The wall clock then says nothing about outliers; the bulk still does.
  let before = 0;
  for (const t of timestamps) if (t <= ceiling) before++;
  return before * 2 < n ? bulk : ceiling;
}

/** The clock of `timestamps` under `policy` ("keep": the latest timestamp, outliers and all). */
export function readClock(timestamps: Float64Array, wallClock: number, policy: FutureDatesPolicy): ClockReading {
  const ceiling = policy === "keep" ? Infinity : clockCeiling(timestamps, wallClock);
  let now = 0;
  let outliers = 0;
  for (const t of timestamps) {
    if (t > ceiling) outliers++;
    else if (t > now) now = t;
  }
  return { now, ceiling, outliers };
}

/**
 * What the clock needs of the data, without the data: a snapshot stores it so a loaded index
 * reads its clock without visiting every date (at 1M freelancers, half of the first query).
 */
export interface ClockSummary {
  count: number;
  /** The bulk's end (CLOCK_QUANTILE statistic + CLOCK_MARGIN_MS); null below CLOCK_MIN_DATES (no bulk). */
  bulk: number | null;
  /** The latest timestamp (-Infinity as null when there is none). */
  latest: number | null;
  /** readClock's `now` with the bulk as ceiling, and how many timestamps lie above the bulk. */
  nowAtBulk: number;
  aboveBulk: number;
}

export function summarizeClock(timestamps: Float64Array): ClockSummary {
  const n = timestamps.length;
  const bulk = n < CLOCK_MIN_DATES ? null : kthSmallest(Float64Array.from(timestamps), Math.floor(CLOCK_QUANTILE * (n - 1))) + CLOCK_MARGIN_MS;
  let latest = -Infinity;
  let nowAtBulk = 0;
  let aboveBulk = 0;
  for (const t of timestamps) {
    if (t > latest) latest = t;
    if (bulk !== null && t > bulk) aboveBulk++;
    else if (t > nowAtBulk) nowAtBulk = t;
  }
  return { count: n, bulk, latest: n ? latest : null, nowAtBulk: bulk === null ? 0 : nowAtBulk, aboveBulk };
}

/**
 * readClock's reading from the summary, where it follows from it exactly: "keep"; a wall clock at
 * or after the bulk's end (the usual case: data in the past); or no bulk and nothing after the wall
 * clock. Otherwise undefined: read the dates.
 */
export function clockFromSummary(s: ClockSummary, wallClock: number, policy: FutureDatesPolicy): ClockReading | undefined {
  const latest = s.latest ?? -Infinity;
  if (policy === "keep") return { now: Math.max(0, latest), ceiling: Infinity, outliers: 0 };
  if (s.bulk !== null && wallClock >= s.bulk) return { now: s.nowAtBulk, ceiling: s.bulk, outliers: s.aboveBulk };
  if (s.bulk === null && wallClock >= latest) return { now: Math.max(0, latest), ceiling: wallClock, outliers: 0 };
  return undefined;
}
