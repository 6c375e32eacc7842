/**
 * Time zones to UTC offsets in minutes. IANA names are resolved with Intl at a fixed
 * reference date (mid-January), so the result does not change with the season or the clock.
 */
const REFERENCE = Date.UTC(2025, 0, 15, 12);
const cache = new Map<string, number | undefined>();

export function utcOffsetMinutes(zone: string): number | undefined {
  if (cache.has(zone)) return cache.get(zone);
  const result = parseOffset(zone) ?? ianaOffset(zone);
  cache.set(zone, result);
  return result;
}

function parseOffset(zone: string): number | undefined {
  const m = /^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone.trim());
  if (!m) return /^(utc|gmt|z)$/i.test(zone.trim()) ? 0 : undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return undefined;
  return m[1] === "-" ? -minutes : minutes;
}

function ianaOffset(zone: string): number | undefined {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(REFERENCE)
      .find((p) => p.type === "timeZoneName")?.value;
    return part === undefined ? undefined : parseOffset(part);
  } catch {
    return undefined;
  }
}
