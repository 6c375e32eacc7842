/**
 * Time helpers. Stack Exchange dumps write UTC timestamps without a zone ("2021-04-27T15:06:44.553");
 * votes carry only the day ("2021-04-27T00:00:00.000"), so day boundaries are the honest granularity
 * for anything derived from votes.
 */

export const DAY_MS = 86_400_000;

const SE_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Epoch ms of a dump timestamp (UTC when no zone is given), or undefined when it is not a date. */
export function parseDumpDate(value: string): number | undefined {
  const m = SE_DATE.exec(value.trim());
  if (!m) return undefined;
  const zone = m[8] ?? "Z";
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? "00"}:${m[5] ?? "00"}:${m[6] ?? "00"}.${(m[7] ?? "0").padEnd(3, "0").slice(0, 3)}${zone}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Midnight UTC at the start of the day containing `ms`. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** First day boundary strictly after `ms`: the first cut at which an event at `ms` is in the past. */
export function nextDayStart(ms: number): number {
  return startOfDay(ms) + DAY_MS;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
